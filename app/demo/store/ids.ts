import type { IdAllocator } from './types';

/**
 * Sequential ids, one counter per resource type as in Shopify. Determinism comes from the caller
 * feeding products in a fixed order (files sorted by name, rows in file order).
 */
export function createIdAllocator(start = 1): IdAllocator {
  let nextProduct = start;
  let nextVariant = start;
  return {
    product: () => `gid://shopify/Product/${nextProduct++}`,
    variant: () => `gid://shopify/ProductVariant/${nextVariant++}`,
  };
}
