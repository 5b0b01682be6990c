// Structured filters, applied to the compact in-memory records (no database round trip).
// Variant-level conditions (price range, options, in stock) must all hold for ONE variant: "size M
// in blue, in stock, under 50" is a promise about a variant a shopper can add to the cart.
import type { IndexedProduct, IndexedVariant } from './indexed-product';
import { foldLabel } from './text';

export interface ProductFilters {
  minPrice?: number;
  maxPrice?: number;
  /** true: only products (and, with other variant conditions, variants) in stock. */
  available?: boolean;
  type?: string;
  vendor?: string;
  tag?: string;
  options?: { name: string; value: string }[];
}

// Shopify shops spell the same option differently; both sides go through this.
const OPTION_NAME_ALIASES: Record<string, string> = { colour: 'color' };

export function optionKey(name: string, value: string): string {
  const n = foldLabel(name);
  return `${OPTION_NAME_ALIASES[n] ?? n}=${foldLabel(value)}`;
}

export type ProductPredicate = (p: IndexedProduct) => boolean;

/** Keys of a product's equality labels, for the label → products index of listings. */
export function labelKeys(p: IndexedProduct): string[] {
  const options = new Set(p.variants.flatMap((v) => v.options));
  return [
    ...p.types.map((t) => `type:${t}`),
    `vendor:${p.vendor}`,
    ...p.tags.map((t) => `tag:${t}`),
    ...[...options].map((o) => `option:${o}`),
  ];
}

export interface FilterPlan {
  /** The whole test, or null when there are no filters. */
  keep: ProductPredicate | null;
  /**
   * Label keys a product must all have (see labelKeys): lets a listing start from the smallest set.
   * For options this is necessary, not sufficient: `keep` checks that one variant has them all.
   */
  labels: string[];
  /** Product-level bounds, checkable without the record: in stock, some variant within [min, max]. */
  inStock: boolean;
  min: number;
  max: number;
}

export function compileFilters(f: ProductFilters): FilterPlan {
  const type = f.type ? foldLabel(f.type) : null;
  const vendor = f.vendor ? foldLabel(f.vendor) : null;
  const tag = f.tag ? foldLabel(f.tag) : null;
  const min = f.minPrice ?? -Infinity;
  const max = f.maxPrice ?? Infinity;
  const wanted = (f.options ?? []).map((o) => optionKey(o.name, o.value));
  const inStock = f.available === true;
  const perVariant = f.minPrice != null || f.maxPrice != null || wanted.length > 0 || inStock;
  const labels = [type && `type:${type}`, vendor && `vendor:${vendor}`, tag && `tag:${tag}`, ...wanted.map((o) => `option:${o}`)].filter(
    (l): l is string => !!l,
  );
  if (labels.length === 0 && !perVariant) return { keep: null, labels, inStock, min, max };

  const variantMatches = (v: IndexedVariant) => {
    if (inStock && !v.available) return false;
    if (v.price < min || v.price > max) return false;
    for (const key of wanted) if (!v.options.includes(key)) return false;
    return true;
  };
  // One flat function, the cheap product-level rejections first: a listing without a query runs
  // it over every candidate.
  const keep: ProductPredicate = (p) => {
    if (vendor !== null && p.vendor !== vendor) return false;
    if (type !== null && !p.types.includes(type)) return false;
    if (tag !== null && !p.tags.includes(tag)) return false;
    if (inStock && !p.available) return false;
    if (p.priceMax < min || p.priceMin > max) return false;
    return !perVariant || p.variants.some(variantMatches);
  };
  return { keep, labels, inStock, min, max };
}
