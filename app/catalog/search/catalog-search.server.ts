// Catalog search for stateless app servers. The database is the source of truth; each instance keeps
// an in-memory index per shop. Why not SQL: LIKE is a scan, and SQLite FTS5 and PostgreSQL tsvector
// behave differently (tokens, stemming, ranking), have no Polish, stem in one language per column,
// and offer no portable typo tolerance; shoppers query in any language, with typos, as they type.
// The price is a cold start per shop and instance (~10 s at 100,000 products, see README.md). The
// index is kept current like this on every search:
//   1. read Shop.catalogVersion (a primary-key lookup);
//   2. if the cached index reflects that version, search it;
//   3. if it is behind, apply only the rows stamped with a newer version (tombstones remove);
//   4. if there is none (first search, evicted, primary locale changed), build it from the live rows,
//      streamed in pages so that a 100,000-product shop never sits in memory as rows all at once.
// Concurrent searches of a shop share one build or catch-up. Any instance can answer any shop, and
// a write on one instance is seen by the next search on every other.
import { setImmediate } from 'node:timers/promises';
import type { Db } from '~/db/client.server';
import type { Prisma } from '../../../generated/sqlite/index.js';
import { toProductView } from '../product-view';
import type { ProductView } from '../types';
import { createIndexCache } from './index-cache';
import { INDEX_SELECT, isSearchable, type IndexRow } from './indexed-product';
import { DEFAULT_LIMIT, MAX_LIMIT, type SearchParams } from './params';
import { createShopIndex, type ShopIndex } from './shop-index';

export interface SearchResult {
  products: ProductView[];
  /** All matching products, of which `products` is the first page. */
  total: number;
}

export interface CatalogSearchStats {
  maxDocs: number;
  totalDocs: number;
  shops: { shop: string; version: number; docs: number }[];
  /** Indexes built from scratch. */
  builds: number;
  /** Catch-ups that applied only the rows changed since the cached version. */
  incrementalUpdates: number;
  /** Rows read by catch-ups (changed, added or removed products). */
  rowsApplied: number;
  /** Searches answered by an index already current. */
  hits: number;
  evictions: number;
}

export interface CatalogSearch {
  search(shop: string, params: SearchParams): Promise<SearchResult>;
  /** Drops the shop's index on this instance; the next search rebuilds it. */
  invalidate(shop: string): void;
  stats(): CatalogSearchStats;
}

export interface CatalogSearchOptions {
  db: Db;
  /** Budget of indexed products across shops (default: SEARCH_INDEX_MAX_DOCS, else 250,000). */
  maxCachedDocs?: number;
  /** Rows per database page when building or catching up. */
  pageSize?: number;
}

const DEFAULT_MAX_DOCS = 250_000;
const DEFAULT_PAGE_SIZE = 2_000;
const APPLY_SLICE = 200;

function maxDocsFromEnv(): number {
  const raw = process.env.SEARCH_INDEX_MAX_DOCS;
  if (!raw) return DEFAULT_MAX_DOCS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`SEARCH_INDEX_MAX_DOCS must be a positive whole number, got "${raw}"`);
  return n;
}

const VIEW_SELECT = {
  id: true,
  shop: true,
  handle: true,
  title: true,
  vendor: true,
  productType: true,
  tags: true,
  options: true,
  variants: true,
  images: true,
  translations: true,
  priceMin: true,
  available: true,
  status: true,
  deletedAt: true,
} as const;

interface ShopHead {
  catalogVersion: number;
  currency: string;
  primaryLocale: string;
}

