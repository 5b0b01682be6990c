// Product, ProductVariant, media, collections and metafields as Admin API objects over the demo
// store's CatalogProducts. Fields are getters or methods (the default resolver calls methods with
// the field's arguments), so only what a query selects is computed.
import { createHash } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import type { CatalogImage, CatalogMetafield, CatalogProduct, CatalogVariant } from '~/catalog/types';
import { paginate, searchedConnection, type PageArgs } from '../connection';
import type { ExecContext } from '../context';
import { moneyString, moneyV2, textToHtml, toCents, truncate } from '../format';
import { childNumber, compareNumericIds, gid, legacyId } from '../ids';
import { compileSearch, matchDate, matchNumber, matchText, matchWords, type SearchTerm } from '../search-query';
import type { CollectionRecord, StoreModel } from './store-model';
import { productTranslations } from './translations';

const DEFAULT_OPTION = { name: 'Title', value: 'Default Title' };

// ---------------------------------------------------------------------------------------------
// Search and sort for `products(query:, sortKey:)`.

const PRODUCT_SEARCH_FIELDS = new Set([
  'title',
  'handle',
  'status',
  'vendor',
  'product_type',
  'tag',
  'tag_not',
  'sku',
  'id',
  'updated_at',
  'created_at',
  'published_at',
  'inventory_total',
  'collection_id',
  'product_id',
]);

function totalInventory(p: CatalogProduct): number {
  return p.variants.reduce((sum, v) => sum + (v.inventoryQuantity ?? 0), 0);
}

function productMatches(p: CatalogProduct, t: SearchTerm, model: StoreModel): boolean | undefined {
  const v = t.value;
  switch (t.field) {
    case undefined:
      return [p.title, p.vendor, p.productType, p.tags.join(' '), p.variants.map((x) => x.sku).join(' ')].some((text) =>
        matchWords(text, v),
      );
    case 'title':
      return v.endsWith('*') ? matchText(p.title, v) || matchWords(p.title, v) : matchWords(p.title, v);
    case 'handle':
      return matchText(p.handle, v);
    case 'status':
      return matchText(p.status, v);
    case 'vendor':
      return matchText(p.vendor, v);
    case 'product_type':
      return matchText(p.productType, v);
    case 'tag':
      return p.tags.some((tag) => matchText(tag, v));
    case 'tag_not':
      return !p.tags.some((tag) => matchText(tag, v));
    case 'sku':
      return p.variants.some((x) => matchText(x.sku, v));
    case 'id':
    case 'product_id':
      return matchNumber(legacyId(p.shopifyId), t.comparator, legacyId(v));
    case 'updated_at':
    case 'created_at':
      return matchDate(p.updatedAt, t.comparator, v);
    case 'published_at':
      return p.status.toUpperCase() === 'ACTIVE' && matchDate(p.updatedAt, t.comparator, v);
    case 'inventory_total':
      return matchNumber(totalInventory(p), t.comparator, v);
    case 'collection_id':
      return model.collectionsOfProduct(p).some((c) => c.id === legacyId(v));
  }
  return undefined;
}

const PRODUCT_SORTS: Record<string, (p: CatalogProduct) => string | number> = {
  TITLE: (p) => p.title.toLowerCase(),
  UPDATED_AT: (p) => p.updatedAt,
  CREATED_AT: (p) => p.updatedAt,
  PUBLISHED_AT: (p) => p.updatedAt,
  PRODUCT_TYPE: (p) => p.productType.toLowerCase(),
  VENDOR: (p) => p.vendor.toLowerCase(),
  INVENTORY_TOTAL: totalInventory,
};

function sortByKey<T>(items: T[], value: ((item: T) => string | number) | undefined, id: (item: T) => string): T[] {
  if (!value) return items;
  const keyed = items.map((item) => ({ item, k: value(item), id: id(item) }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : compareNumericIds(a.id, b.id)));
  return keyed.map((x) => x.item);
}

export function productList(
  model: StoreModel,
  source: CatalogProduct[],
  cacheKey: string,
  args: { query?: string | null; sortKey?: string | null },
): { items: CatalogProduct[]; unknownFields: string[] } {
  return model.cachedList(`${cacheKey}|${args.query ?? ''}|${args.sortKey ?? ''}`, () => {
    const search = compileSearch<CatalogProduct>(args.query, (p, t) => productMatches(p, t, model), PRODUCT_SEARCH_FIELDS);
    const filtered = args.query ? source.filter(search.matches) : source;
    const items = sortByKey(filtered, PRODUCT_SORTS[args.sortKey ?? 'ID'], (p) => legacyId(p.shopifyId));
    return { items, unknownFields: search.unknownFields };
  });
}

