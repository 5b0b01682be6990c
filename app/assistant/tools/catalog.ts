// Catalog reads shared by the product tools: always scoped to the shop, live products only
// (not deleted, ACTIVE), shown in the shopper's language where the product has a translation.
import type { CatalogMetafield, CatalogVariant, ProductOption, ProductView } from '~/catalog/types';
import { toProductView } from '~/catalog/product-view';
import type { ToolContext } from '../types';

const ROW_SELECT = {
  shopifyId: true,
  handle: true,
  title: true,
  description: true,
  vendor: true,
  productType: true,
  tags: true,
  options: true,
  variants: true,
  images: true,
  collections: true,
  metafields: true,
  translations: true,
  priceMin: true,
  priceMax: true,
  available: true,
  sourceUpdatedAt: true,
} as const;

export interface ProductRow {
  shopifyId: string;
  handle: string;
  title: string;
  description: string;
  vendor: string;
  productType: string;
  tags: string;
  options: string;
  variants: string;
  images: string;
  collections: string;
  metafields: string;
  translations: string;
  priceMin: number;
  priceMax: number;
  available: boolean;
  sourceUpdatedAt: Date;
}

export const MAX_HANDLE_LENGTH = 255;

/** What the model may send for a product: a handle, "/products/handle", or the product URL. */
export function normaliseHandle(input: string): string {
  let h = input.trim();
  const inPath = /\/products\/([^/?#\s]+)/.exec(h);
  if (inPath) h = inPath[1];
  try {
    h = decodeURIComponent(h);
  } catch {
    // Not URI-encoded: keep as typed.
  }
  return h.toLowerCase();
}

/** Live products of this shop by handle, in the order asked (unknown handles are skipped). */
export async function productsByHandle(ctx: ToolContext, handles: string[]): Promise<ProductRow[]> {
  if (handles.length === 0) return [];
  const rows = await ctx.services.db.product.findMany({
    where: { shop: ctx.shop.shop, handle: { in: handles }, deletedAt: null, status: 'ACTIVE' },
    select: ROW_SELECT,
  });
  // A handle can briefly belong to two rows (a product re-created under an old handle): newest wins.
  const byHandle = new Map<string, ProductRow>();
  for (const row of rows) {
    const seen = byHandle.get(row.handle);
    if (!seen || row.sourceUpdatedAt > seen.sourceUpdatedAt) byHandle.set(row.handle, row);
  }
  return handles.map((h) => byHandle.get(h)).filter((r): r is ProductRow => !!r);
}

export async function productByHandle(ctx: ToolContext, handle: string): Promise<ProductRow | null> {
  return (await productsByHandle(ctx, [handle]))[0] ?? null;
}

export function viewOf(row: ProductRow, ctx: ToolContext): ProductView {
  return toProductView(row, { currency: ctx.shop.currency, locale: ctx.shopper.language });
}

export function variantsOf(row: ProductRow): CatalogVariant[] {
  return JSON.parse(row.variants) as CatalogVariant[];
}

export function optionsOf(row: Pick<ProductRow, 'options'>): ProductOption[] {
  return JSON.parse(row.options) as ProductOption[];
}

export function tagsOf(row: Pick<ProductRow, 'tags'>): string[] {
  return JSON.parse(row.tags) as string[];
}

export function translatedDescription(row: ProductRow, language: string): string {
  const translations = JSON.parse(row.translations) as Record<string, { description?: string }>;
  return translations[language]?.description || row.description;
}

/** "Size: S, M, L; Color: Red, Blue" (none for a product whose only variant is the default). */
export function optionsSummary(options: ProductOption[]): string | null {
  const real = options.filter((o) => !(o.values.length === 1 && o.values[0] === 'Default Title'));
  return real.length ? real.map((o) => `${o.name}: ${o.values.join(', ')}`).join('; ') : null;
}

/** A product in as few tokens as the model needs to talk about it (the card carries the rest). */
export function compactProduct(view: ProductView) {
  return {
    handle: view.handle,
    title: view.title,
    price: view.price,
    compareAtPrice: view.compareAtPrice,
    currency: view.currency,
    available: view.available,
    options: optionsSummary(view.options),
  };
}

// Metafields that describe the product (material, fit, care, weight…) as opposed to SEO, app
// bookkeeping, references to other objects or markup.
const ATTRIBUTE_TYPES =
  /^(single_line_text_field|multi_line_text_field|number_integer|number_decimal|boolean|dimension|weight|volume|rating|color|list\.single_line_text_field|list\.number_integer|list\.number_decimal|list\.color)$/;
const HIDDEN_NAMESPACES = /^(global|seo|shopify--|app--|mm-google-shopping|judgeme|spr|yotpo)/;
const HIDDEN_KEYS = /^(title_tag|description_tag|hidden|sort|.*_id|.*_json|.*_html|.*_url)$/;
const MAX_ATTRIBUTE_LENGTH = 300;

function formatMetafieldValue(type: string, value: string): string | null {
  try {
    if (type.startsWith('list.')) {
      const list = JSON.parse(value) as unknown[];
      return Array.isArray(list) ? list.map(String).join(', ') : null;
    }
    if (type === 'dimension' || type === 'weight' || type === 'volume') {
      const v = JSON.parse(value) as { value?: number; unit?: string };
      return v.value == null ? null : `${v.value} ${(v.unit ?? '').toLowerCase().replace(/_/g, ' ')}`.trim();
    }
    if (type === 'rating') {
      const v = JSON.parse(value) as { value?: string; scale_max?: string };
      return v.value == null ? null : `${v.value}/${v.scale_max ?? '5'}`;
    }
    if (type === 'boolean') return value === 'true' ? 'yes' : 'no';
  } catch {
    return null;
  }
  return value;
}

/** "material" → "Material", "care_instructions" → "Care instructions". */
export function attributeLabel(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The product's attribute metafields as label → text, e.g. { Material: 'Cotton' }. */
export function attributesOf(row: Pick<ProductRow, 'metafields'>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of JSON.parse(row.metafields) as CatalogMetafield[]) {
    if (!ATTRIBUTE_TYPES.test(m.type) || HIDDEN_NAMESPACES.test(m.namespace) || HIDDEN_KEYS.test(m.key)) continue;
    const text = formatMetafieldValue(m.type, m.value)?.trim();
    if (!text) continue;
    const label = attributeLabel(m.key);
    if (!(label in out)) out[label] = text.length > MAX_ATTRIBUTE_LENGTH ? `${text.slice(0, MAX_ATTRIBUTE_LENGTH - 1)}…` : text;
  }
  return out;
}

/** Handles of products like `text`, for "did you mean" when a handle is unknown. */
export async function suggestHandles(ctx: ToolContext, text: string, limit = 3): Promise<{ handle: string; title: string }[]> {
  const q = text.replace(/[-_/]+/g, ' ').trim();
  if (!q) return [];
  const { products } = await ctx.services.search.search(ctx.shop.shop, { q, limit, locale: ctx.shopper.language });
  return products.map((p) => ({ handle: p.handle, title: p.title }));
}
