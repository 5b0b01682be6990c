// Indexes over a DemoStore, built once per fake: lookups by id and handle, collections gathered from
// the products, and a small cache of filtered+sorted lists so paging through 100,000 products (or a
// bulk operation doing so) filters and sorts once, not once per page.
import { createHash } from 'node:crypto';
import type { CatalogProduct, CatalogVariant } from '~/catalog/types';
import type { DemoStore, StoreCustomer, StoreOrder } from '~/demo/store/types';
import { compareNumericIds, legacyId } from '../ids';

export interface CollectionRecord {
  id: string;
  handle: string;
  title: string;
  description: string;
  products: CatalogProduct[];
  updatedAt: string;
}

export interface VariantRecord {
  product: CatalogProduct;
  variant: CatalogVariant;
  index: number;
}

export interface StoreModel {
  store: DemoStore;
  domain: string;
  /** Where product and policy URLs point (the storefront), without a trailing slash. */
  storefrontUrl: string;
  currency: string;
  primaryLocale: string;
  shopNumber: string;
  /** Earliest date in the store: creation date for records that have none. */
  epoch: string;
  products: CatalogProduct[];
  productById: Map<string, CatalogProduct>;
  productByHandle: Map<string, CatalogProduct>;
  variantById: Map<string, VariantRecord>;
  collections: CollectionRecord[];
  collectionById: Map<string, CollectionRecord>;
  collectionByHandle: Map<string, CollectionRecord>;
  collectionsOfProduct(product: CatalogProduct): CollectionRecord[];
  customers: StoreCustomer[];
  customerById: Map<string, StoreCustomer>;
  orders: StoreOrder[];
  orderById: Map<string, StoreOrder>;
  ordersOfCustomer(customerId: number): StoreOrder[];
  /** A filtered and sorted list, computed once per distinct key while the fake lives. */
  cachedList<T>(key: string, build: () => CachedList<T>): CachedList<T>;
}

export interface CachedList<T> {
  items: T[];
  unknownFields: string[];
}

const LIST_CACHE_SIZE = 32;

function stableNumber(text: string, digits: number): string {
  const hex = createHash('sha256').update(text).digest('hex').slice(0, 12);
  return String(parseInt(hex, 16) % 10 ** digits).padStart(digits, '1');
}

/**
 * The store's collections: from collections.json when the store has one (its product order), else
 * gathered from the products' own collection lists.
 */
function collectionsOf(store: DemoStore, products: CatalogProduct[], byHandle: Map<string, CatalogProduct>): Map<string, CollectionRecord> {
  const records = new Map<string, CollectionRecord>();
  const record = (handle: string, title: string, description: string) => {
    let r = records.get(handle);
    if (!r) {
      r = { id: '', handle, title, description, products: [], updatedAt: '' };
      records.set(handle, r);
    }
    return r;
  };
  if (store.collections) {
    for (const c of store.collections) {
      const r = record(c.handle, c.title, c.description);
      r.products = c.productHandles.map((h) => byHandle.get(h)).filter((p): p is CatalogProduct => !!p);
    }
  } else {
    for (const product of products) for (const c of product.collections) record(c.handle, c.title, '').products.push(product);
  }
  for (const r of records.values()) r.updatedAt = r.products.reduce((latest, p) => (p.updatedAt > latest ? p.updatedAt : latest), '');
  return records;
}

export function buildStoreModel(store: DemoStore, storefrontUrl?: string): StoreModel {
  const domain = store.shop.myshopifyDomain;
  const products = [...store.products].sort((a, b) => compareNumericIds(legacyId(a.shopifyId), legacyId(b.shopifyId)));
  const productById = new Map<string, CatalogProduct>();
  const productByHandle = new Map<string, CatalogProduct>();
  const variantById = new Map<string, VariantRecord>();
  for (const product of products) {
    productById.set(legacyId(product.shopifyId), product);
    productByHandle.set(product.handle, product);
    product.variants.forEach((variant, index) => variantById.set(legacyId(variant.id), { product, variant, index }));
  }
  const collectionByHandle = collectionsOf(store, products, productByHandle);
  // Collection ids follow handle order, so they don't depend on which product mentions a collection first.
  const collections = [...collectionByHandle.values()].sort((a, b) => (a.handle < b.handle ? -1 : 1));
  collections.forEach((c, i) => (c.id = String(i + 1)));
  const collectionById = new Map(collections.map((c) => [c.id, c]));
  const collectionsByProduct = new Map<CatalogProduct, CollectionRecord[]>();
  for (const c of collections) {
    for (const p of c.products) {
      const list = collectionsByProduct.get(p);
      if (list) list.push(c);
      else collectionsByProduct.set(p, [c]);
    }
  }

  const customers = [...store.customers].sort((a, b) => a.id - b.id);
  const orders = [...store.orders].sort((a, b) => a.id - b.id);
  const ordersByCustomer = new Map<number, StoreOrder[]>();
  for (const order of orders) {
    if (order.customerId == null) continue;
    const list = ordersByCustomer.get(order.customerId) ?? [];
    list.push(order);
    ordersByCustomer.set(order.customerId, list);
  }
  const dates = [...orders.map((o) => o.createdAt), ...products.map((p) => p.updatedAt)].filter(Boolean).sort();

  const listCache = new Map<string, CachedList<unknown>>();
  return {
    store,
    domain,
    storefrontUrl: (storefrontUrl ?? `https://${domain}`).replace(/\/+$/, ''),
    currency: store.shop.currency,
    primaryLocale: store.shop.primaryLocale,
    shopNumber: stableNumber(domain, 10),
    epoch: dates[0] ?? '2020-01-01T00:00:00Z',
    products,
    productById,
    productByHandle,
    variantById,
    collections,
    collectionById,
    collectionByHandle,
    collectionsOfProduct: (product) => collectionsByProduct.get(product) ?? [],
    customers,
    customerById: new Map(customers.map((c) => [String(c.id), c])),
    orders,
    orderById: new Map(orders.map((o) => [String(o.id), o])),
    ordersOfCustomer: (customerId) => ordersByCustomer.get(customerId) ?? [],
    cachedList<T>(key: string, build: () => CachedList<T>): CachedList<T> {
      const hit = listCache.get(key);
      if (hit) {
        listCache.delete(key);
        listCache.set(key, hit);
        return hit as CachedList<T>;
      }
      const list = build();
      listCache.set(key, list as CachedList<unknown>);
      if (listCache.size > LIST_CACHE_SIZE) listCache.delete(listCache.keys().next().value!);
      return list;
    },
  };
}
