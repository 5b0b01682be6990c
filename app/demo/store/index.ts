// The demo store: a folder of Shopify-format files (demo-store/ or any store in that format)
// loaded into memory, and a generator of large stores in the same format.
export { loadStore, StoreFileError, type LoadStoreOptions } from './load-store';
export { parseProductCsv, type ProductCsvOptions, type ProductCsvResult } from './product-csv';
export { createIdAllocator } from './ids';
export {
  generateStore,
  describeProduct,
  MAX_PRODUCTS_PER_FILE,
  type GenerateStoreOptions,
  type GenerateStoreSummary,
  type GeneratedProduct,
  type GeneratedVariant,
} from './generate-store';
export type * from './types';
