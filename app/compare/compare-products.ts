// Loads the products a shopper compares (live products of this shop only: not deleted, ACTIVE) and
// builds the comparison in their language. A factory, so routes and tests hand it their database
// and, once the shop has reviews, where review summaries come from.
import type { Db } from '~/db/client.server';
import { buildComparison, type ComparableRow } from './build-comparison';
import { noReviews, type ProductComparison, type ReviewSource } from './types';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

const SELECT = {
  handle: true,
  title: true,
  vendor: true,
  productType: true,
  tags: true,
  options: true,
  variants: true,
  images: true,
  translations: true,
  metafields: true,
  priceMin: true,
  available: true,
  sourceUpdatedAt: true,
} as const;

export interface CompareRequest {
  handles: string[];
  /** The storefront language; the shop's primary language when absent. */
  language?: string;
}

export function createProductComparison(deps: { db: Db; reviews?: ReviewSource }) {
  const reviews = deps.reviews ?? noReviews;
  return async function compareProducts(shop: string, req: CompareRequest): Promise<ProductComparison> {
    const [shopRow, found] = await Promise.all([
      deps.db.shop.findUnique({ where: { domain: shop }, select: { currency: true, primaryLocale: true } }),
      deps.db.product.findMany({ where: { shop, handle: { in: req.handles }, deletedAt: null, status: 'ACTIVE' }, select: SELECT }),
    ]);
    // A handle can briefly belong to two rows (a product re-created under an old handle): newest wins.
    const byHandle = new Map<string, ComparableRow & { sourceUpdatedAt: Date }>();
    for (const r of found) {
      const seen = byHandle.get(r.handle);
      if (!seen || r.sourceUpdatedAt > seen.sourceUpdatedAt) byHandle.set(r.handle, r);
    }
    const rows = req.handles.flatMap((h) => byHandle.get(h) ?? []);
    const missing = req.handles.filter((h) => !byHandle.has(h));
    const language = req.language ?? shopRow?.primaryLocale ?? 'en';
    const summaries = rows.length
      ? await reviews(
          shop,
          rows.map((r) => r.handle),
          language,
        )
      : new Map();
    return buildComparison(rows, { currency: shopRow?.currency ?? 'USD', language, reviews: summaries, missing });
  };
}