export function productConnection(
  model: StoreModel,
  source: CatalogProduct[],
  cacheKey: string,
  args: PageArgs & { query?: string | null; sortKey?: string | null },
  ctx: ExecContext,
  info: GraphQLResolveInfo,
) {
  return searchedConnection(
    productList(model, source, cacheKey, args),
    args,
    ctx,
    info,
    (p) => legacyId(p.shopifyId),
    (p) => new ProductNode(model, p),
  );
}

// ---------------------------------------------------------------------------------------------

function hasOnlyDefaultVariant(p: CatalogProduct): boolean {
  return p.variants.length <= 1 && p.options.length === 0;
}

function priceRange(cents: number[], currency: string) {
  const min = cents.length ? Math.min(...cents) : 0;
  const max = cents.length ? Math.max(...cents) : 0;
  return { min: moneyV2(min, currency), max: moneyV2(max, currency) };
}

export class ProductNode {
  readonly __typename = 'Product';
  constructor(
    private readonly model: StoreModel,
    readonly product: CatalogProduct,
  ) {}

  get id() {
    return this.product.shopifyId;
  }
  get legacyResourceId() {
    return legacyId(this.product.shopifyId);
  }
  get handle() {
    return this.product.handle;
  }
  get title() {
    return this.product.title;
  }
  description(args: { truncateAt?: number | null }) {
    return truncate(this.product.description, args.truncateAt);
  }
  get descriptionHtml() {
    return textToHtml(this.product.description);
  }
  get vendor() {
    return this.product.vendor;
  }
  get productType() {
    return this.product.productType;
  }
  get tags() {
    return this.product.tags;
  }
  get status() {
    return this.product.status.toUpperCase();
  }
  get updatedAt() {
    return this.product.updatedAt;
  }
  get createdAt() {
    return this.product.updatedAt;
  }
  get publishedAt() {
    return this.status === 'ACTIVE' ? this.product.updatedAt : null;
  }
  get isGiftCard() {
    return false;
  }
  get totalInventory() {
    return totalInventory(this.product);
  }
  get tracksInventory() {
    return this.product.variants.some((v) => v.inventoryQuantity != null);
  }
  get hasOnlyDefaultVariant() {
    return hasOnlyDefaultVariant(this.product);
  }
  get hasOutOfStockVariants() {
    return this.product.variants.some((v) => !v.available);
  }
  get variantsCount() {
    return { count: this.product.variants.length, precision: 'EXACT' };
  }
  get totalVariants() {
    return this.product.variants.length;
  }
  get onlineStoreUrl() {
    return this.status === 'ACTIVE' ? `${this.model.storefrontUrl}/products/${this.product.handle}` : null;
  }
  get onlineStorePreviewUrl() {
    return `${this.model.storefrontUrl}/products/${this.product.handle}`;
  }
  get seo() {
    return { title: null, description: null };
  }

  options(args: { first?: number | null }) {
    const options = this.product.options.length ? this.product.options : [{ name: DEFAULT_OPTION.name, values: [DEFAULT_OPTION.value] }];
    const number = this.legacyResourceId;
    return options.slice(0, args.first ?? undefined).map((option, i) => {
      const optionNumber = childNumber(number, i);
      return {
        __typename: 'ProductOption',
        id: gid('ProductOption', optionNumber),
        name: option.name,
        position: i + 1,
        values: option.values,
        optionValues: option.values.map((value, j) => ({
          __typename: 'ProductOptionValue',
          id: gid('ProductOptionValue', childNumber(optionNumber, j)),
          name: value,
          hasVariants: this.product.variants.some((v) =>
            v.options.length ? v.options.some((o) => o.name === option.name && o.value === value) : true,
          ),
          translations: () => [],
        })),
        translations: () => [],
      };
    });
  }

