// Negative-spike alerts: a product whose share of negative reviews in the last two weeks jumped
// well above its usual share. Computed from the daily counters, so checking is cheap enough to
// run after every import or push.
import type { Db } from '~/db/client.server';

export const RECENT_DAYS = 14;
export const BASELINE_DAYS = 90;
/** Too few recent reviews say nothing about a trend. */
export const MIN_RECENT_REVIEWS = 5;
export const MIN_RECENT_SHARE = 0.4;
export const MIN_RISE = 0.2;
const DAY = 24 * 3600_000;

export interface SpikeDetails {
  recentNegativeShare: number;
  baselineNegativeShare: number | null;
  recentReviews: number;
  windowDays: number;
  windowEnd: string;
}

export function isSpike(recent: { reviews: number; negative: number }, baseline: { reviews: number; negative: number }): boolean {
  if (recent.reviews < MIN_RECENT_REVIEWS) return false;
  const share = recent.negative / recent.reviews;
  if (share < MIN_RECENT_SHARE) return false;
  if (baseline.reviews === 0) return true;
  return share - baseline.negative / baseline.reviews >= MIN_RISE;
}

/**
 * Checks the given products and records an alert for each new spike (one per product per window).
 * The window ends now, or at the newest review when the shop's reviews stop earlier (an imported
 * history is judged at its own end, not against an empty present). Returns the new alerts' ids.
 */
export async function detectSpikes(db: Db, shop: string, productIds: Iterable<string>, now = new Date()): Promise<string[]> {
  const ids = [...productIds];
  if (ids.length === 0) return [];
  const newest = await db.reviewDaily.findFirst({ where: { shop }, orderBy: { day: 'desc' }, select: { day: true } });
  if (!newest) return [];
  const end = new Date(Math.min(now.getTime(), newest.day.getTime() + DAY));
  const recentFrom = new Date(end.getTime() - RECENT_DAYS * DAY);
  const baseFrom = new Date(recentFrom.getTime() - BASELINE_DAYS * DAY);
  const rows = await db.reviewDaily.findMany({
    where: { shop, productId: { in: ids }, day: { gte: baseFrom, lt: end } },
    select: { productId: true, day: true, reviews: true, negative: true },
  });
  const per = new Map<string, { recent: { reviews: number; negative: number }; baseline: { reviews: number; negative: number } }>();
  for (const r of rows) {
    const p = per.get(r.productId) ?? { recent: { reviews: 0, negative: 0 }, baseline: { reviews: 0, negative: 0 } };
    const bucket = r.day >= recentFrom ? p.recent : p.baseline;
    bucket.reviews += r.reviews;
    bucket.negative += r.negative;
    per.set(r.productId, p);
  }
  const created: string[] = [];
  for (const [productId, p] of per) {
    if (!isSpike(p.recent, p.baseline)) continue;
    const open = await db.reviewAlert.findFirst({ where: { shop, productId, createdAt: { gte: new Date(now.getTime() - RECENT_DAYS * DAY) } } });
    if (open) continue;
    const product = await db.product.findFirst({ where: { shop, shopifyId: productId }, select: { handle: true } });
    const details: SpikeDetails = {
      recentNegativeShare: round2(p.recent.negative / p.recent.reviews),
      baselineNegativeShare: p.baseline.reviews ? round2(p.baseline.negative / p.baseline.reviews) : null,
      recentReviews: p.recent.reviews,
      windowDays: RECENT_DAYS,
      windowEnd: end.toISOString(),
    };
    const alert = await db.reviewAlert.create({ data: { shop, productId, handle: product?.handle ?? '', details: JSON.stringify(details) } });
    created.push(alert.id);
  }
  return created;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
