import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describeProduct, generateStore, type GenerateStoreSummary } from '../generate-store';
import { loadStore } from '../load-store';
import type { DemoStore } from '../types';

let scratch: string;
let summary: GenerateStoreSummary;
let store: DemoStore;

// 57 products, 20 a file: three files, one in each header layout the generator writes.
const PRODUCTS = 57;
const SEED = 42;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'aisle-generate-'));
  summary = await generateStore({ products: PRODUCTS, out: path.join(scratch, 'a'), seed: SEED, productsPerFile: 20 });
  store = await loadStore(summary.out);
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function readStoreFiles(dir: string): Promise<Record<string, string>> {
  const names = [
    ...(await readdir(dir)).filter((n) => n.endsWith('.json')),
    ...(await readdir(path.join(dir, 'products'))).map((n) => `products/${n}`),
  ];
  return Object.fromEntries(await Promise.all(names.sort().map(async (n) => [n, await readFile(path.join(dir, n), 'utf8')] as const)));
}

describe('generateStore', () => {
  it('writes a store that loadStore reads back whole, without errors', () => {
    expect(summary.files).toEqual(['products/products-001.csv', 'products/products-002.csv', 'products/products-003.csv']);
    expect(store.productErrors).toEqual([]);
    expect(store.warnings).toEqual([]);
    expect(store.products).toHaveLength(PRODUCTS);
    expect(store.products.reduce((n, p) => n + p.variants.length, 0)).toBe(summary.variants);
    expect(store.customers).toHaveLength(summary.customers);
    expect(store.orders).toHaveLength(summary.orders);
    expect(store.shop.shopLocales).toEqual(['en', 'pl', 'de', 'es', 'fr']);
  });

  it('loads every product as the generator described it', () => {
    store.products.forEach((loaded, index) => {
      const made = describeProduct(SEED, index);
      // The first file has the classic layout, which has Published but no Status column.
      const status = index < 20 && made.status === 'ARCHIVED' ? 'DRAFT' : made.status;
      expect(loaded).toMatchObject({
        handle: made.handle,
        title: made.title,
        vendor: made.vendor,
        productType: made.productType,
        tags: made.tags,
        status,
        options: made.options,
      });
      expect(loaded.images.map((i) => i.url)).toEqual(made.images.map((i) => i.url));
      expect(loaded.variants.map((v) => [v.title, v.sku, v.price, v.compareAtPrice, v.inventoryQuantity, v.image])).toEqual(
        made.variants.map((v) => [v.title, v.sku, v.price, v.compareAtPrice, v.quantity, v.image]),
      );
      expect(loaded.variants.map((v) => v.available)).toEqual(
        made.variants.map((v) => v.quantity === null || v.continueSelling || v.quantity > 0),
      );
    });
    // The 2024 layout (third file) carries the material as a metafield.
    expect(store.products[45].metafields).toEqual([
      { namespace: 'custom', key: 'material', type: 'single_line_text_field', value: describeProduct(SEED, 45).material },
    ]);
  });

  it('makes a varied catalog: several variants, sold-out variants, sale prices, image rows', () => {
    const variants = store.products.flatMap((p) => p.variants);
    expect(new Set(store.products.map((p) => p.productType)).size).toBeGreaterThan(8);
    expect(new Set(store.products.map((p) => p.vendor)).size).toBeGreaterThan(8);
    expect(store.products.some((p) => p.options.length === 2)).toBe(true);
    expect(store.products.some((p) => p.options.length === 0)).toBe(true);
    expect(variants.some((v) => !v.available)).toBe(true);
    expect(variants.some((v) => v.compareAtPrice !== null && v.compareAtPrice > v.price)).toBe(true);
    expect(store.products.some((p) => p.images.length > p.variants.length)).toBe(true); // image-only rows
  });

  it('writes orders that name real products, variants and prices', () => {
    const byHandle = new Map(store.products.map((p) => [p.handle, p]));
    for (const order of store.orders) {
      expect(order.lineItems.length).toBeGreaterThan(0);
      for (const line of order.lineItems) {
        const variant = byHandle.get(line.handle)?.variants.find((v) => v.title === line.variantTitle);
        expect(variant).toBeDefined();
        expect(Number(line.price)).toBe(variant!.price);
      }
    }
  });

  it('is deterministic for a seed and differs between seeds', async () => {
    const again = await generateStore({ products: PRODUCTS, out: path.join(scratch, 'b'), seed: SEED, productsPerFile: 20 });
    const other = await generateStore({ products: PRODUCTS, out: path.join(scratch, 'c'), seed: SEED + 1, productsPerFile: 20 });
    const first = await readStoreFiles(summary.out);
    expect(await readStoreFiles(again.out)).toEqual(first);
    expect((await readStoreFiles(other.out))['products/products-001.csv']).not.toEqual(first['products/products-001.csv']);
  });

  it('refuses to overwrite a store unless forced, and then replaces only store files', async () => {
    const out = path.join(scratch, 'd');
    await generateStore({ products: 30, out, productsPerFile: 10 });
    await writeFile(path.join(out, 'notes.txt'), 'keep me');
    await expect(generateStore({ products: 5, out })).rejects.toThrow(/already holds a store .*--force/);
    await generateStore({ products: 5, out, force: true });
    expect(await readdir(path.join(out, 'products'))).toEqual(['products-001.csv']);
    expect(await readFile(path.join(out, 'notes.txt'), 'utf8')).toBe('keep me');
    expect((await loadStore(out)).products).toHaveLength(5);
  });

  it('rejects more than 10,000 products per file', async () => {
    await expect(generateStore({ products: 5, out: path.join(scratch, 'e'), productsPerFile: 10_001 })).rejects.toThrow(
      'productsPerFile must be between 1 and 10000',
    );
  });
});
