// Stored product summaries: rebuilt when enough new reviews arrived, read by the compare block,
// the assistant and the report.
import type { Db } from '~/db/client.server';
import { primaryLanguage } from '~/lang/detect';
import { shopReviewContext } from '../settings';
import { summarize, SUMMARY_SELECT, type AspectTally, type ProductSummaryData, type SummaryReview } from './build-summary';
import { ratingFromMetafields } from './metafield-rating';
import type { CatalogMetafield } from '~/catalog/types';

/** Rebuild once this many new reviews arrived, or this share of the reviews it was built from. */
export const REBUILD_MIN_NEW = 5;
export const REBUILD_SHARE = 0.1;

export function needsRebuild(builtFrom: number, reviews: number): boolean {
  const fresh = reviews - builtFrom;
  if (builtFrom === 0) return reviews > 0;
  return fresh >= REBUILD_MIN_NEW || fresh >= Math.max(1, Math.ceil(builtFrom * REBUILD_SHARE));
}

function summaryRow(s: ProductSummaryData) {
  return {
    handle: s.handle,
    reviews: s.reviews,
    averageRating: s.averageRating,
    distribution: JSON.stringify(s.distribution),
    sentiment: JSON.stringify(s.sentiment),
    trend: JSON.stringify(s.trend),
    pros: JSON.stringify(s.pros),
    cons: JSON.stringify(s.cons),
    says: JSON.stringify(s.says),
    builtFrom: s.reviews,
  };
}

// Products summarised per round: one query for their reviews, one transaction for the rows.
const REBUILD_CHUNK = 200;

/** Rebuilds the summaries of the given products that have enough new reviews (or none yet). */
export async function refreshSummaries(db: Db, shop: string, productIds: Iterable<string>, opts: { force?: boolean } = {}): Promise<number> {
  const ids = [...productIds];
  if (ids.length === 0) return 0;
  const { locales } = await shopReviewContext(db, shop);
  const [stored, counts] = await Promise.all([
    db.productReviewSummary.findMany({ where: { shop, productId: { in: ids } }, select: { productId: true, builtFrom: true } }),
    db.review.groupBy({ by: ['productId'], where: { shop, productId: { in: ids }, published: true }, _count: { _all: true } }),
  ]);
  const built = new Map(stored.map((s) => [s.productId, s.builtFrom]));
  const due = counts.filter((c) => opts.force || needsRebuild(built.get(c.productId) ?? 0, c._count._all)).map((c) => c.productId);
  for (let i = 0; i < due.length; i += REBUILD_CHUNK) {
    const chunk = due.slice(i, i + REBUILD_CHUNK);
    const byProduct = new Map<string, SummaryReview[]>(chunk.map((id) => [id, []]));
    const reviews = await db.review.findMany({ where: { shop, productId: { in: chunk }, published: true }, select: { ...SUMMARY_SELECT, productId: true } });
    for (const r of reviews) byProduct.get(r.productId)?.push(r);
    const rows = [...byProduct].map(([productId, list]) => summaryRow(summarize(productId, list, locales)));
    await db.$transaction(
      rows.map((data, k) => db.productReviewSummary.upsert({ where: { shop_productId: { shop, productId: chunk[k] } }, create: { shop, productId: chunk[k], ...data }, update: data })),
    );
  }
  return due.length;
}

export interface ReviewSummaryView {
  handle: string;
  reviews: number;
  averageRating: number | null;
  distribution: number[];
  sentiment: { positive: number; neutral: number; negative: number };
  pros: AspectTally[];
  cons: AspectTally[];
  /** "Customers say" in the requested language (the shop's primary language when it has none). */
  says: string;
  locale: string;
  updatedAt: string;
  /** "reviews": analysed reviews; "metafields": only the review app's star average and count. */
  source: 'reviews' | 'metafields';
}

/**
 * The review digest of one product, for the compare endpoint and the assistant's product tool
 * (`what_people_say`). Null when the product has no reviews.
 */
export async function reviewSummaryFor(db: Db, shop: string, handle: string, locale?: string): Promise<ReviewSummaryView | null> {
  const row = await db.productReviewSummary.findFirst({ where: { shop, handle }, orderBy: { updatedAt: 'desc' } });
  if (!row || row.reviews === 0) return metafieldSummary(db, shop, handle);
  const says = JSON.parse(row.says) as Record<string, string>;
  const wanted = locale ? primaryLanguage(locale) : '';
  const chosen = says[wanted] ? wanted : (Object.keys(says)[0] ?? 'en');
  return {
    handle: row.handle,
    reviews: row.reviews,
    averageRating: row.averageRating,
    distribution: JSON.parse(row.distribution) as number[],
    sentiment: JSON.parse(row.sentiment) as ReviewSummaryView['sentiment'],
    pros: JSON.parse(row.pros) as AspectTally[],
    cons: JSON.parse(row.cons) as AspectTally[],
    says: says[chosen] ?? '',
    locale: chosen,
    updatedAt: row.updatedAt.toISOString(),
    source: 'reviews',
  };
}

async function metafieldSummary(db: Db, shop: string, handle: string): Promise<ReviewSummaryView | null> {
  const product = await db.product.findFirst({ where: { shop, handle, deletedAt: null }, select: { metafields: true, updatedAt: true } });
  const rating = product ? ratingFromMetafields(JSON.parse(product.metafields) as CatalogMetafield[]) : null;
  if (!rating) return null;
  return {
    handle,
    reviews: rating.ratingCount ?? 0,
    averageRating: rating.averageRating,
    distribution: [],
    sentiment: { positive: 0, neutral: 0, negative: 0 },
    pros: [],
    cons: [],
    says: '',
    locale: '',
    updatedAt: product!.updatedAt.toISOString(),
    source: 'metafields',
  };
}

/** Several at once (the compare block shows up to four products). */
export async function reviewSummariesFor(db: Db, shop: string, handles: string[], locale?: string): Promise<Map<string, ReviewSummaryView>> {
  const out = new Map<string, ReviewSummaryView>();
  for (const handle of handles) {
    const s = await reviewSummaryFor(db, shop, handle, locale);
    if (s) out.set(handle, s);
  }
  return out;
}
