// The merchant's reviews report. Shop-wide numbers come from the daily counters (a few thousand
// rows even at a million reviews); language and rating filters, which the counters don't
// split by, are answered from the reviews themselves. Lists (flagged reviews, negative reviews to
// answer, complaint quotes) read a bounded number of the newest matching reviews.
import { z } from 'zod';
import type { Db } from '~/db/client.server';
import type { AspectMention, ReviewFlag, SentimentLabel } from '../analyze/types';
import { suggestReply } from './replies';
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

async function bucketsFromDaily(db: Db, shop: string, scope: string[] | null, from: Date | null): Promise<Bucket[]> {
  return db.reviewDaily.findMany({
    where: { shop, ...(scope ? { productId: { in: scope } } : {}), ...(from ? { day: { gte: from } } : {}) },
    select: { productId: true, day: true, reviews: true, positive: true, neutral: true, negative: true, flagged: true, scoreSum: true, ratingSum: true, rated: true },
  });
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
  const buckets = fromReviews ? await bucketsFromReviews(db, shop, reviewWhere) : await bucketsFromDaily(db, shop, scope, from);

  const totals = { reviews: 0, positive: 0, neutral: 0, negative: 0, flagged: 0, scoreSum: 0, ratingSum: 0, rated: 0 };
  const granularity = filters.period > 0 && filters.period <= 92 ? 'week' : 'month';
  const periods = new Map<string, { reviews: number; positive: number; neutral: number; negative: number; scoreSum: number }>();
  const products = new Map<string, { reviews: number; scoreSum: number; negative: number; recent: { reviews: number; scoreSum: number }; before: { reviews: number; scoreSum: number } }>();
  const newest = buckets.reduce((m, b) => Math.max(m, b.day.getTime()), 0);
  const recentFrom = Math.min(now.getTime(), newest + DAY) - FALLING_RECENT_DAYS * DAY;
  for (const b of buckets) {
    for (const k of ['reviews', 'positive', 'neutral', 'negative', 'flagged', 'scoreSum', 'ratingSum', 'rated'] as const) totals[k] += b[k];
    const key = periodKey(b.day, granularity);
    const p = periods.get(key) ?? { reviews: 0, positive: 0, neutral: 0, negative: 0, scoreSum: 0 };
    p.reviews += b.reviews;
    p.positive += b.positive;
    p.neutral += b.neutral;
    p.negative += b.negative;
    p.scoreSum += b.scoreSum;
    periods.set(key, p);
    const pr = products.get(b.productId) ?? { reviews: 0, scoreSum: 0, negative: 0, recent: { reviews: 0, scoreSum: 0 }, before: { reviews: 0, scoreSum: 0 } };
    pr.reviews += b.reviews;
    pr.scoreSum += b.scoreSum;
    pr.negative += b.negative;
    const part = b.day.getTime() >= recentFrom ? pr.recent : pr.before;
    part.reviews += b.reviews;
    part.scoreSum += b.scoreSum;
    products.set(b.productId, pr);
  }

  const ranked = [...products].filter(([, p]) => p.reviews >= MIN_PRODUCT_REVIEWS);
  const worstIds = ranked.sort((a, b) => a[1].scoreSum / a[1].reviews - b[1].scoreSum / b[1].reviews).slice(0, 5).map(([id]) => id);
  const falling = [...products]
    .filter(([, p]) => p.recent.reviews >= MIN_PRODUCT_REVIEWS && p.before.reviews >= MIN_PRODUCT_REVIEWS)
    .map(([id, p]) => ({ id, before: p.before.scoreSum / p.before.reviews, recent: p.recent.scoreSum / p.recent.reviews }))
    .filter((p) => p.before - p.recent > 0)
    .sort((a, b) => b.before - b.recent - (a.before - a.recent))
    .slice(0, 5);
  const titleIds = [...new Set([...worstIds, ...falling.map((f) => f.id)])];
  const titles = new Map(
    (await db.product.findMany({ where: { shop, shopifyId: { in: titleIds } }, select: { shopifyId: true, handle: true, title: true } })).map((p) => [p.shopifyId, p]),
  );
  const productRow = (id: string): ProductRow => {
    const p = products.get(id)!;
    return { productId: id, handle: titles.get(id)?.handle ?? '', title: titles.get(id)?.title ?? id, reviews: p.reviews, score: round2(p.scoreSum / p.reviews), negativeShare: round2(p.negative / p.reviews) };
  };

  const listSelect = { id: true, productHandle: true, rating: true, title: true, body: true, reviewerName: true, language: true, sentiment: true, score: true, flags: true, reviewedAt: true, aspects: true } as const;
  const [flaggedRows, negativeRows, shopRow, alertRows] = await Promise.all([
    db.review.findMany({ where: { shop, ...reviewWhere, flagged: true }, select: listSelect, orderBy: { reviewedAt: 'desc' }, take: LIST_SIZE }),
    db.review.findMany({ where: { shop, ...reviewWhere, sentiment: 'negative', flagged: false }, select: listSelect, orderBy: { reviewedAt: 'desc' }, take: QUOTE_SCAN }),
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
      .map(([period, p]) => ({ period, reviews: p.reviews, positive: p.positive, neutral: p.neutral, negative: p.negative, score: round2(p.scoreSum / p.reviews) })),
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
