// Writes new reviews with their analysis: the one path for imports and the push endpoint, so a
// review is analysed, deduplicated, flagged against the shop's other reviews and counted into the
// daily totals the same way whichever door it came in by.
import { randomUUID } from 'node:crypto';
import type { Db } from '~/db/client.server';
import { sqlFor } from '~/db/client.server';
import { inTransaction } from '~/db/transaction';
import { batchFlags, contentFingerprint, type BatchReview } from '../analyze/flags';
import type { ReviewAnalyzer } from '../analyze/analyze';
import type { ReviewFlag } from '../analyze/types';
import { addFlagged, addRollups, type CountedReview } from './daily';
import { dedupeKey, reviewerHash } from './reviewer';

export const ANALYSIS_VERSION = 1;

export interface NewReview {
  source: string;
  externalId?: string | null;
  productId: string;
  productHandle: string;
  rating: number | null;
  title: string;
  body: string;
  reviewerName: string;
  reviewerEmail: string | null;
  published: boolean;
  reply?: string | null;
  reviewedAt: Date;
  importId?: string | null;
}

export interface WriteResult {
  inserted: number;
  duplicates: number;
  /** Products that received new reviews, with how many. */
  products: Map<string, number>;
}

const COLUMNS = [
  'id', 'shop', 'dedupeKey', 'source', 'externalId', 'productId', 'productHandle', 'rating', 'title', 'body', 'reviewerName',
  'reviewerHash', 'published', 'reply', 'reviewedAt', 'language', 'sentiment', 'score', 'aspects', 'flags', 'flagged',
  'fingerprint', 'analysisVersion', 'importId', 'createdAt',
] as const;

/** Flags that make a review worth a merchant's look (rating mismatches alone are common and mild). */
export function isFlagged(flags: readonly ReviewFlag[]): boolean {
  return flags.some((f) => f !== 'rating_mismatch');
}

