import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogProduct } from '~/catalog/types';
import { loadStore, StoreFileError } from '../load-store';
import type { DemoStore } from '../types';

const DEMO_STORE = fileURLToPath(new URL('../../../../demo-store/', import.meta.url));

let store: DemoStore;
let byHandle: Map<string, CatalogProduct>;
let scratch: string;

beforeAll(async () => {
  store = await loadStore(DEMO_STORE);
  byHandle = new Map(store.products.map((p) => [p.handle, p]));
  scratch = await mkdtemp(path.join(os.tmpdir(), 'aisle-store-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** A copy of the demo store with some files replaced, to break it without touching the original. */
async function storeWith(name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(scratch, name);
  await cp(DEMO_STORE, dir, { recursive: true });
  await Promise.all(Object.entries(files).map(([file, text]) => writeFile(path.join(dir, file), text)));
  return dir;
}

describe('loadStore on the demo store', () => {
  it('loads all 60 products, 20 from each file, without errors or warnings', () => {
    expect(store.products).toHaveLength(60);
    expect(new Set(store.products.map((p) => p.handle)).size).toBe(60);
    expect(store.productErrors).toEqual([]);
    expect(store.warnings).toEqual([]);
    // Files are read in name order: apparel, home-and-garden, jewelery.
    expect([store.products[0].handle, store.products[20].handle, store.products[40].handle]).toEqual([
      'ocean-blue-shirt',
      'clay-plant-pot',
      'chain-bracelet',
    ]);
  });

  it('assembles multi-variant products and their image-only rows', () => {
    const top = byHandle.get('classic-varsity-top')!;
    expect(top.options).toEqual([{ name: 'Size', values: ['Small', 'Medium', 'Large'] }]);
    expect(top.variants.map((v) => v.title)).toEqual(['Small', 'Medium', 'Large']);

    const pot = byHandle.get('clay-plant-pot')!;
    expect(pot.variants.map((v) => [v.title, v.price, v.inventoryQuantity])).toEqual([
      ['Regular', 9.99, 1],
      ['Large', 15.99, 3],
    ]);
    expect(pot.images).toHaveLength(2);

    const gemstone = byHandle.get('gemstone')!;
    expect(gemstone.options).toEqual([{ name: 'Colour', values: ['Blue', 'Purple'] }]);
    expect(gemstone.images.map((i) => i.url.split('/').pop())).toEqual([
      'blue-gemstone-pendant_925x.jpg',
      'gemstone-necklace_925x.jpg',
      'womens-necklace_925x.jpg',
      'purple-gemstone-necklace_925x.jpg',
    ]);
    expect(gemstone.variants[1].image).toBe('https://burst.shopifycdn.com/photos/purple-gemstone-necklace_925x.jpg');
    expect(byHandle.get('origami-crane-necklace')!.images).toHaveLength(4);
  });

  it('gives single-variant products no options and a "Default Title" variant', () => {
    const shirt = byHandle.get('ocean-blue-shirt')!;
    expect(shirt.options).toEqual([]);
    expect(shirt.variants).toEqual([expect.objectContaining({ title: 'Default Title', options: [], price: 50, compareAtPrice: null })]);
  });

  it('marks the out-of-stock variants unavailable, and only those', () => {
    const soldOut = store.products.flatMap((p) => p.variants.filter((v) => !v.available).map((v) => `${p.handle}/${v.title}`));
    expect(soldOut).toEqual([
      'pink-armchair/Default Title',
      'wooden-outdoor-slats/Default Title',
      'chain-bracelet/Black',
      'leather-anchor/Silver',
      'gemstone/Purple',
    ]);
    // The one variant with an explicit tracker ("shopify") is in stock.
    expect(byHandle.get('biodegradable-cardboard-pots')!.variants[0]).toMatchObject({ available: true, inventoryQuantity: 8 });
  });

  it('keeps compare-at prices', () => {
    expect(byHandle.get('cream-sofa')!.variants[0]).toMatchObject({ price: 500, compareAtPrice: 750 });
    expect(byHandle.get('pretty-gold-necklace')!.variants[0]).toMatchObject({ price: 44.95, compareAtPrice: 63.99 });
    // Counted by hand in the CSVs: 16 home-and-garden and 14 jewelry products, no apparel.
    expect(store.products.filter((p) => p.variants.some((v) => v.compareAtPrice !== null)).length).toBe(30);
  });

  it('reads product fields from the first row of each product', () => {
    expect(byHandle.get('copper-light')).toMatchObject({
      title: 'Copper Light',
      description: 'Stylish copper bedside light',
      vendor: 'Company 123',
      productType: 'Indoor',
      tags: ['Copper', 'Bedroom'],
      status: 'ACTIVE',
    });
  });

  it('adds the translations of translations.json for every enabled locale', () => {
    for (const product of store.products) {
      expect(Object.keys(product.translations).sort()).toEqual(['de', 'es', 'fr', 'pl']);
      for (const translation of Object.values(product.translations)) {
        expect(translation.title).toBeTruthy();
        expect(Boolean(translation.productType)).toBe(product.productType !== '');
      }
    }
    expect(byHandle.get('pink-armchair')!.translations).toEqual({
      pl: { title: 'Różowy fotel', productType: 'Dom' },
      de: { title: 'Rosa Sessel', productType: 'Wohnen' },
      es: { title: 'Sillón rosa', productType: 'Hogar' },
      fr: { title: 'Fauteuil rose', productType: 'Maison' },
    });
  });

  it('reads the policy translations of policy-translations.json: every policy in every translated locale', () => {
    expect(Object.keys(store.policyTranslations!)).toEqual(Object.keys(store.policies));
    for (const locales of Object.values(store.policyTranslations!)) expect(Object.keys(locales).sort()).toEqual(['de', 'es', 'fr', 'pl']);
    expect(store.policyTranslations!.SHIPPING_POLICY.pl).toMatch(/^Zamówienia złożone w dzień roboczy przed 14:00/);
  });

  it('derives one collection per product type when there is no collections.json', () => {
    expect(store.collections!.map((c) => [c.handle, c.title, c.productHandles.length])).toEqual([
      ['outdoor', 'Outdoor', 7],
      ['indoor', 'Indoor', 13],
      ['bracelet', 'Bracelet', 5],
      ['earrings', 'Earrings', 4],
      ['necklace', 'Necklace', 11],
    ]);
    expect(byHandle.get('galaxy-earrings')!.collections).toEqual([{ handle: 'earrings', title: 'Earrings' }]);
    expect(byHandle.get('ocean-blue-shirt')!.collections).toEqual([]); // apparel has no Type
  });

  it('loads the shop, customers, orders, policies and FAQ', () => {
    expect(store.dir).toBe(path.resolve(DEMO_STORE));
    expect(store.shop).toMatchObject({ name: 'Northwind Goods', primaryLocale: 'en', currency: 'USD' });
    expect(store.customers).toHaveLength(8);
    expect(store.orders).toHaveLength(17);
    expect(store.orders[0].lineItems[0]).toEqual(expect.objectContaining({ handle: 'wooden-outdoor-slats', quantity: 1 }));
    expect(Object.keys(store.policies)).toEqual(['REFUND_POLICY', 'SHIPPING_POLICY', 'PRIVACY_POLICY', 'TERMS_OF_SERVICE']);
    expect(store.faq.length).toBeGreaterThan(0);
  });

  it('gives the same ids on every load, and takes updatedAt from the options or the file', async () => {
    const again = await loadStore(DEMO_STORE, { updatedAt: '2026-03-01T00:00:00.000Z' });
    expect(again.products.map((p) => [p.shopifyId, p.variants.map((v) => v.id)])).toEqual(
      store.products.map((p) => [p.shopifyId, p.variants.map((v) => v.id)]),
    );
    expect(store.products[0].shopifyId).toBe('gid://shopify/Product/1');
    expect(store.products[59].shopifyId).toBe('gid://shopify/Product/60');
    expect(again.products.every((p) => p.updatedAt === '2026-03-01T00:00:00.000Z')).toBe(true);
    expect(store.products[0].updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
  });
});

describe('loadStore on broken or extended stores', () => {
  it('names the file and field of a JSON value of the wrong shape', async () => {
    const orders = JSON.parse(await readFile(path.join(DEMO_STORE, 'orders.json'), 'utf8'));
    orders[2].lineItems[0].quantity = 'two';
    const dir = await storeWith('bad-order', { 'orders.json': JSON.stringify(orders) });
    await expect(loadStore(dir)).rejects.toThrow(
      new StoreFileError('orders.json', '[2].lineItems[0].quantity: Expected number, received string'),
    );
  });

  it('names the file of invalid JSON and of a missing shop.json', async () => {
    const dir = await storeWith('bad-json', { 'faq.json': '[{"q": "Hi?", "a": "Yes"},]' });
    await expect(loadStore(dir)).rejects.toThrow(/^faq\.json: invalid JSON: /);
    await expect(loadStore(path.join(scratch, 'no-such-store'))).rejects.toThrow(/^shop\.json: cannot read it in /);
  });

  it('checks the shop settings', async () => {
    const shop = JSON.parse(await readFile(path.join(DEMO_STORE, 'shop.json'), 'utf8'));
    const badCurrency = await storeWith('bad-currency', { 'shop.json': JSON.stringify({ ...shop, currency: 'usd' }) });
    await expect(loadStore(badCurrency)).rejects.toThrow('shop.json: currency: Expected an ISO 4217 code such as "USD"');
    const badLocale = await storeWith('bad-locale', { 'shop.json': JSON.stringify({ ...shop, primaryLocale: 'it' }) });
    await expect(loadStore(badLocale)).rejects.toThrow('shop.json: primaryLocale: primaryLocale must be one of shopLocales');
  });

  it('reports a product repeated in another file and loads the rest', async () => {
    const duplicate = 'Handle,Title,Variant Price\r\nnew-mug,New Mug,12\r\ncream-sofa,Cream Sofa Again,1';
    const dir = await storeWith('duplicate', { 'products/zz-extra.csv': duplicate });
    const loaded = await loadStore(dir);
    expect(loaded.products).toHaveLength(61);
    expect(loaded.productErrors).toEqual([
      {
        file: 'products/zz-extra.csv',
        row: 3,
        message: 'the handle is already loaded from products/shopify-sample-home-and-garden.csv; product "cream-sofa" skipped',
      },
    ]);
    expect(loaded.products.find((p) => p.handle === 'cream-sofa')!.title).toBe('Cream Sofa');
  });

  it('uses collections.json when present, and warns about what it cannot match', async () => {
    const collections = [
      { handle: 'sale', title: 'Sale', description: 'Marked down', products: ['cream-sofa', 'no-such-thing', 'gemstone'] },
      { handle: 'gifts', title: 'Gifts', products: ['gemstone'] },
    ];
    const translations = {
      'cream-sofa': { pl: { title: 'Kremowa sofa' }, it: { title: 'Divano crema' } },
      ghost: { pl: { title: 'Duch' } },
    };
    const dir = await storeWith('collections', {
      'collections.json': JSON.stringify(collections),
      'translations.json': JSON.stringify(translations),
    });
    const loaded = await loadStore(dir);
    expect(loaded.collections).toEqual([
      { handle: 'sale', title: 'Sale', description: 'Marked down', productHandles: ['cream-sofa', 'gemstone'] },
      { handle: 'gifts', title: 'Gifts', description: '', productHandles: ['gemstone'] },
    ]);
    const gemstone = loaded.products.find((p) => p.handle === 'gemstone')!;
    expect(gemstone.collections).toEqual([
      { handle: 'sale', title: 'Sale' },
      { handle: 'gifts', title: 'Gifts' },
    ]);
    expect(loaded.products.find((p) => p.handle === 'cream-sofa')!.translations).toEqual({ pl: { title: 'Kremowa sofa' } });
    expect(loaded.warnings).toEqual([
      'translations.json: "cream-sofa".it: "it" is not one of the shop\'s translated locales; ignored',
      'translations.json: no product "ghost"; its translations are ignored',
      'collections.json: collection "sale" lists unknown product "no-such-thing"',
    ]);
  });

  it('keeps policy translations of known policies in translated locales, warns about the rest, and rejects empty texts', async () => {
    const dir = await storeWith('policy-translations', {
      'policy-translations.json': JSON.stringify({
        REFUND_POLICY: { pl: 'Zwroty w 30 dni.', en: 'Returns.', it: 'Resi.' },
        LEGAL_NOTICE: { pl: 'Nota prawna.' },
      }),
    });
    const loaded = await loadStore(dir);
    expect(loaded.policyTranslations).toEqual({ REFUND_POLICY: { pl: 'Zwroty w 30 dni.' } });
    expect(loaded.warnings).toEqual([
      'policy-translations.json: REFUND_POLICY.en: "en" is not one of the shop\'s translated locales; ignored',
      'policy-translations.json: REFUND_POLICY.it: "it" is not one of the shop\'s translated locales; ignored',
      'policy-translations.json: policies.json has no LEGAL_NOTICE; its translations are ignored',
    ]);
    const empty = await storeWith('empty-policy-translation', {
      'policy-translations.json': JSON.stringify({ REFUND_POLICY: { pl: ' ' } }),
    });
    await expect(loadStore(empty)).rejects.toThrow(
      'policy-translations.json: REFUND_POLICY.pl: String must contain at least 1 character(s)',
    );
  });

  it('rejects translations with unknown fields', async () => {
    const dir = await storeWith('bad-translations', {
      'translations.json': JSON.stringify({ 'cream-sofa': { pl: { titel: 'Kremowa sofa' } } }),
    });
    await expect(loadStore(dir)).rejects.toThrow(`translations.json: ["cream-sofa"].pl: Unrecognized key(s) in object: 'titel'`);
  });
});
