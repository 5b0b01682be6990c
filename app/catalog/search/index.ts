// Catalog search: multilingual, typo-tolerant, scoped per shop, served from an in-memory index per
// shop that catches up with the database (see README.md).
export { createCatalogSearch } from './catalog-search.server';
export type { CatalogSearch, CatalogSearchOptions, CatalogSearchStats, SearchResult } from './catalog-search.server';
export { searchParamsSchema, DEFAULT_LIMIT, MAX_LIMIT } from './params';
export type { SearchParams, ParsedSearchParams } from './params';