  variants(args: PageArgs & { sortKey?: string | null }, ctx: ExecContext, info: GraphQLResolveInfo) {
    const records = this.product.variants.map((variant, index) => ({ variant, index }));
    const sorts: Record<string, (r: (typeof records)[number]) => string | number> = {
      ID: (r) => Number(legacyId(r.variant.id)),
      TITLE: (r) => r.variant.title.toLowerCase(),
      FULL_TITLE: (r) => r.variant.title.toLowerCase(),
      SKU: (r) => r.variant.sku,
      INVENTORY_QUANTITY: (r) => r.variant.inventoryQuantity ?? 0,
    };
    const sorted = sortByKey(records, sorts[args.sortKey ?? 'POSITION'], (r) => String(r.index).padStart(6, '0'));
    return paginate(
      sorted,
      args,
      ctx,
      info,
      (r) => legacyId(r.variant.id),
      (r) => new VariantNode(this.model, this.product, r.variant, r.index),
    );
  }

  media(args: PageArgs, ctx: ExecContext, info: GraphQLResolveInfo) {
    return paginate(
      this.imageRecords(),
      args,
      ctx,
      info,
      (r) => r.number,
      (r) => mediaImage(this.product, r.image, r.number),
    );
  }
  images(args: PageArgs, ctx: ExecContext, info: GraphQLResolveInfo) {
    return paginate(
      this.imageRecords(),
      args,
      ctx,
      info,
      (r) => r.number,
      (r) => image(r.image, r.number),
    );
  }
  get featuredMedia() {
    const first = this.imageRecords()[0];
    return first ? mediaImage(this.product, first.image, first.number) : null;
  }
  get featuredImage() {
    const first = this.imageRecords()[0];
    return first ? image(first.image, first.number) : null;
  }
  private imageRecords() {
    const number = this.legacyResourceId;
    return this.product.images.map((image, i) => ({ image, number: childNumber(number, i) }));
  }

  collections(args: PageArgs & { query?: string | null; sortKey?: string | null }, ctx: ExecContext, info: GraphQLResolveInfo) {
    return collectionConnection(this.model, this.model.collectionsOfProduct(this.product), args, ctx, info);
  }

  metafields(args: PageArgs & { namespace?: string | null; keys?: string[] | null }, ctx: ExecContext, info: GraphQLResolveInfo) {
    const records = this.product.metafields
      .map((metafield, i) => ({ metafield, number: childNumber(this.legacyResourceId, i) }))
      .filter(
        ({ metafield: m }) =>
          (args.namespace == null || m.namespace === args.namespace) && (!args.keys || args.keys.includes(`${m.namespace}.${m.key}`)),
      );
    return paginate(
      records,
      args,
      ctx,
      info,
      (r) => r.number,
      (r) => metafield(this, r.metafield, r.number),
    );
  }
  metafield(args: { namespace?: string | null; key: string }) {
    const namespace = args.namespace ?? '$app';
    const i = this.product.metafields.findIndex((m) => m.namespace === namespace && m.key === args.key);
    return i === -1 ? null : metafield(this, this.product.metafields[i], childNumber(this.legacyResourceId, i));
  }

  get priceRangeV2() {
    const { min, max } = priceRange(
      this.product.variants.map((v) => toCents(v.price)),
      this.model.currency,
    );
    return { minVariantPrice: min, maxVariantPrice: max };
  }
  get priceRange() {
    return this.priceRangeV2;
  }
  get compareAtPriceRange() {
    const cents = this.product.variants.filter((v) => v.compareAtPrice != null).map((v) => toCents(v.compareAtPrice!));
    const { min, max } = priceRange(cents, this.model.currency);
    return { minVariantCompareAtPrice: min, maxVariantCompareAtPrice: max };
  }

  translations(args: { locale: string }) {
    return productTranslations(this.product, args.locale);
  }
}

export class VariantNode {
  readonly __typename = 'ProductVariant';
  constructor(
    private readonly model: StoreModel,
    private readonly p: CatalogProduct,
    readonly variant: CatalogVariant,
    private readonly index: number,
  ) {}

