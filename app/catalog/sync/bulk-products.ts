// Turns the JSONL of a products bulk operation into CatalogProducts, streaming: Shopify writes each
// product's line followed by the lines of its nested connections (tagged with __parentId), so a
// product is complete when the next product line (or the end) arrives. Memory stays at one product.
import type { CatalogProduct, CatalogVariant } from '../types';

interface BulkLine {
  id?: string;
  __parentId?: string;
  [key: string]: unknown;
}

export interface ParsedProduct {
  product: CatalogProduct;
  /** 1-based number of the product's last line in the file; a resumed sync skips up to it. */
  lastLine: number;
}

/**
 * Lines of a bulk result file, streamed from its URL. Every complete line received is yielded
 * before a connection error surfaces, so the caller's progress reflects what really arrived.
 */
export async function* fetchJsonlLines(url: string, fetchImpl: typeof fetch = fetch): AsyncGenerator<string> {
  const response = await fetchImpl(url);
  if (!response.ok || !response.body) throw new Error(`bulk result download failed: HTTP ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pending += value;
    let newline: number;
    while ((newline = pending.indexOf('\n')) >= 0) {
      yield pending.slice(0, newline).replace(/\r$/, '');
      pending = pending.slice(newline + 1);
    }
  }
  if (pending) yield pending;
}

export async function* productsFromJsonl(lines: AsyncIterable<string>): AsyncGenerator<ParsedProduct> {
  let current: CatalogProduct | null = null;
  let lineNo = 0;
  let lastLine = 0;
  for await (const raw of lines) {
    lineNo++;
    if (!raw.trim()) continue;
    const line = JSON.parse(raw) as BulkLine;
    if (!line.__parentId) {
      if (current) yield { product: current, lastLine };
      current = productFromLine(line);
    } else if (current && line.__parentId === current.shopifyId) {
      addChild(current, line);
    }
    // A child whose parent isn't the current product can only come from a malformed file: skip it.
    lastLine = lineNo;
  }
  if (current) yield { product: current, lastLine };
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function money(v: unknown): number | null {
  if (v == null || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

function productFromLine(line: BulkLine): CatalogProduct {
  const options = (line.options as { name: string; values: string[] }[] | undefined) ?? [];
  return {
    shopifyId: str(line.id),
    handle: str(line.handle),
    title: str(line.title),
    description: str(line.description),
    vendor: str(line.vendor),
    productType: str(line.productType),
    tags: Array.isArray(line.tags) ? (line.tags as string[]) : [],
    status: str(line.status) || 'ACTIVE',
    // Shopify reports a single "Title: Default Title" option for products without options.
    options: options.filter((o) => !(o.name === 'Title' && o.values.length === 1 && o.values[0] === 'Default Title')),
    variants: [],
    images: [],
    collections: [],
    metafields: [],
    translations: {},
    updatedAt: str(line.updatedAt) || new Date(0).toISOString(),
  };
}

function addChild(product: CatalogProduct, line: BulkLine): void {
  const id = str(line.id);
  if (id.startsWith('gid://shopify/ProductVariant/')) {
    product.variants.push(variantFromLine(line));
  } else if (line.image && typeof line.image === 'object') {
    const image = line.image as { url?: string; altText?: string | null };
    if (image.url) product.images.push({ url: image.url, altText: image.altText ?? null });
  } else if ('namespace' in line && 'key' in line) {
    product.metafields.push({ namespace: str(line.namespace), key: str(line.key), type: str(line.type), value: str(line.value) });
  } else if ('handle' in line && 'title' in line) {
    product.collections.push({ handle: str(line.handle), title: str(line.title) });
  }
}

function variantFromLine(line: BulkLine): CatalogVariant {
  const inventoryQuantity = typeof line.inventoryQuantity === 'number' ? line.inventoryQuantity : null;
  return {
    id: str(line.id),
    title: str(line.title),
    sku: str(line.sku),
    price: money(line.price) ?? 0,
    compareAtPrice: money(line.compareAtPrice),
    available: line.availableForSale === true,
    inventoryQuantity,
    options: ((line.selectedOptions as { name: string; value: string }[] | undefined) ?? []).filter(
      (o) => !(o.name === 'Title' && o.value === 'Default Title'),
    ),
    image: null,
  };
}

/** Translation lines: {resourceId, t_pl: [{key, value}], ...} → locale → fields. */
export function translationsFromLine(
  line: Record<string, unknown>,
  aliases: Record<string, string>,
): { resourceId: string; translations: CatalogProduct['translations'] } {
  const translations: CatalogProduct['translations'] = {};
  for (const [alias, locale] of Object.entries(aliases)) {
    const entries = (line[alias] as { key: string; value: string }[] | undefined) ?? [];
    const t: CatalogProduct['translations'][string] = {};
    for (const { key, value } of entries) {
      if (key === 'title') t.title = value;
      else if (key === 'body_html') t.description = value.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
      else if (key === 'product_type') t.productType = value;
    }
    if (Object.keys(t).length) translations[locale] = t;
  }
  return { resourceId: str(line.resourceId), translations };
}
