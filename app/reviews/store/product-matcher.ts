// Finds the shop's product a review is about, by Shopify product id, handle or variant SKU (in
// that order: ids never change, handles can, SKUs are per variant and sometimes reused).
import type { Db } from '~/db/client.server';
import type { ProductRef } from '../import/parse-export';

export interface MatchedProduct {
  id: string;
  handle: string;
  title: string;
}

export type ProductMatcher = (ref: ProductRef) => MatchedProduct | null;

/** Loads the shop's live products once; an import then matches every row from memory. */
export async function loadProductMatcher(db: Db, shop: string): Promise<ProductMatcher> {
  const byId = new Map<string, MatchedProduct>();
  const byHandle = new Map<string, MatchedProduct>();
  const bySku = new Map<string, MatchedProduct>();
  const pageSize = 2000;
  for (let cursor: string | undefined; ; ) {
    const page = await db.product.findMany({
      where: { shop, deletedAt: null },
      select: { id: true, shopifyId: true, handle: true, title: true, variants: true },
      orderBy: { id: 'asc' },
      take: pageSize,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    for (const p of page) {
      const product = { id: p.shopifyId, handle: p.handle, title: p.title };
      byId.set(p.shopifyId, product);
      byHandle.set(p.handle.toLowerCase(), product);
      for (const v of JSON.parse(p.variants) as { sku?: string }[]) {
        const sku = v.sku?.trim().toLowerCase();
        if (sku && !bySku.has(sku)) bySku.set(sku, product);
      }
    }
    if (page.length < pageSize) break;
    cursor = page[page.length - 1].id;
  }
  return (ref) =>
    (ref.id && byId.get(ref.id)) ||
    (ref.handle && byHandle.get(ref.handle.toLowerCase())) ||
    (ref.sku && bySku.get(ref.sku.trim().toLowerCase())) ||
    null;
}