  get id() {
    return this.variant.id;
  }
  get legacyResourceId() {
    return legacyId(this.variant.id);
  }
  get title() {
    return this.variant.title;
  }
  get displayName() {
    return `${this.p.title} - ${this.variant.title}`;
  }
  get sku() {
    return this.variant.sku;
  }
  get barcode() {
    return null;
  }
  get price() {
    return moneyString(this.variant.price);
  }
  get compareAtPrice() {
    return this.variant.compareAtPrice == null ? null : moneyString(this.variant.compareAtPrice);
  }
  get availableForSale() {
    return this.variant.available;
  }
  get inventoryQuantity() {
    return this.variant.inventoryQuantity;
  }
  /** CatalogVariant keeps only `available`; a sellable variant with no stock must be CONTINUE. */
  get inventoryPolicy() {
    const q = this.variant.inventoryQuantity;
    return q != null && q <= 0 && this.variant.available ? 'CONTINUE' : 'DENY';
  }
  get sellableOnlineQuantity() {
    return this.variant.available ? Math.max(this.variant.inventoryQuantity ?? 0, 0) : 0;
  }
  get position() {
    return this.index + 1;
  }
  get createdAt() {
    return this.p.updatedAt;
  }
  get updatedAt() {
    return this.p.updatedAt;
  }
  get selectedOptions() {
    const selected = this.variant.options.length ? this.variant.options : [DEFAULT_OPTION];
    const productOptions = this.p.options.length ? this.p.options : [{ name: DEFAULT_OPTION.name, values: [DEFAULT_OPTION.value] }];
    return selected.map((o) => {
      const i = productOptions.findIndex((po) => po.name === o.name);
      const j = i === -1 ? -1 : productOptions[i].values.indexOf(o.value);
      const optionNumber = childNumber(legacyId(this.p.shopifyId), Math.max(i, 0));
      return {
        name: o.name,
        value: o.value,
        optionValue: {
          __typename: 'ProductOptionValue',
          id: gid('ProductOptionValue', childNumber(optionNumber, Math.max(j, 0))),
          name: o.value,
          hasVariants: true,
          translations: () => [],
        },
      };
    });
  }
  image() {
    return this.variant.image
      ? image({ url: this.variant.image, altText: null }, this.imageNumber() ?? `${this.legacyResourceId}999`)
      : null;
  }
  media(args: PageArgs, ctx: ExecContext, info: GraphQLResolveInfo) {
    const number = this.imageNumber();
    const i = number ? this.p.images.findIndex((img) => img.url === this.variant.image) : -1;
    const records = number && i !== -1 ? [{ image: this.p.images[i], number }] : [];
    return paginate(
      records,
      args,
      ctx,
      info,
      (r) => r.number,
      (r) => mediaImage(this.p, r.image, r.number),
    );
  }
  private imageNumber(): string | null {
    const i = this.p.images.findIndex((img) => img.url === this.variant.image);
    return i === -1 ? null : childNumber(legacyId(this.p.shopifyId), i);
  }
  get product() {
    return new ProductNode(this.model, this.p);
  }
  get inventoryItem() {
    return {
      __typename: 'InventoryItem',
      id: gid('InventoryItem', this.legacyResourceId),
      legacyResourceId: this.legacyResourceId,
      sku: this.variant.sku,
      tracked: this.variant.inventoryQuantity != null,
      requiresShipping: true,
      createdAt: this.p.updatedAt,
      updatedAt: this.p.updatedAt,
      variant: this,
    };
  }
  metafields(args: PageArgs, ctx: ExecContext, info: GraphQLResolveInfo) {
    return paginate(
      [] as never[],
      args,
      ctx,
      info,
      () => '',
      (x) => x,
    );
  }
  translations() {
    return [];
  }
}

export function image(img: CatalogImage, number: string) {
  return {
    __typename: 'Image',
    id: gid('ProductImage', number),
    url: () => img.url,
    src: img.url,
    originalSrc: img.url,
    transformedSrc: () => img.url,
    altText: img.altText,
    width: null,
    height: null,
    translations: () => [],
  };
}

export function mediaImage(p: CatalogProduct, img: CatalogImage, number: string) {
  const picture = image(img, number);
  return {
    __typename: 'MediaImage',
    id: gid('MediaImage', number),
    alt: img.altText,
    mediaContentType: 'IMAGE',
    status: 'READY',
    fileStatus: 'READY',
    mimeType: null,
    image: picture,
    preview: { image: picture, status: 'READY' },
    createdAt: p.updatedAt,
    updatedAt: p.updatedAt,
    mediaErrors: [],
    mediaWarnings: [],
    fileErrors: [],
    translations: () => [],
  };
}

