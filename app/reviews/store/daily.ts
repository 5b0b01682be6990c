// Per product and day counters (ReviewDaily), kept current as reviews are written, so the report
// reads thousands of small rows instead of scanning a million reviews.
import type { Db } from '~/db/client.server';
import { sqlFor } from '~/db/client.server';
import type { AspectMention, SentimentLabel } from '../analyze/types';

export interface DailyDelta {
  productId: string;
  day: Date;
  reviews: number;
  positive: number;
  neutral: number;
  negative: number;
  flagged: number;
  scoreSum: number;
  ratingSum: number;
  rated: number;
  /** aspect → [positive mentions, negative mentions] */
  aspects: Record<string, [number, number]>;
}

export interface CountedReview {
  productId: string;
  reviewedAt: Date;
  sentiment: SentimentLabel;
  score: number;
  rating: number | null;
  flagged: boolean;
  aspects: AspectMention[];
}

export function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function dailyDeltas(reviews: readonly CountedReview[]): DailyDelta[] {
  const byKey = new Map<string, DailyDelta>();
  for (const r of reviews) {
    const day = utcDay(r.reviewedAt);
    const key = `${r.productId}\u0000${day.getTime()}`;
    let d = byKey.get(key);
    if (!d) {
      d = { productId: r.productId, day, reviews: 0, positive: 0, neutral: 0, negative: 0, flagged: 0, scoreSum: 0, ratingSum: 0, rated: 0, aspects: {} };
      byKey.set(key, d);
    }
    d.reviews++;
    d[r.sentiment]++;
    if (r.flagged) d.flagged++;
    d.scoreSum += r.score;
    if (r.rating != null) {
      d.ratingSum += r.rating;
      d.rated++;
    }
    for (const a of r.aspects) {
      if (a.sentiment === 'neutral') continue;
      const counts = (d.aspects[a.aspect] ??= [0, 0]);
      counts[a.sentiment === 'positive' ? 0 : 1]++;
    }
  }
  return [...byKey.values()];
}

function mergeAspects(stored: string, add: Record<string, [number, number]>): string {
  const merged = JSON.parse(stored) as Record<string, [number, number]>;
  for (const [aspect, [pos, neg]] of Object.entries(add)) {
    const c = (merged[aspect] ??= [0, 0]);
    c[0] += pos;
    c[1] += neg;
  }
  return JSON.stringify(merged);
}

const COLUMNS = ['shop', 'productId', 'day', 'reviews', 'positive', 'neutral', 'negative', 'flagged', 'scoreSum', 'ratingSum', 'rated', 'aspects'] as const;
const COUNTERS = ['reviews', 'positive', 'neutral', 'negative', 'flagged', 'scoreSum', 'ratingSum', 'rated'] as const;

/**
 * Adds deltas to the stored counters. Counters are incremented in SQL (concurrent writers add
 * up); the aspect JSON is merged from a read in the same transaction, which the caller holds.
 */
export async function addDaily(tx: Db, shop: string, deltas: readonly DailyDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  const { sql, join, raw } = sqlFor(tx);
  for (let i = 0; i < deltas.length; i += 500) {
    const chunk = deltas.slice(i, i + 500);
    const existing = await tx.reviewDaily.findMany({
      where: { shop, OR: chunk.map((d) => ({ productId: d.productId, day: d.day })) },
      select: { productId: true, day: true, aspects: true },
    });
    const stored = new Map(existing.map((e) => [`${e.productId}\u0000${e.day.getTime()}`, e.aspects]));
    const rows = chunk.map((d) => {
      const aspects = mergeAspects(stored.get(`${d.productId}\u0000${d.day.getTime()}`) ?? '{}', d.aspects);
      const values = { ...d, shop, aspects } as Record<string, unknown>;
      return sql`(${join(COLUMNS.map((c) => values[c]))})`;
    });
    await tx.$executeRaw`INSERT INTO "ReviewDaily" (${raw(COLUMNS.map((c) => `"${c}"`).join(', '))}) VALUES ${join(rows)}
      ON CONFLICT ("shop", "productId", "day") DO UPDATE SET ${raw(
        [...COUNTERS.map((c) => `"${c}" = "ReviewDaily"."${c}" + excluded."${c}"`), '"aspects" = excluded."aspects"'].join(', '),
      )}`;
  }
}
