// Star ratings for product cards: Aisle's own review summaries where it has them, else the review
// app's `reviews.rating` metafields. Two indexed queries for a whole list of cards.
import type { CatalogMetafield } from '~/catalog/types';
import type { Db } from '~/db/client.server';
import { ratingFromMetafields } from './metafield-rating';

export interface CardRating {
  /** Average stars, 1–5, one decimal. */
  value: number;
  count: number;
}

export async function ratingsFor(db: Db, shop: string, handles: readonly string[]): Promise<Map<string, CardRating>> {
  const out = new Map<string, CardRating>();
  const wanted = [...new Set(handles)];
  if (wanted.length === 0) return out;
  const summaries = await db.productReviewSummary.findMany({
    where: { shop, handle: { in: wanted }, reviews: { gt: 0 }, averageRating: { not: null } },
    select: { handle: true, averageRating: true, reviews: true },
  });
  for (const s of summaries) out.set(s.handle, { value: s.averageRating!, count: s.reviews });
  const rest = wanted.filter((h) => !out.has(h));
  if (rest.length === 0) return out;
  const products = await db.product.findMany({ where: { shop, handle: { in: rest }, deletedAt: null }, select: { handle: true, metafields: true } });
  for (const p of products) {
    const rating = ratingFromMetafields(JSON.parse(p.metafields) as CatalogMetafield[]);
    if (rating && rating.ratingCount !== 0) out.set(p.handle, { value: rating.averageRating, count: rating.ratingCount ?? 0 });
  }
  return out;
}