/** Metafield.jsonValue: the value parsed as its type says (numbers, booleans, JSON and lists). */
function jsonValue(m: CatalogMetafield): unknown {
  if (
    m.type === 'json' ||
    m.type.startsWith('list.') ||
    m.type === 'money' ||
    m.type === 'rating' ||
    m.type === 'dimension' ||
    m.type === 'weight' ||
    m.type === 'volume'
  ) {
    try {
      return JSON.parse(m.value);
    } catch {
      return m.value;
    }
  }
  if (m.type === 'number_integer' || m.type === 'number_decimal') return Number(m.value);
  if (m.type === 'boolean') return m.value === 'true';
  return m.value;
}

function metafield(owner: ProductNode, m: CatalogMetafield, number: string) {
  return {
    __typename: 'Metafield',
    id: gid('Metafield', number),
    legacyResourceId: number,
    namespace: m.namespace,
    key: m.key,
    type: m.type,
    value: m.value,
    jsonValue: jsonValue(m),
    compareDigest: createHash('sha256').update(m.value).digest('hex'),
    createdAt: owner.updatedAt,
    updatedAt: owner.updatedAt,
    ownerType: 'PRODUCT',
    owner,
    definition: null,
    reference: null,
    references: null,
    translations: () => [],
  };
}

// ---------------------------------------------------------------------------------------------
// Collections (gathered from the products' collection lists).

const COLLECTION_SEARCH_FIELDS = new Set(['title', 'handle', 'id', 'updated_at', 'collection_type']);

export function collectionConnection(
  model: StoreModel,
  source: CollectionRecord[],
  args: PageArgs & { query?: string | null; sortKey?: string | null },
  ctx: ExecContext,
  info: GraphQLResolveInfo,
) {
  const search = compileSearch<CollectionRecord>(
    args.query,
    (c, t) => {
      switch (t.field) {
        case undefined:
        case 'title':
          return matchWords(c.title, t.value);
        case 'handle':
          return matchText(c.handle, t.value);
        case 'id':
          return matchNumber(c.id, t.comparator, legacyId(t.value));
        case 'updated_at':
          return matchDate(c.updatedAt, t.comparator, t.value);
        case 'collection_type':
          return matchText('custom', t.value);
      }
      return undefined;
    },
    COLLECTION_SEARCH_FIELDS,
  );
  const sorts: Record<string, (c: CollectionRecord) => string> = { TITLE: (c) => c.title.toLowerCase(), UPDATED_AT: (c) => c.updatedAt };
  const items = sortByKey(source.filter(search.matches), sorts[args.sortKey ?? 'ID'], (c) => c.id);
  return searchedConnection(
    { items, unknownFields: search.unknownFields },
    args,
    ctx,
    info,
    (c) => c.id,
    (c) => new CollectionNode(model, c),
  );
}

export class CollectionNode {
  readonly __typename = 'Collection';
  constructor(
    private readonly model: StoreModel,
    readonly record: CollectionRecord,
  ) {}
  get id() {
    return gid('Collection', this.record.id);
  }
  get legacyResourceId() {
    return this.record.id;
  }
  get handle() {
    return this.record.handle;
  }
  get title() {
    return this.record.title;
  }
  description(args: { truncateAt?: number | null }) {
    return truncate(this.record.description, args.truncateAt);
  }
  get descriptionHtml() {
    return textToHtml(this.record.description);
  }
  get updatedAt() {
    return this.record.updatedAt || this.model.epoch;
  }
  get sortOrder() {
    return 'MANUAL';
  }
  get seo() {
    return { title: null, description: null };
  }
  get image() {
    return null;
  }
  get productsCount() {
    return { count: this.record.products.length, precision: 'EXACT' };
  }
  hasProduct(args: { id: string }) {
    return this.record.products.some((p) => p.shopifyId === args.id);
  }
  products(args: PageArgs & { sortKey?: string | null }, ctx: ExecContext, info: GraphQLResolveInfo) {
    const sortKey = args.sortKey === 'TITLE' ? 'TITLE' : args.sortKey === 'CREATED' ? 'CREATED_AT' : undefined;
    return productConnection(
      this.model,
      this.record.products,
      `collection:${this.record.id}`,
      { ...args, query: null, sortKey },
      ctx,
      info,
    );
  }
  translations() {
    return [];
  }
}
