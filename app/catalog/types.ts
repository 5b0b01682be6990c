// The catalog's shapes, shared by every source (Shopify bulk sync, webhooks, the demo store's CSV
// files) and every consumer (search, chat tools, compare). Plain data: no Prisma, no Remix.

export interface ProductOption {
  name: string;
  values: string[];
}

export interface CatalogVariant {
  /** Shopify GID, e.g. gid://shopify/ProductVariant/123 */
  id: string;
  title: string;
  sku: string;
  /** Decimal amounts as numbers in the shop currency. */
  price: number;
  compareAtPrice: number | null;
  /** Sellable now: inventory > 0, or not tracked, or policy CONTINUE. */
  available: boolean;
  inventoryQuantity: number | null;
  /** Selected options, e.g. [{name: 'Size', value: 'M'}] */
  options: { name: string; value: string }[];
  image: string | null;
}

export interface CatalogImage {
  url: string;
  altText: string | null;
}

export interface CatalogMetafield {
  namespace: string;
  key: string;
  type: string;
  value: string;
}

/** Per-locale translated fields, from Shopify's translations API (where the merchant has them). */
export interface ProductTranslation {
  title?: string;
  description?: string;
  productType?: string;
}

/** A product as Aisle stores it, whatever the source. */
export interface CatalogProduct {
  /** Shopify GID, e.g. gid://shopify/Product/123 */
  shopifyId: string;
  handle: string;
  title: string;
  /** Plain text (HTML stripped). */
  description: string;
  vendor: string;
  productType: string;
  tags: string[];
  /** ACTIVE | DRAFT | ARCHIVED */
  status: string;
  options: ProductOption[];
  variants: CatalogVariant[];
  images: CatalogImage[];
  collections: { handle: string; title: string }[];
  metafields: CatalogMetafield[];
  translations: Record<string, ProductTranslation>;
  /** Shopify's updatedAt (ISO): an older update never overwrites a newer one. */
  updatedAt: string;
}

/**
 * The product shape wherever products leave the server (chat, search, compare): DESIGN.md's contract.
 * Prices are decimal numbers in `currency`.
 */
export interface ProductView {
  handle: string;
  title: string;
  url: string;
  image: string | null;
  price: number;
  compareAtPrice: number | null;
  currency: string;
  available: boolean;
  vendor: string;
  productType: string;
  tags: string[];
  options: ProductOption[];
  variants: {
    id: string;
    title: string;
    price: number;
    compareAtPrice: number | null;
    available: boolean;
    options: { name: string; value: string }[];
  }[];
  /** Customers' average stars and how many reviews, when the shop has any (set on chat cards). */
  rating?: { value: number; count: number } | null;
}
