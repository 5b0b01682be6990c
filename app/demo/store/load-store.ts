// A demo store folder (see demo-store/README.md) → one in-memory DemoStore.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ZodType, ZodTypeDef } from 'zod';
import type { CatalogProduct } from '~/catalog/types';
import { createIdAllocator } from './ids';
import { parseProductCsv } from './product-csv';
import { slugify } from './slug';
import {
  collectionsSchema,
  customersSchema,
  faqSchema,
  ordersSchema,
  policiesSchema,
  policyTranslationsSchema,
  shopSchema,
  translationsSchema,
} from './store-schemas';
import type { DemoStore, StoreCollection, StoreOrder, StorePolicies, StorePolicyTranslations, StoreRowError, StoreShop } from './types';

export interface LoadStoreOptions {
  /**
   * updatedAt of every product. By default each product gets its CSV file's modification time:
   * stable while the file is unchanged, and newer once it is edited, so a sync picks the edit up.
   */
  updatedAt?: string;
}

/** A store file that is missing, not JSON, or not of the expected shape. */
export class StoreFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'StoreFileError';
  }
}

export async function loadStore(dir: string, opts: LoadStoreOptions = {}): Promise<DemoStore> {
  const root = path.resolve(dir);
  const readJson = jsonReader(root);
  const shop: StoreShop = await readJson('shop.json', shopSchema);
  const [customers, orders, policies, faq, translations, collectionFile, policyTranslationFile] = await Promise.all([
    readJson('customers.json', customersSchema, []),
    readJson('orders.json', ordersSchema, []),
    readJson('policies.json', policiesSchema, {}),
    readJson('faq.json', faqSchema, []),
    readJson('translations.json', translationsSchema, {}),
    readJson('collections.json', collectionsSchema, null),
    readJson('policy-translations.json', policyTranslationsSchema, {}),
  ]);

  const { products, productErrors } = await loadProducts(root, opts);
  const warnings: string[] = [];
  applyTranslations(products, translations, shop, warnings);
  const policyTranslations = checkPolicyTranslations(policyTranslationFile, policies, shop, warnings);
  const collections = collectionFile ? applyCollections(products, collectionFile, warnings) : deriveCollections(products);
  checkOrders(orders as StoreOrder[], products, warnings);

  return {
    dir: root,
    shop,
    products,
    productErrors,
    customers,
    orders: orders as StoreOrder[],
    policies,
    policyTranslations,
    faq,
    collections,
    warnings,
  };
}

