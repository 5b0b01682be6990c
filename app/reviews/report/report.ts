// The merchant's reviews report. Shop-wide numbers come from the daily counters (a few thousand
// rows even at a million reviews); language and rating filters, which the counters don't
// split by, are answered from the reviews themselves. Lists (flagged reviews, negative reviews to
// answer, complaint quotes) read a bounded number of the newest matching reviews.
import { z } from 'zod';
import type { Db } from '~/db/client.server';
import type { AspectMention, ReviewFlag, SentimentLabel } from '../analyze/types';
import { suggestReply } from './replies';
import { COUNTERS, emptyCounters, utcMonth, type Counters } from '../store/daily';
import type { SpikeDetails } from '../alerts/spikes';

export const ReportFiltersSchema = z.object({
  product: z.string().trim().max(255).optional(),
  collection: z.string().trim().max(255).optional(),
  rating: z.coerce.number().int().min(1).max(5).optional(),
  language: z.string().trim().regex(/^[a-z]{2}$/).optional(),
  /** Days back from today; 0 = all time. */
  period: z.coerce.number().int().min(0).max(3650).default(365),
});
export type ReportFilters = z.infer<typeof ReportFiltersSchema>;

export interface Bucket {
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
}

export interface ReviewListItem {
  id: string;
  productHandle: string;
  rating: number | null;
  title: string;
  body: string;
  reviewerName: string;
  language: string;
  sentiment: SentimentLabel;
  score: number;
  flags: ReviewFlag[];
  reviewedAt: string;
  replyDraft?: string;
}

export interface ReviewReport {
  totals: { reviews: number; positive: number; neutral: number; negative: number; flagged: number; averageRating: number | null; averageScore: number | null };
  overTime: { period: string; reviews: number; positive: number; neutral: number; negative: number; score: number }[];
  granularity: 'week' | 'month';
  worstProducts: ProductRow[];
  fallingProducts: (ProductRow & { before: number; drop: number })[];
  complaints: { aspect: string; count: number; quotes: { reviewId: string; text: string; productHandle: string }[] }[];
  flagged: ReviewListItem[];
  toAnswer: ReviewListItem[];
  alerts: { id: string; handle: string; details: SpikeDetails; createdAt: string }[];
  source: 'daily' | 'reviews';
}

interface ProductRow {
  productId: string;
  handle: string;
  title: string;
  reviews: number;
  score: number;
  negativeShare: number;
}

const DAY = 24 * 3600_000;
const MIN_PRODUCT_REVIEWS = 3;
const FALLING_RECENT_DAYS = 30;
const LIST_SIZE = 20;
const QUOTE_SCAN = 500;

/** Product ids the filters allow (null: every product). */
async function productScope(db: Db, shop: string, f: ReportFilters): Promise<string[] | null> {
  if (f.product) {
    const p = await db.product.findFirst({ where: { shop, OR: [{ handle: f.product }, { shopifyId: f.product }] }, select: { shopifyId: true } });
    return [p?.shopifyId ?? f.product];
  }
  if (f.collection) {
    // Collections live as JSON on the product; the pattern matches its handle field exactly.
    const rows = await db.product.findMany({ where: { shop, collections: { contains: `"handle":${JSON.stringify(f.collection)}` } }, select: { shopifyId: true } });
    return rows.map((r) => r.shopifyId);
  }
  return null;
}

