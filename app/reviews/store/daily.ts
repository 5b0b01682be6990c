// Review counters kept current as reviews are written, so the report and the spike check read a
// few thousand small rows instead of scanning a million reviews: per product and day
// (ReviewDaily: spikes, short periods), per product and month (ReviewMonthly: long periods) and
// per shop and day (ReviewShopDaily: the timeline). Every write is an increment in SQL, so
// concurrent writers (an import and the push endpoint) add up instead of overwriting each other.
import type { Db } from '~/db/client.server';
import { sqlFor } from '~/db/client.server';
import type { SentimentLabel } from '../analyze/types';

export interface Counters {
  reviews: number;
  positive: number;
  neutral: number;
  negative: number;
  flagged: number;
  scoreSum: number;
  ratingSum: number;
  rated: number;
}

export const COUNTERS = ['reviews', 'positive', 'neutral', 'negative', 'flagged', 'scoreSum', 'ratingSum', 'rated'] as const;

export interface CountedReview {
  productId: string;
  reviewedAt: Date;
  sentiment: SentimentLabel;
  score: number;
  rating: number | null;
  flagged: boolean;
}

export function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function utcMonth(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

export const emptyCounters = (): Counters => ({ reviews: 0, positive: 0, neutral: 0, negative: 0, flagged: 0, scoreSum: 0, ratingSum: 0, rated: 0 });

function count(c: Counters, r: CountedReview): void {
  c.reviews++;
  c[r.sentiment]++;
  if (r.flagged) c.flagged++;
  c.scoreSum += r.score;
  if (r.rating != null) {
    c.ratingSum += r.rating;
    c.rated++;
  }
}

interface Table {
  name: 'ReviewDaily' | 'ReviewMonthly' | 'ReviewShopDaily';
  keys: string[];
  keyOf: (r: CountedReview) => unknown[];
}

const TABLES: Table[] = [
  { name: 'ReviewDaily', keys: ['productId', 'day'], keyOf: (r) => [r.productId, utcDay(r.reviewedAt)] },
  { name: 'ReviewMonthly', keys: ['productId', 'month'], keyOf: (r) => [r.productId, utcMonth(r.reviewedAt)] },
  { name: 'ReviewShopDaily', keys: ['day'], keyOf: (r) => [utcDay(r.reviewedAt)] },
];

async function increment(tx: Db, shop: string, table: Table, groups: Map<string, { key: unknown[]; c: Counters }>): Promise<void> {
  const { sql, join, raw } = sqlFor(tx);
  const all = [...groups.values()];
  const columns = ['shop', ...table.keys, ...COUNTERS];
  for (let i = 0; i < all.length; i += 500) {
    const rows = all.slice(i, i + 500).map(({ key, c }) => sql`(${join([shop, ...key, ...COUNTERS.map((k) => c[k])])})`);
    await tx.$executeRaw`INSERT INTO "${raw(table.name)}" (${raw(columns.map((c) => `"${c}"`).join(', '))}) VALUES ${join(rows)}
      ON CONFLICT (${raw(['shop', ...table.keys].map((c) => `"${c}"`).join(', '))}) DO UPDATE SET ${raw(
        COUNTERS.map((c) => `"${c}" = "${table.name}"."${c}" + excluded."${c}"`).join(', '),
      )}`;
  }
}

/** Counts new reviews into every rollup. */
export async function addRollups(tx: Db, shop: string, reviews: readonly CountedReview[]): Promise<void> {
  await addCounters(tx, shop, reviews, count);
}

/** Counts earlier reviews that have just been flagged (their other counters are already in). */
export async function addFlagged(tx: Db, shop: string, reviews: readonly CountedReview[]): Promise<void> {
  await addCounters(tx, shop, reviews, (c) => c.flagged++);
}

async function addCounters(tx: Db, shop: string, reviews: readonly CountedReview[], add: (c: Counters, r: CountedReview) => void): Promise<void> {
  if (reviews.length === 0) return;
  for (const table of TABLES) {
    const groups = new Map<string, { key: unknown[]; c: Counters }>();
    for (const r of reviews) {
      const key = table.keyOf(r);
      const id = key.map((k) => (k instanceof Date ? k.getTime() : k)).join('\u0000');
      let g = groups.get(id);
      if (!g) groups.set(id, (g = { key, c: emptyCounters() }));
      add(g.c, r);
    }
    await increment(tx, shop, table, groups);
  }
}