export async function writeReviews(db: Db, shop: string, analyze: ReviewAnalyzer, reviews: readonly NewReview[], languageHint?: string): Promise<WriteResult> {
  const seen = new Set<string>();
  const prepared: { review: NewReview; key: string; hash: string | null; analysis: ReturnType<ReviewAnalyzer>; fingerprint: string | null }[] = [];
  for (const r of reviews) {
    const hash = reviewerHash(shop, r.reviewerEmail);
    const key = dedupeKey({ productId: r.productId, reviewer: hash ?? r.reviewerName, body: `${r.title}\n${r.body}`, rating: r.rating });
    if (seen.has(key)) continue;
    seen.add(key);
    const analysis = analyze({ id: key, title: r.title, body: r.body, rating: r.rating }, { languageHint });
    prepared.push({ review: r, key, hash, analysis, fingerprint: contentFingerprint(r.body) });
  }
  if (prepared.length === 0) return { inserted: 0, duplicates: reviews.length, products: new Map() };

  return inTransaction(db, async (tx) => {
    // Reviews already stored (a re-import) are skipped before anything else.
    const known = new Set(
      (await tx.review.findMany({ where: { shop, dedupeKey: { in: prepared.map((p) => p.key) } }, select: { dedupeKey: true } })).map((r) => r.dedupeKey),
    );
    const fresh = prepared.filter((p) => !known.has(p.key));
    // Cross-review flags need the shop's earlier reviews with the same wording or reviewer. For
    // wording, which products it appeared under is enough (a much-copied text has many rows).
    const fingerprints = [...new Set(fresh.map((p) => p.fingerprint).filter((f): f is string => !!f))];
    const hashes = [...new Set(fresh.map((p) => p.hash).filter((h): h is string => !!h))];
    const [copies, byReviewer] = await Promise.all([
      fingerprints.length ? tx.review.groupBy({ by: ['fingerprint', 'productId'], where: { shop, fingerprint: { in: fingerprints } } }) : [],
      hashes.length
        ? tx.review.findMany({ where: { shop, reviewerHash: { in: hashes } }, select: { id: true, productId: true, reviewerHash: true, reviewedAt: true, flags: true } })
        : [],
    ]);
    const batch: BatchReview[] = [
      ...fresh.map((p, index) => ({ index, product: p.review.productId, fingerprint: p.fingerprint, reviewer: p.hash, createdAt: p.review.reviewedAt })),
      ...byReviewer.map((e, k) => ({ index: -1 - k, product: e.productId, fingerprint: null, reviewer: e.reviewerHash, createdAt: e.reviewedAt })),
      ...copies.map((c) => ({ index: Number.MIN_SAFE_INTEGER, product: c.productId, fingerprint: c.fingerprint, reviewer: null, createdAt: null })),
    ];
    const extra = fingerprints.length || hashes.length ? batchFlags(batch) : new Map<number, ReviewFlag[]>();

    const newlyFlagged: CountedReview[] = [];
    const flagEarlier = async (e: { id: string; productId: string; reviewedAt: Date; flags: string }, add: ReviewFlag[]) => {
      const current = JSON.parse(e.flags) as ReviewFlag[];
      const merged = [...new Set([...current, ...add])];
      if (merged.length === current.length) return;
      await tx.review.update({ where: { id: e.id }, data: { flags: JSON.stringify(merged), flagged: isFlagged(merged) } });
      if (isFlagged(merged) && !isFlagged(current)) newlyFlagged.push({ productId: e.productId, reviewedAt: e.reviewedAt, sentiment: 'neutral', score: 0, rating: null, flagged: true });
    };
    // Earlier reviews that the new ones reveal as part of a burst get the flag too…
    for (const [index, flags] of extra) {
      if (index < 0 && index !== Number.MIN_SAFE_INTEGER) await flagEarlier(byReviewer[-1 - index], flags.filter((f) => f === 'reviewer_burst'));
    }
    // …and so do earlier copies of a text that now appears under another product.
    const copied = [...new Set(fresh.filter((p, index) => p.fingerprint && extra.get(index)?.includes('duplicate')).map((p) => p.fingerprint!))];
    if (copied.length) {
      const unflagged = await tx.review.findMany({
        where: { shop, fingerprint: { in: copied }, NOT: { flags: { contains: '"duplicate"' } } },
        select: { id: true, productId: true, reviewedAt: true, flags: true },
      });
      for (const e of unflagged) await flagEarlier(e, ['duplicate']);
    }
    await addFlagged(tx, shop, newlyFlagged);

    const now = new Date();
    const rows = fresh.map((p, index) => {
      const flags = [...new Set([...p.analysis.flags, ...(extra.get(index) ?? [])])];
      const r = p.review;
      return {
        id: randomUUID(), shop, dedupeKey: p.key, source: r.source, externalId: r.externalId ?? null, productId: r.productId,
        productHandle: r.productHandle, rating: r.rating, title: r.title, body: r.body, reviewerName: r.reviewerName, reviewerHash: p.hash,
        published: r.published, reply: r.reply ?? null, reviewedAt: r.reviewedAt, language: p.analysis.language,
        sentiment: p.analysis.sentiment, score: p.analysis.score, aspects: JSON.stringify(p.analysis.aspects), flags: JSON.stringify(flags),
        flagged: isFlagged(flags), fingerprint: p.fingerprint, analysisVersion: ANALYSIS_VERSION, importId: r.importId ?? null, createdAt: now,
      };
    });

    const { sql, join, raw } = sqlFor(tx);
    const insertedKeys = new Set<string>();
    // ~25 values a row: 400 rows stay far below both databases' bound-value limits.
    for (let i = 0; i < rows.length; i += 400) {
      const values = rows.slice(i, i + 400).map((row) => sql`(${join(COLUMNS.map((c) => (row as Record<string, unknown>)[c] ?? null))})`);
      const returned = await tx.$queryRaw<{ dedupeKey: string }[]>`INSERT INTO "Review" (${raw(COLUMNS.map((c) => `"${c}"`).join(', '))})
        VALUES ${join(values)} ON CONFLICT ("shop", "dedupeKey") DO NOTHING RETURNING "dedupeKey"`;
      for (const r of returned) insertedKeys.add(r.dedupeKey);
    }
    const inserted = rows.filter((r) => insertedKeys.has(r.dedupeKey));
    await addRollups(tx, shop, inserted);
    const products = new Map<string, number>();
    for (const r of inserted) products.set(r.productId, (products.get(r.productId) ?? 0) + 1);
    return { inserted: inserted.length, duplicates: reviews.length - inserted.length, products };
  });
}
