// Process-wide services built once per server instance. They hold caches only (rebuildable from
// the database), never state another instance needs.
import { db } from './db.server';
import { createCatalogSearch } from './catalog/search';

declare global {
  // eslint-disable-next-line no-var
  var __aisleSearch: ReturnType<typeof createCatalogSearch> | undefined;
}

export const catalogSearch = (globalThis.__aisleSearch ??= createCatalogSearch({
  db,
  maxCachedDocs: Number(process.env.AISLE_SEARCH_CACHE_DOCS ?? 500_000),
}));
