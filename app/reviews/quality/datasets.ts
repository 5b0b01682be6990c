// The labelled review sets the sentiment is measured on (see test/fixtures/reviews/README.md).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { starsToLabel } from './metrics';
import type { SentimentLabel } from '../analyze/types';

export interface LabelledReview {
  id: string;
  /** The language the set says it is in (the analyzer detects its own). */
  language: string;
  title?: string;
  text: string;
  label: SentimentLabel;
  stars?: number;
}

export const FIXTURES_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../test/fixtures/reviews');

export function loadMagento(dir = FIXTURES_DIR): LabelledReview[] {
  const rows = parse(fs.readFileSync(path.join(dir, 'magento-product-reviews.csv')), { columns: true }) as Record<string, string>[];
  return rows.map((r, i) => ({ id: `magento-${i + 2}`, language: 'en', title: r.title, text: r.review, stars: Number(r.rating_value), label: starsToLabel(Number(r.rating_value)) }));
}

export type MagentoHalf = 'dev' | 'test';

/**
 * Which half of the Magento set a review belongs to: the first byte of the SHA-256 of its id,
 * even → dev, odd → test. Rules and lexicon entries are tuned by reading the dev half only; the
 * test half is only ever scored, so its figure is the honest one for reviews nobody tuned on.
 */
export function magentoHalf(id: string): MagentoHalf {
  return createHash('sha256').update(id).digest()[0] % 2 === 0 ? 'dev' : 'test';
}

export function loadMagentoHalf(half: MagentoHalf, dir = FIXTURES_DIR): LabelledReview[] {
  return loadMagento(dir).filter((r) => magentoHalf(r.id) === half);
}

export function loadDummyJson(dir = FIXTURES_DIR): LabelledReview[] {
  const rows = parse(fs.readFileSync(path.join(dir, 'dummyjson-reviews.csv')), { columns: true }) as Record<string, string>[];
  return rows.map((r, i) => ({ id: `dummyjson-${i + 2}`, language: 'en', text: r.comment, stars: Number(r.rating), label: starsToLabel(Number(r.rating)) }));
}

const OwnRow = z.object({ id: z.string(), language: z.string(), label: z.enum(['positive', 'neutral', 'negative']), text: z.string() });

export function loadOwnMultilingual(dir = FIXTURES_DIR): LabelledReview[] {
  return fs
    .readFileSync(path.join(dir, 'own-multilingual.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => OwnRow.parse(JSON.parse(l)));
}