/** The same buckets computed from reviews, for filters the daily counters don't split by. */
async function bucketsFromReviews(db: Db, shop: string, where: object): Promise<Bucket[]> {
  const out = new Map<string, Bucket>();
  const pageSize = 5000;
  for (let cursor: string | undefined; ; ) {
    const page = await db.review.findMany({
      where: { shop, ...where },
      select: { id: true, productId: true, reviewedAt: true, sentiment: true, score: true, rating: true, flagged: true },
      orderBy: { id: 'asc' },
      take: pageSize,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    for (const r of page) {
      const day = new Date(Math.floor(r.reviewedAt.getTime() / DAY) * DAY);
      const key = `${r.productId}\u0000${day.getTime()}`;
      const b = out.get(key) ?? { productId: r.productId, day, reviews: 0, positive: 0, neutral: 0, negative: 0, flagged: 0, scoreSum: 0, ratingSum: 0, rated: 0 };
      b.reviews++;
      b[r.sentiment as SentimentLabel]++;
      if (r.flagged) b.flagged++;
      b.scoreSum += r.score;
      if (r.rating != null) {
        b.ratingSum += r.rating;
        b.rated++;
      }
      out.set(key, b);
    }
    if (page.length < pageSize) break;
    cursor = page[page.length - 1].id;
  }
  return [...out.values()];
}

function periodKey(day: Date, granularity: 'week' | 'month'): string {
  if (granularity === 'month') return day.toISOString().slice(0, 7);
  // ISO-like week start (Monday).
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY);
  return monday.toISOString().slice(0, 10);
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function toListItem(r: { id: string; productHandle: string; rating: number | null; title: string; body: string; reviewerName: string; language: string; sentiment: string; score: number; flags: string; reviewedAt: Date }): ReviewListItem {
  return { ...r, sentiment: r.sentiment as SentimentLabel, flags: JSON.parse(r.flags) as ReviewFlag[], reviewedAt: r.reviewedAt.toISOString() };
}

interface Aggregates {
  timeline: { day: Date; c: Counters }[];
  perProduct: Map<string, Counters>;
  /** Per product, the last FALLING_RECENT_DAYS before the newest review (or now). */
  recent: Map<string, Counters>;
}

type SumRow = { _sum: Partial<Record<(typeof COUNTERS)[number], number | null>> };
const fromSums = (row: SumRow): Counters => {
  const c = emptyCounters();
  for (const k of COUNTERS) c[k] = row._sum[k] ?? 0;
  return c;
};
const SUM = Object.fromEntries(COUNTERS.map((k) => [k, true])) as Record<(typeof COUNTERS)[number], true>;

/**
 * Aggregates from the rollups, summed by the database: the shop's timeline from ReviewShopDaily
 * (or product days when filtered to products), per-product totals from daily rows for periods up
 * to 92 days and from monthly rows beyond (a long period then starts at its first month's start).
 */
async function aggregateRollups(db: Db, shop: string, scope: string[] | null, from: Date | null, period: number, now: Date): Promise<Aggregates> {
  const products = scope ? { productId: { in: scope } } : {};
  const timelinePromise = scope
    ? db.reviewDaily.groupBy({ by: ['day'], where: { shop, ...products, ...(from ? { day: { gte: from } } : {}) }, _sum: SUM }).then((rows) => rows.map((r) => ({ day: r.day, c: fromSums(r) })))
    : db.reviewShopDaily.findMany({ where: { shop, ...(from ? { day: { gte: from } } : {}) } }).then((rows) => rows.map((r) => ({ day: r.day, c: r as Counters })));
  const perProductPromise =
    from && period <= 92
      ? db.reviewDaily.groupBy({ by: ['productId'], where: { shop, ...products, day: { gte: from } }, _sum: SUM })
      : db.reviewMonthly.groupBy({ by: ['productId'], where: { shop, ...products, ...(from ? { month: { gte: utcMonth(from) } } : {}) }, _sum: SUM });
  const [timeline, perProduct] = await Promise.all([timelinePromise, perProductPromise]);
  const newest = timeline.reduce((m, d) => Math.max(m, d.day.getTime()), 0);
  const recentFrom = new Date(Math.min(now.getTime(), newest + DAY) - FALLING_RECENT_DAYS * DAY);
  const recent = await db.reviewDaily.groupBy({ by: ['productId'], where: { shop, ...products, day: { gte: from && from > recentFrom ? from : recentFrom } }, _sum: SUM });
  return {
    timeline,
    perProduct: new Map(perProduct.map((r) => [r.productId, fromSums(r)])),
    recent: new Map(recent.map((r) => [r.productId, fromSums(r)])),
  };
}

function aggregateBuckets(buckets: Bucket[], now: Date): Aggregates {
  const days = new Map<number, Counters>();
  const perProduct = new Map<string, Counters>();
  const recent = new Map<string, Counters>();
  const newest = buckets.reduce((m, b) => Math.max(m, b.day.getTime()), 0);
  const recentFrom = Math.min(now.getTime(), newest + DAY) - FALLING_RECENT_DAYS * DAY;
  const add = (map: Map<string | number, Counters>, key: string | number, b: Bucket) => {
    const c = map.get(key) ?? emptyCounters();
    for (const k of COUNTERS) c[k] += b[k];
    map.set(key, c);
  };
  for (const b of buckets) {
    add(days as Map<string | number, Counters>, b.day.getTime(), b);
    add(perProduct as Map<string | number, Counters>, b.productId, b);
    if (b.day.getTime() >= recentFrom) add(recent as Map<string | number, Counters>, b.productId, b);
  }
  return { timeline: [...days].map(([t, c]) => ({ day: new Date(t), c })), perProduct, recent };
}

export async function buildReport(db: Db, shop: string, filters: ReportFilters, now = new Date()): Promise<ReviewReport> {
  const scope = await productScope(db, shop, filters);
  const from = filters.period > 0 ? new Date(now.getTime() - filters.period * DAY) : null;
  const reviewWhere = {
    ...(scope ? { productId: { in: scope } } : {}),
    ...(from ? { reviewedAt: { gte: from } } : {}),
    ...(filters.rating ? { rating: filters.rating } : {}),
    ...(filters.language ? { language: filters.language } : {}),
  };
  const fromReviews = Boolean(filters.rating || filters.language);
  const granularity = filters.period > 0 && filters.period <= 92 ? 'week' : 'month';
  const { timeline, perProduct, recent } = fromReviews
    ? aggregateBuckets(await bucketsFromReviews(db, shop, reviewWhere), now)
    : await aggregateRollups(db, shop, scope, from, filters.period, now);

  const totals = emptyCounters();
  const periods = new Map<string, Counters>();
  for (const d of timeline) {
    for (const k of COUNTERS) totals[k] += d.c[k];
    const key = periodKey(d.day, granularity);
    const p = periods.get(key) ?? emptyCounters();
    for (const k of COUNTERS) p[k] += d.c[k];
    periods.set(key, p);
  }
  const ranked = [...perProduct].filter(([, p]) => p.reviews >= MIN_PRODUCT_REVIEWS);
  const worstIds = ranked.sort((a, b) => a[1].scoreSum / a[1].reviews - b[1].scoreSum / b[1].reviews).slice(0, 5).map(([id]) => id);
  const falling = [...perProduct]
    .map(([id, p]) => {
      const r = recent.get(id) ?? emptyCounters();
      const beforeReviews = p.reviews - r.reviews;
      return { id, recentReviews: r.reviews, beforeReviews, before: beforeReviews ? (p.scoreSum - r.scoreSum) / beforeReviews : 0, recent: r.reviews ? r.scoreSum / r.reviews : 0 };
    })
    .filter((p) => p.recentReviews >= MIN_PRODUCT_REVIEWS && p.beforeReviews >= MIN_PRODUCT_REVIEWS && p.before - p.recent > 0)
    .sort((a, b) => b.before - b.recent - (a.before - a.recent))
    .slice(0, 5);
  const titleIds = [...new Set([...worstIds, ...falling.map((f) => f.id)])];
  const titles = new Map(
    (await db.product.findMany({ where: { shop, shopifyId: { in: titleIds } }, select: { shopifyId: true, handle: true, title: true } })).map((p) => [p.shopifyId, p]),
  );
  const productRow = (id: string): ProductRow => {
    const p = perProduct.get(id)!;
    return { productId: id, handle: titles.get(id)?.handle ?? '', title: titles.get(id)?.title ?? id, reviews: p.reviews, score: round2(p.scoreSum / p.reviews), negativeShare: round2(p.negative / p.reviews) };
  };

  const listSelect = { id: true, productHandle: true, rating: true, title: true, body: true, reviewerName: true, language: true, sentiment: true, score: true, flags: true, reviewedAt: true, aspects: true } as const;
  const [flaggedRows, negativeRows, shopRow, alertRows] = await Promise.all([
    db.review.findMany({ where: { shop, ...reviewWhere, flagged: true }, select: listSelect, orderBy: { reviewedAt: 'desc' }, take: LIST_SIZE }),
    // No condition on `flagged` here: with one, SQLite prefers the (shop, flagged, reviewedAt) index
    // and walks the whole shop for a one-product report. Flagged ones are dropped below.
    db.review
      .findMany({ where: { shop, ...reviewWhere, sentiment: 'negative' }, select: { ...listSelect, flagged: true }, orderBy: { reviewedAt: 'desc' }, take: QUOTE_SCAN })
      .then((rows) => rows.filter((r) => !r.flagged)),
    db.shop.findUnique({ where: { domain: shop }, select: { name: true } }),
    db.reviewAlert.findMany({ where: { shop, dismissedAt: null }, orderBy: { createdAt: 'desc' }, take: 10 }),
  ]);

  // Complaints by aspect, from the newest negative reviews: counts over that sample, three quotes each.
  const complaints = new Map<string, { count: number; quotes: { reviewId: string; text: string; productHandle: string }[] }>();
  for (const r of negativeRows) {
    for (const a of JSON.parse(r.aspects) as AspectMention[]) {
      if (a.sentiment !== 'negative') continue;
      const c = complaints.get(a.aspect) ?? { count: 0, quotes: [] };
      c.count++;
      if (c.quotes.length < 3) c.quotes.push({ reviewId: r.id, text: a.quote, productHandle: r.productHandle });
      complaints.set(a.aspect, c);
    }
  }
  const shopName = shopRow?.name || shop;
  return {
    totals: {
      reviews: totals.reviews,
      positive: totals.positive,
      neutral: totals.neutral,
      negative: totals.negative,
      flagged: totals.flagged,
      averageRating: totals.rated ? round2(totals.ratingSum / totals.rated) : null,
      averageScore: totals.reviews ? round2(totals.scoreSum / totals.reviews) : null,
    },
    overTime: [...periods]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([period, p]) => ({ period, reviews: p.reviews, positive: p.positive, neutral: p.neutral, negative: p.negative, score: p.reviews ? round2(p.scoreSum / p.reviews) : 0 })),
    granularity,
    worstProducts: worstIds.map(productRow),
    fallingProducts: falling.map((f) => ({ ...productRow(f.id), before: round2(f.before), drop: round2(f.before - f.recent) })),
    complaints: [...complaints].sort((a, b) => b[1].count - a[1].count).map(([aspect, c]) => ({ aspect, ...c })),
    flagged: flaggedRows.map(toListItem),
    toAnswer: negativeRows.slice(0, 10).map((r) => ({ ...toListItem(r), replyDraft: suggestReply({ language: r.language, reviewerName: r.reviewerName, aspects: JSON.parse(r.aspects) as AspectMention[] }, { name: shopName }) })),
    alerts: alertRows.map((a) => ({ id: a.id, handle: a.handle, details: JSON.parse(a.details) as SpikeDetails, createdAt: a.createdAt.toISOString() })),
    source: fromReviews ? 'reviews' : 'daily',
  };
}

/** Rows for the CSV export, newest first, in pages (an export of every review never sits in memory at once). */
export async function* exportRows(db: Db, shop: string, filters: ReportFilters, now = new Date()): AsyncGenerator<unknown[]> {
  const scope = await productScope(db, shop, filters);
  const from = filters.period > 0 ? new Date(now.getTime() - filters.period * DAY) : null;
  const where = {
    shop,
    ...(scope ? { productId: { in: scope } } : {}),
    ...(from ? { reviewedAt: { gte: from } } : {}),
    ...(filters.rating ? { rating: filters.rating } : {}),
    ...(filters.language ? { language: filters.language } : {}),
  };
  yield ['date', 'product', 'rating', 'language', 'sentiment', 'score', 'aspects', 'flags', 'title', 'review', 'reviewer', 'source'];
  for (let cursor: string | undefined; ; ) {
    const page = await db.review.findMany({
      where,
      orderBy: [{ reviewedAt: 'desc' }, { id: 'desc' }],
      take: 2000,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    for (const r of page) {
      const aspects = (JSON.parse(r.aspects) as AspectMention[]).map((a) => `${a.aspect}:${a.sentiment}`).join(' ');
      yield [r.reviewedAt.toISOString().slice(0, 10), r.productHandle, r.rating ?? '', r.language, r.sentiment, r.score, aspects, (JSON.parse(r.flags) as string[]).join(' '), r.title, r.body, r.reviewerName, r.source];
    }
    if (page.length < 2000) break;
    cursor = page[page.length - 1].id;
  }
}
