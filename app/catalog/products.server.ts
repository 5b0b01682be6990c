// Writing the catalog: every source (bulk sync, product webhooks, the demo importer) goes through
// here, so the ordering rule (an older update never overwrites a newer one) and the version stamp
// that search caches catch up from hold everywhere.
import type { Db } from '~/db/client.server';
import { inTransaction } from '~/db/transaction';
import type { CatalogProduct } from './types';

export interface UpsertResult {
  written: number;
  /** Updates older than what is stored, ignored. */
  stale: number;
}

function priceFields(p: CatalogProduct) {
  const prices = p.variants.map((v) => v.price);
  const compareAts = p.variants.map((v) => v.compareAtPrice).filter((c): c is number => c != null);
  return {
    priceMin: prices.length ? Math.min(...prices) : 0,
    priceMax: prices.length ? Math.max(...prices) : 0,
    compareAtMax: compareAts.length ? Math.max(...compareAts) : null,
    available: p.variants.some((v) => v.available),
    totalInventory: p.variants.reduce((sum, v) => sum + Math.max(0, v.inventoryQuantity ?? 0), 0),
  };
}

export function productRowData(p: CatalogProduct) {
  return {
    handle: p.handle,
    title: p.title,
    description: p.description,
    vendor: p.vendor,
    productType: p.productType,
    tags: JSON.stringify(p.tags),
    status: p.status,
    options: JSON.stringify(p.options),
    variants: JSON.stringify(p.variants),
    images: JSON.stringify(p.images),
    collections: JSON.stringify(p.collections),
    metafields: JSON.stringify(p.metafields),
    translations: JSON.stringify(p.translations),
    sourceUpdatedAt: new Date(p.updatedAt),
    deletedAt: null,
    ...priceFields(p),
  };
}

/** Claims the next catalog version for a shop (creating the shop row if needed). */
async function nextVersion(db: Db, shop: string): Promise<number> {
  const row = await db.shop.upsert({
    where: { domain: shop },
    create: { domain: shop, catalogVersion: 1 },
    update: { catalogVersion: { increment: 1 } },
    select: { catalogVersion: true },
  });
  return row.catalogVersion;
}

/**
 * Writes a batch of products in one transaction. A product whose stored Shopify `updatedAt` is
 * newer than the incoming one is left alone (webhooks can arrive out of order).
 */
export async function upsertProducts(
  db: Db,
  shop: string,
  products: CatalogProduct[],
  opts: { preserve?: ('collections' | 'metafields' | 'translations')[] } = {},
): Promise<UpsertResult> {
  if (products.length === 0) return { written: 0, stale: 0 };
  const version = await nextVersion(db, shop);
  const existing = await db.product.findMany({
    where: { shop, shopifyId: { in: products.map((p) => p.shopifyId) } },
    select: { shopifyId: true, sourceUpdatedAt: true, deletedAt: true },
  });
  const known = new Map(existing.map((e) => [e.shopifyId, e]));
  let stale = 0;
  const writes: ((tx: Db) => Promise<unknown>)[] = [];
  for (const p of products) {
    const data: Record<string, unknown> = { ...productRowData(p), version };
    const current = known.get(p.shopifyId);
    const incoming = new Date(p.updatedAt).getTime();
    if (current) {
      // A deletion at or after this update wins too.
      const newest = Math.max(current.sourceUpdatedAt.getTime(), current.deletedAt?.getTime() ?? 0);
      if (newest > incoming) {
        stale++;
        continue;
      }
      // Sources that don't carry some fields (webhooks) keep what the last full sync stored.
      for (const field of opts.preserve ?? []) delete data[field];
      writes.push((tx) => tx.product.update({ where: { shop_shopifyId: { shop, shopifyId: p.shopifyId } }, data }));
    } else {
      writes.push((tx) => tx.product.create({ data: { ...productRowData(p), version, shop, shopifyId: p.shopifyId } }));
    }
  }
  if (writes.length) await inTransaction(db, async (tx) => { for (const write of writes) await write(tx); });
  return { written: writes.length, stale };
}

/**
 * Marks a product deleted. The row stays as a tombstone so that search caches on other instances
 * learn about the deletion, and so a late "update" webhook can't bring the product back.
 */
export async function deleteProduct(db: Db, shop: string, shopifyId: string, at: Date = new Date()): Promise<void> {
  const version = await nextVersion(db, shop);
  await db.product.upsert({
    where: { shop_shopifyId: { shop, shopifyId } },
    create: { shop, shopifyId, handle: '', title: '', sourceUpdatedAt: at, deletedAt: at, version },
    update: { deletedAt: at, version },
  });
}

/** Tombstones every live product of the shop not in `keep` (after a full sync). */
export async function deleteProductsNotIn(db: Db, shop: string, keep: Set<string>, syncStartedAt: Date): Promise<number> {
  const live = await db.product.findMany({
    where: { shop, deletedAt: null, sourceUpdatedAt: { lt: syncStartedAt } },
    select: { shopifyId: true },
  });
  const gone = live.filter((p) => !keep.has(p.shopifyId)).map((p) => p.shopifyId);
  if (gone.length === 0) return 0;
  const version = await nextVersion(db, shop);
  await db.product.updateMany({ where: { shop, shopifyId: { in: gone } }, data: { deletedAt: syncStartedAt, version } });
  return gone.length;
}