function jsonReader(root: string) {
  async function readJson<T>(file: string, schema: ZodType<T, ZodTypeDef, unknown>): Promise<T>;
  async function readJson<T, D>(file: string, schema: ZodType<T, ZodTypeDef, unknown>, fallback: D): Promise<T | D>;
  async function readJson<T, D>(file: string, schema: ZodType<T, ZodTypeDef, unknown>, ...fallback: [D?]) {
    let text: string;
    try {
      text = await readFile(path.join(root, file), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' && fallback.length > 0) return fallback[0];
      throw new StoreFileError(file, `cannot read it in ${root} (${(err as Error).message})`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw new StoreFileError(file, `invalid JSON: ${(err as Error).message}`);
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const problems = parsed.error.issues.slice(0, 5).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
      const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
      throw new StoreFileError(file, problems.join('; ') + more);
    }
    return parsed.data;
  }
  return readJson;
}

/** ["orders", 3, "lineItems", 0, "price"] → orders[3].lineItems[0].price */
function formatPath(parts: (string | number)[]): string {
  if (parts.length === 0) return '(top level)';
  return parts
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : /^[A-Za-z_$][\w$]*$/.test(part) ? `${i ? '.' : ''}${part}` : `[${JSON.stringify(part)}]`,
    )
    .join('');
}

async function loadProducts(root: string, opts: LoadStoreOptions) {
  const productsDir = path.join(root, 'products');
  let names: string[];
  try {
    names = (await readdir(productsDir)).filter((name) => name.toLowerCase().endsWith('.csv'));
  } catch (err) {
    throw new StoreFileError('products/', `cannot read the folder (${(err as Error).message})`);
  }
  if (names.length === 0) throw new StoreFileError('products/', 'no .csv files');
  // Code-point order, not locale order, so the ids do not depend on the machine's locale.
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const ids = createIdAllocator();
  const loadedHandles = new Map<string, string>();
  const products: CatalogProduct[] = [];
  const productErrors: StoreRowError[] = [];
  for (const name of names) {
    const file = `products/${name}`;
    const full = path.join(productsDir, name);
    const [text, info] = await Promise.all([readFile(full, 'utf8'), stat(full)]);
    const updatedAt = opts.updatedAt ?? new Date(Math.floor(info.mtimeMs / 1000) * 1000).toISOString();
    const result = parseProductCsv(text, { file, ids, updatedAt, loadedHandles });
    for (const product of result.products) {
      loadedHandles.set(product.handle, file);
      products.push(product);
    }
    productErrors.push(...result.errors);
  }
  return { products, productErrors };
}

function applyTranslations(
  products: CatalogProduct[],
  translations: Record<string, Record<string, CatalogProduct['translations'][string]>>,
  shop: StoreShop,
  warnings: string[],
): void {
  const byHandle = new Map(products.map((product) => [product.handle, product]));
  for (const [handle, locales] of Object.entries(translations)) {
    const product = byHandle.get(handle);
    if (!product) {
      warnings.push(`translations.json: no product "${handle}"; its translations are ignored`);
      continue;
    }
    for (const [locale, fields] of Object.entries(locales)) {
      if (locale === shop.primaryLocale || !shop.shopLocales.includes(locale)) {
        warnings.push(`translations.json: "${handle}".${locale}: "${locale}" is not one of the shop's translated locales; ignored`);
        continue;
      }
      product.translations[locale] = { ...fields };
    }
  }
}

/** Translations of policies the store has, in its translated locales; anything else is a warning. */
function checkPolicyTranslations(
  file: StorePolicyTranslations,
  policies: StorePolicies,
  shop: StoreShop,
  warnings: string[],
): StorePolicyTranslations {
  const kept: StorePolicyTranslations = {};
  for (const [type, locales] of Object.entries(file)) {
    if (!(type in policies)) {
      warnings.push(`policy-translations.json: policies.json has no ${type}; its translations are ignored`);
      continue;
    }
    for (const [locale, text] of Object.entries(locales)) {
      if (locale === shop.primaryLocale || !shop.shopLocales.includes(locale)) {
        warnings.push(`policy-translations.json: ${type}.${locale}: "${locale}" is not one of the shop's translated locales; ignored`);
        continue;
      }
      (kept[type] ??= {})[locale] = text;
    }
  }
  return kept;
}

function applyCollections(
  products: CatalogProduct[],
  collections: { handle: string; title: string; description: string; products: string[] }[],
  warnings: string[],
): StoreCollection[] {
  const byHandle = new Map(products.map((product) => [product.handle, product]));
  return collections.map((collection) => {
    const productHandles: string[] = [];
    for (const handle of new Set(collection.products)) {
      const product = byHandle.get(handle);
      if (!product) {
        warnings.push(`collections.json: collection "${collection.handle}" lists unknown product "${handle}"`);
        continue;
      }
      product.collections.push({ handle: collection.handle, title: collection.title });
      productHandles.push(handle);
    }
    return { handle: collection.handle, title: collection.title, description: collection.description, productHandles };
  });
}

/** Without collections.json: one collection per product type, as many small shops organise theirs. */
function deriveCollections(products: CatalogProduct[]): StoreCollection[] {
  const byHandle = new Map<string, StoreCollection>();
  for (const product of products) {
    const handle = slugify(product.productType);
    if (!handle) continue;
    let collection = byHandle.get(handle);
    if (!collection) {
      collection = { handle, title: product.productType, description: '', productHandles: [] };
      byHandle.set(handle, collection);
    }
    collection.productHandles.push(product.handle);
    product.collections.push({ handle, title: collection.title });
  }
  return [...byHandle.values()];
}

/** Orders name products by handle and variant title; a dangling one is worth a warning. */
function checkOrders(orders: StoreOrder[], products: CatalogProduct[], warnings: string[]): void {
  const byHandle = new Map(products.map((product) => [product.handle, product]));
  orders.forEach((order) => {
    for (const line of order.lineItems) {
      const product = byHandle.get(line.handle);
      if (!product) warnings.push(`orders.json: order ${order.name} has unknown product "${line.handle}"`);
      else if (!product.variants.some((variant) => variant.title === line.variantTitle)) {
        warnings.push(`orders.json: order ${order.name}: "${line.handle}" has no variant "${line.variantTitle}"`);
      }
    }
  });
}
