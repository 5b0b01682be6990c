import { createTestDb, type TestDb } from '../../../../test/helpers/db';
import { addToCart } from '../add-to-cart';
import { compareProducts } from '../compare-products';
import { productDetails } from '../product-details';
import { searchProducts } from '../search-products';
import { dataOf, OTHER_SHOP, seedCatalogs, toolContext } from './context';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedCatalogs(t.db);
});
afterAll(() => t.drop());

describe('search_products', () => {
  test('gives the model compact rows and the shopper full cards, with the filters applied', async () => {
    const result = await searchProducts.run({ query: 'necklace', maxPrice: 30, available: true }, toolContext(t.db));
    expect(result.ok).toBe(true);
    const data = dataOf(result);
    expect(data.products.length).toBeGreaterThan(0);
    expect(data.products.length).toBe(result.products!.length);
    for (const p of data.products) {
      expect(Object.keys(p).sort()).toEqual(['available', 'compareAtPrice', 'currency', 'handle', 'options', 'price', 'title']);
      expect(p.price).toBeLessThanOrEqual(30);
      expect(p.available).toBe(true);
    }
    expect(result.products![0]).toMatchObject({ url: expect.stringMatching(/^\/products\//), variants: expect.any(Array) });
    expect(data.products.map((p: { handle: string }) => p.handle)).not.toContain('gold-bird-necklace');
  });

  test("titles come in the shopper's language, and option filters and limits hold", async () => {
    const pl = await searchProducts.run({ query: 'sofa', limit: 2 }, toolContext(t.db, { shopper: { language: 'pl' } }));
    expect(dataOf(pl).products).toHaveLength(2);
    expect(
      dataOf(pl)
        .products.map((p: { title: string }) => p.title)
        .join(' '),
    ).toMatch(/sofa/i);
    expect(dataOf(pl).products.some((p: { title: string }) => /Szara|Żółta|Kremowa/.test(p.title))).toBe(true);
    const sized = await searchProducts.run({ query: '', options: [{ name: 'Size', value: 'Large' }] }, toolContext(t.db));
    const handles = dataOf(sized).products.map((p: { handle: string }) => p.handle);
    expect(handles).toEqual(expect.arrayContaining(['classic-varsity-top', 'clay-plant-pot']));
    expect(dataOf(sized).products.find((p: { handle: string }) => p.handle === 'classic-varsity-top').options).toBe(
      'Size: Small, Medium, Large',
    );
  });

  test('sorts by price over every match, not just the most relevant few', async () => {
    const all = await searchProducts.run({ query: 'necklace', limit: 8 }, toolContext(t.db));
    const low = await searchProducts.run({ query: 'necklace', sort: 'price_low', limit: 3 }, toolContext(t.db));
    const high = await searchProducts.run({ query: 'necklace', sort: 'price_high', limit: 3 }, toolContext(t.db));
    const prices = (r: typeof low) => dataOf(r).products.map((p: { price: number }) => p.price);
    expect(prices(low)).toEqual([...prices(low)].sort((a, b) => a - b));
    expect(prices(high)).toEqual([...prices(high)].sort((a, b) => b - a));
    expect(dataOf(low).total).toBe(dataOf(all).total);
    expect(dataOf(all).total).toBeGreaterThan(8);
    // Asking for more changes nothing at the top: the ranking covers every match.
    const everything = await searchProducts.run({ query: 'necklace', sort: 'price_low', limit: 8 }, toolContext(t.db));
    expect(Math.min(...prices(everything))).toBe(prices(low)[0]);
    expect(prices(high)[0]).toBeGreaterThan(prices(low)[0]);
    expect((await searchProducts.run({ query: 'necklace', sort: 'newest' }, toolContext(t.db))).error).toBe('invalid_input');
  });

  test('searches only the shop it runs for', async () => {
    const other = await searchProducts.run({ query: 'sweater' }, toolContext(t.db, { shop: OTHER_SHOP }));
    expect(
      dataOf(other)
        .products.map((p: { handle: string }) => p.handle)
        .sort(),
    ).toEqual(['cotton-sweater', 'merino-sweater']);
    const demo = await searchProducts.run({ query: 'merino sweater' }, toolContext(t.db));
    expect(dataOf(demo).products.map((p: { handle: string }) => p.handle)).not.toContain('merino-sweater');
  });
});

describe('product_details', () => {
  test('variants with stock words, compare-at prices and attribute metafields (not SEO or references)', async () => {
    const result = await productDetails.run(
      { handle: 'merino-sweater' },
      toolContext(t.db, { shop: OTHER_SHOP, shopper: { language: 'pl' } }),
    );
    const data = dataOf(result);
    expect(data).toMatchObject({
      handle: 'merino-sweater',
      title: 'Sweter z merynosów',
      currency: 'EUR',
      price: 89,
      available: true,
    });
    expect(data.description).toMatch(/^<<<UNTRUSTED PRODUCT_DESCRIPTION id=\w+>>>\n.*\n│ Miękka wełna merynosów\.\n<<<END_UNTRUSTED/);
    expect(data.variants).toEqual([
      {
        id: '911',
        title: 'S',
        options: [{ name: 'Size', value: 'S' }],
        price: 89,
        compareAtPrice: null,
        available: false,
        stock: 'out_of_stock',
      },
      {
        id: '912',
        title: 'M',
        options: [{ name: 'Size', value: 'M' }],
        price: 89,
        compareAtPrice: null,
        available: true,
        stock: 'low',
        quantityLeft: 3,
      },
      {
        id: '913',
        title: 'L',
        options: [{ name: 'Size', value: 'L' }],
        price: 89,
        compareAtPrice: null,
        available: true,
        stock: 'in_stock',
      },
    ]);
    expect(data.attributes).toEqual({ Material: '100% merino wool', 'Care instructions': 'Hand wash cold', Weight: '320 grams' });
    expect(result.products).toHaveLength(1);
  });

  test('accepts a product URL, and answers not_found with suggestions for an unknown handle', async () => {
    const byUrl = await productDetails.run(
      { handle: 'https://northwind.example/products/Gold-Bird-Necklace?variant=1' },
      toolContext(t.db),
    );
    expect(dataOf(byUrl)).toMatchObject({ handle: 'gold-bird-necklace', price: 79.99, compareAtPrice: null });
    const missing = await productDetails.run({ handle: 'golden-bird-necklace' }, toolContext(t.db));
    expect(missing).toMatchObject({ ok: false, error: 'not_found' });
    expect(dataOf(missing).suggestions.map((s: { handle: string }) => s.handle)).toContain('gold-bird-necklace');
  });

  test("another shop's, draft and deleted products are not found", async () => {
    for (const [handle, shop] of [
      ['merino-sweater', undefined],
      ['gold-bird-necklace', OTHER_SHOP],
      ['draft-sweater', OTHER_SHOP],
      ['gone-sweater', OTHER_SHOP],
    ] as const) {
      expect((await productDetails.run({ handle }, toolContext(t.db, { shop }))).error).toBe('not_found');
    }
  });
});

describe('compare_products', () => {
  test('a table of price, stock, options and attributes, with differences marked', async () => {
    const result = await compareProducts.run(
      { handles: ['merino-sweater', 'cotton-sweater', 'no-such-sweater'] },
      toolContext(t.db, { shop: OTHER_SHOP }),
    );
    expect(result.ok).toBe(true);
    const rows = Object.fromEntries(result.comparison!.rows.map((r) => [r.attribute, r]));
    expect(rows.Price).toEqual({ attribute: 'Price', values: ['€89.00', '€59.00'], differs: true });
    expect(rows.Was).toEqual({ attribute: 'Was', values: ['—', '€79.00'], differs: true });
    expect(rows.Availability.values).toEqual(['In stock', 'In stock']);
    expect(rows.Availability.differs).toBe(false);
    expect(rows.Type).toMatchObject({ values: ['Sweaters', 'Sweaters'], differs: false });
    expect(rows.Size).toMatchObject({ values: ['S, M, L', 'S, M'], differs: true });
    expect(rows.Material).toMatchObject({ values: ['100% merino wool', 'Organic cotton'], differs: true });
    expect(rows['Care instructions'].values).toEqual(['Hand wash cold', '—']);
    expect(result.comparison!.products.map((p) => p.handle)).toEqual(['merino-sweater', 'cotton-sweater']);
    expect(dataOf(result).missing).toEqual(['no-such-sweater']);
    expect(dataOf(result).rows).toEqual(result.comparison!.rows);
  });

  test("row names follow the shopper's language", async () => {
    const result = await compareProducts.run(
      { handles: ['chain-bracelet', 'leather-anchor'] },
      toolContext(t.db, { shopper: { language: 'de' } }),
    );
    expect(result.comparison!.rows.map((r) => r.attribute)).toEqual(expect.arrayContaining(['Preis', 'Verfügbarkeit', 'Marke', 'Color']));
    expect(result.comparison!.rows.find((r) => r.attribute === 'Color')!.values).toEqual(['Blue, Black', 'Gold, Silver']);
  });

  test('fewer than two known products is not_found, and other shops stay out of it', async () => {
    const result = await compareProducts.run({ handles: ['merino-sweater', 'gold-bird-necklace'] }, toolContext(t.db));
    expect(result).toMatchObject({ ok: false, error: 'not_found', data: { found: ['gold-bird-necklace'], missing: ['merino-sweater'] } });
  });
});

describe('add_to_cart', () => {
  const run = (input: object, shop?: string) => addToCart.run(input, toolContext(t.db, { shop }));

  test('by option value, by variant id or GID: a cart action with the numeric variant id', async () => {
    const byOption = await run({ handle: 'classic-varsity-top', options: [{ name: 'size', value: 'medium' }], quantity: 2 });
    expect(byOption.actions).toEqual([
      { type: 'add_to_cart', variantId: '3', productHandle: 'classic-varsity-top', title: 'Classic Varsity Top – Medium', quantity: 2 },
    ]);
    expect(dataOf(byOption)).toMatchObject({ added: { variantId: '3', variant: 'Medium', price: 60, quantity: 2 }, assumedVariant: false });
    expect((await run({ handle: 'classic-varsity-top', variantId: 'gid://shopify/ProductVariant/4' })).actions![0]).toMatchObject({
      variantId: '4',
      quantity: 1,
    });
    // The shop says "Colour"; the model says "Color": the value decides.
    expect((await run({ handle: 'gemstone', options: [{ name: 'Color', value: 'Blue' }] })).actions![0].type).toBe('add_to_cart');
  });

  test('with no variant named: the only one, or the first in stock, said to be assumed', async () => {
    expect(dataOf(await run({ handle: 'gold-bird-necklace' })).assumedVariant).toBe(false);
    const assumed = await run({ handle: 'chain-bracelet' });
    expect(dataOf(assumed)).toMatchObject({ added: { variant: 'Blue' }, assumedVariant: true, otherVariants: [] });
  });

  test('sold-out variants, variants of other products or shops, and unknown products are refused', async () => {
    const soldOut = await run({ handle: 'chain-bracelet', options: [{ name: 'Color', value: 'Black' }] });
    expect(soldOut).toMatchObject({ ok: false, error: 'unavailable' });
    expect(soldOut.actions).toBeUndefined();
    expect(dataOf(soldOut).availableVariants.map((v: { title: string }) => v.title)).toEqual(['Blue']);
    expect((await run({ handle: 'pink-armchair' })).error).toBe('unavailable');
    expect((await run({ handle: 'classic-varsity-top', variantId: '44' })).error).toBe('variant_not_found');
    expect((await run({ handle: 'classic-varsity-top', variantId: '912' })).error).toBe('variant_not_found');
    expect((await run({ handle: 'classic-varsity-top', options: [{ name: 'Size', value: 'XXL' }] })).error).toBe('variant_not_found');
    expect((await run({ handle: 'merino-sweater', variantId: '912' })).error).toBe('not_found');
    expect((await run({ handle: 'merino-sweater', variantId: '912' }, OTHER_SHOP)).actions![0]).toMatchObject({ variantId: '912' });
  });
});