export function createCatalogSearch(opts: CatalogSearchOptions): CatalogSearch {
  const { db } = opts;
  const maxDocs = opts.maxCachedDocs ?? maxDocsFromEnv();
  const pageSize = opts.pageSize ?? DEFAULT_PAGE_SIZE;
  const cache = createIndexCache(maxDocs);
  const inflight = new Map<string, Promise<void>>();
  // Bumped by invalidate(), so that a build already running doesn't put back what was dropped.
  const generations = new Map<string, number>();
  const counters = { builds: 0, incrementalUpdates: 0, rowsApplied: 0, hits: 0 };

  /**
   * Applies rows to an index, streamed in shopifyId order `pageSize` at a time (the (shop, shopifyId)
   * index serves it). Analysing a row takes a fraction of a millisecond, so a page would block the
   * event loop for a second: control goes back to other requests every APPLY_SLICE rows.
   */
  async function applyRows(shop: string, where: Prisma.ProductWhereInput, index: ShopIndex): Promise<number> {
    let after: string | undefined;
    let applied = 0;
    for (;;) {
      const rows: IndexRow[] = await db.product.findMany({
        where: { shop, ...where, ...(after === undefined ? {} : { shopifyId: { gt: after } }) },
        orderBy: { shopifyId: 'asc' },
        take: pageSize,
        select: INDEX_SELECT,
      });
      for (let i = 0; i < rows.length; i++) {
        index.apply(rows[i]);
        if (i % APPLY_SLICE === APPLY_SLICE - 1) await setImmediate();
      }
      applied += rows.length;
      if (rows.length < pageSize) return applied;
      after = rows[rows.length - 1].shopifyId;
    }
  }

  async function refresh(shop: string, head: ShopHead): Promise<void> {
    const generation = generations.get(shop) ?? 0;
    const cached = cache.get(shop);
    if (cached && cached.index.primaryLocale === head.primaryLocale) {
      const rows = await applyRows(shop, { version: { gt: cached.version } }, cached.index);
      cached.version = Math.max(cached.version, head.catalogVersion);
      counters.incrementalUpdates++;
      counters.rowsApplied += rows;
      if ((generations.get(shop) ?? 0) === generation) cache.put(shop, cached);
      return;
    }
    const index: ShopIndex = createShopIndex(head.primaryLocale);
    await applyRows(shop, { deletedAt: null, status: 'ACTIVE' }, index);
    counters.builds++;
    if ((generations.get(shop) ?? 0) === generation) cache.put(shop, { index, version: head.catalogVersion });
  }

  /** The shop's index, current as of `head`. */
  async function currentIndex(shop: string, head: ShopHead): Promise<ShopIndex | undefined> {
    for (let waited = false; ; waited = true) {
      const cached = cache.get(shop);
      if (cached && cached.version >= head.catalogVersion && cached.index.primaryLocale === head.primaryLocale) {
        if (!waited) counters.hits++;
        return cached.index;
      }
      const running = inflight.get(shop);
      if (running) {
        // Someone is already building or catching up this shop: wait for it, then look again (it
        // may have started from an older version than this search read).
        await running;
        continue;
      }
      const job = refresh(shop, head).finally(() => inflight.delete(shop));
      inflight.set(shop, job);
      await job;
      return cache.get(shop)?.index;
    }
  }

  async function search(shop: string, params: SearchParams): Promise<SearchResult> {
    const head = await db.shop.findUnique({
      where: { domain: shop },
      select: { catalogVersion: true, currency: true, primaryLocale: true },
    });
    if (!head) return { products: [], total: 0 };
    const index = await currentIndex(shop, head);
    if (!index) return { products: [], total: 0 };

    const limit = Math.min(Math.max(Math.trunc(params.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
    const page = index.query(params.q ?? '', params, limit);
    if (page.ids.length === 0) return { products: [], total: page.total };
    // By primary key alone: with `shop` in the WHERE as well, SQLite walks the shop's index instead
    // (10 ms rather than 1 at 10,000 products). The ids came from this shop's index; the shop is
    // still checked below.
    const rows = await db.product.findMany({ where: { id: { in: page.ids } }, select: VIEW_SELECT });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const products: ProductView[] = [];
    for (const id of page.ids) {
      const row = byId.get(id);
      // A product deleted since the version read above is left out of this page.
      if (row && row.shop === shop && isSearchable(row))
        products.push(toProductView(row, { currency: head.currency, locale: params.locale }));
    }
    return { products, total: page.total - (page.ids.length - products.length) };
  }

  return {
    search,
    invalidate(shop) {
      generations.set(shop, (generations.get(shop) ?? 0) + 1);
      cache.delete(shop);
    },
    stats() {
      const shops = cache.entries().map(([shop, e]) => ({ shop, version: e.version, docs: e.index.size }));
      return { maxDocs, totalDocs: cache.totalDocs, shops, ...counters, evictions: cache.evictions };
    },
  };
}
