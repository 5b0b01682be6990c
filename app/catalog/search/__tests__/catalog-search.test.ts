import { createTestDb, type TestDb } from '../../../../test/helpers/db';
import { deleteProduct, upsertProducts } from '../../products.server';
import { createCatalogSearch, type SearchParams } from '..';
import { CATALOG, product } from './fixtures';

let t: TestDb;
const SHOP = 'north.myshopify.com';
const OTHER = 'south.myshopify.com';

beforeAll(async () => {
  t = await createTestDb();
  await t.db.shop.create({ data: { domain: SHOP, currency: 'EUR', primaryLocale: 'en' }, select: { domain: true } });
  await upsertProducts(t.db, SHOP, CATALOG);
  // The other shop sells the same product ids under other titles.
  await upsertProducts(t.db, OTHER, [
    product({ id: 1, title: 'Garden Hose', productType: 'Garden' }),
    product({ id: 50, title: 'Golden Watering Can', productType: 'Garden' }),
  ]);
});
afterAll(() => t.drop());

async function handles(params: SearchParams, shop = SHOP): Promise<string[]> {
  const search = createCatalogSearch({ db: t.db });
  return (await search.search(shop, params)).products.map((p) => p.handle);
}

describe('scoping', () => {
  test("a shop's search never returns another shop's products", async () => {
    const search = createCatalogSearch({ db: t.db });
    expect((await search.search(SHOP, { q: 'golden' })).products.map((p) => p.handle)).toEqual(['golden-bird-necklace']);
    expect((await search.search(OTHER, { q: 'golden' })).products.map((p) => p.handle)).toEqual(['golden-watering-can']);
    expect((await search.search(OTHER, { q: 'necklace' })).total).toBe(0);
    expect(
      search
        .stats()
        .shops.map((s) => s.shop)
        .sort(),
    ).toEqual([SHOP, OTHER].sort());
  });

  test('an unknown shop finds nothing', async () => {
    expect(await createCatalogSearch({ db: t.db }).search('nobody.myshopify.com', { q: 'necklace' })).toEqual({ products: [], total: 0 });
  });

  test("results are product views in the shop's currency, titles in the requested locale", async () => {
    const search = createCatalogSearch({ db: t.db });
    const { products } = await search.search(SHOP, { q: 'leather jacket', locale: 'de' });
    expect(products[0]).toMatchObject({
      handle: 'classic-leather-jacket',
      title: 'Klassische Lederjacke',
      currency: 'EUR',
      price: 120,
      available: true,
      url: '/products/classic-leather-jacket',
    });
    expect(products[0].variants).toHaveLength(3);
  });
});

describe('languages', () => {
  test.each([
    ['zloty naszyjnik', 'golden-bird-necklace', 'Polish without its accents'],
    ['złotego naszyjnika', 'golden-bird-necklace', 'Polish, inflected (genitive)'],
    ['kurtki skórzane', 'classic-leather-jacket', 'Polish plural'],
    ['Halskette', 'golden-bird-necklace', 'German'],
    ['Lederjacke', 'classic-leather-jacket', 'German compound'],
    ['Jacke', 'classic-leather-jacket', 'German compound tail'],
    ['gelbes sofa', 'yellow-sofa', 'German adjective'],
    ['chaquetas de cuero', 'classic-leather-jacket', 'Spanish plural with a stop word'],
    ['sofa amarillo', 'yellow-sofa', 'Spanish without the accent'],
    ['collier dore', 'golden-bird-necklace', 'French without the accent'],
    ["boucles d'oreilles", 'boho-earrings', 'French with an apostrophe'],
    ['canapés', 'yellow-sofa', 'French plural with the accent'],
    ['necklaces', 'golden-bird-necklace', 'English plural'],
    ['neklace golden', 'golden-bird-necklace', 'a typo'],
    ['earings', 'boho-earrings', 'a typo in a plural'],
    ['couch', 'yellow-sofa', 'a synonym'],
    ['neckl', 'golden-bird-necklace', 'a prefix while typing'],
  ])('"%s" finds %s (%s)', async (q, expected) => {
    expect(await handles({ q })).toContain(expected);
  });

  test('typo tolerance is off for short words: "sofa" does not find "soft"', async () => {
    await upsertProducts(t.db, 'soft.myshopify.com', [product({ id: 1, title: 'Soft Blanket' }), product({ id: 2, title: 'Red Sofa' })]);
    expect(await handles({ q: 'sofa' }, 'soft.myshopify.com')).toEqual(['red-sofa']);
  });

  test('a word that matches nothing leaves the other words to rank, rather than an empty page', async () => {
    expect((await handles({ q: 'sofa xyzzy' })).sort()).toEqual(['grey-sofa', 'yellow-sofa']);
  });
});

describe('ranking', () => {
  test('an exact title beats a partial one, and in-stock beats sold-out at equal relevance', async () => {
    expect((await handles({ q: 'necklace' })).slice(0, 2)).toEqual(['golden-bird-necklace', 'silver-threader-necklace']);
    expect((await handles({ q: 'silver threader necklace' }))[0]).toBe('silver-threader-necklace');
  });

  test('title matches rank above description matches', async () => {
    await upsertProducts(t.db, 'rank.myshopify.com', [
      product({ id: 1, title: 'Travel Bag', description: 'Fits a leather wallet and more.' }),
      product({ id: 2, title: 'Leather Wallet' }),
    ]);
    expect(await handles({ q: 'wallet' }, 'rank.myshopify.com')).toEqual(['leather-wallet', 'travel-bag']);
  });
});

describe('filters', () => {
  test('price range applies to variants: a product matches when one of its variants is in range', async () => {
    expect(await handles({ q: 'jacket', minPrice: 130, maxPrice: 150 })).toEqual(['classic-leather-jacket']);
    expect(await handles({ q: 'jacket', minPrice: 121, maxPrice: 139 })).toEqual([]);
    expect((await handles({ q: '', maxPrice: 30 })).sort()).toEqual(['boho-earrings', 'cotton-t-shirt', 'silver-threader-necklace']);
  });

  test('available keeps products in stock only', async () => {
    expect(await handles({ q: 'necklace', available: true })).toEqual(['golden-bird-necklace']);
  });

  test('type, vendor and tag compare case- and accent-insensitively', async () => {
    expect((await handles({ q: '', type: 'SOFA' })).sort()).toEqual(['grey-sofa', 'yellow-sofa']);
    expect(await handles({ q: '', type: 'naszyjnik' })).toEqual(['golden-bird-necklace']);
    expect(await handles({ q: '', vendor: 'rustic ltd' })).toEqual(['grey-sofa']);
    expect(await handles({ q: 'necklace', tag: 'silver' })).toEqual(['silver-threader-necklace']);
  });

  test('options must all hold for one variant, which must be in stock when available is set', async () => {
    expect(
      await handles({
        q: 'jacket',
        options: [
          { name: 'size', value: 'm' },
          { name: 'Color', value: 'Black' },
        ],
      }),
    ).toEqual(['classic-leather-jacket']);
    // Size M in black exists but is sold out; size M in brown is in stock.
    expect(
      await handles({
        q: 'jacket',
        available: true,
        options: [
          { name: 'Size', value: 'M' },
          { name: 'Color', value: 'Black' },
        ],
      }),
    ).toEqual([]);
    expect(
      await handles({
        q: 'jacket',
        available: true,
        options: [
          { name: 'Size', value: 'M' },
          { name: 'Colour', value: 'brown' },
        ],
      }),
    ).toEqual(['classic-leather-jacket']);
    // Size S exists only in black, Brown only in M: no single variant is both.
    expect(
      await handles({
        q: '',
        options: [
          { name: 'Size', value: 'S' },
          { name: 'Color', value: 'Brown' },
        ],
      }),
    ).toEqual([]);
    expect(await handles({ q: 'shirt', options: [{ name: 'grosse', value: 'xl' }] })).toEqual(['cotton-t-shirt']);
  });

  test('an empty query lists matching products, in stock first, then by title; limit caps the page, not the total', async () => {
    const search = createCatalogSearch({ db: t.db });
    const all = await search.search(SHOP, { q: '' });
    expect(all.products.map((p) => p.handle)).toEqual([
      'boho-earrings',
      'classic-leather-jacket',
      'cotton-t-shirt',
      'golden-bird-necklace',
      'grey-sofa',
      'yellow-sofa',
      'silver-threader-necklace',
    ]);
    const page = await search.search(SHOP, { q: '', limit: 2 });
    expect(page).toMatchObject({ total: 7 });
    expect(page.products.map((p) => p.handle)).toEqual(['boho-earrings', 'classic-leather-jacket']);
    expect((await search.search(SHOP, { q: '', type: 'Sofa', maxPrice: 100 })).products.map((p) => p.handle)).toEqual(['yellow-sofa']);
  });

  test('drafts are never listed', async () => {
    expect(await handles({ q: 'lamp' })).toEqual([]);
    expect(await handles({ q: '', type: 'lamp' })).toEqual([]);
  });
});

describe('keeping up with the database', () => {
  const shop = 'live.myshopify.com';

  test('a write is seen by the next search through an incremental catch-up, not a rebuild', async () => {
    await upsertProducts(t.db, shop, [product({ id: 1, title: 'Blue Mug' }), product({ id: 2, title: 'Red Mug' })]);
    const search = createCatalogSearch({ db: t.db });
    expect((await search.search(shop, { q: 'mug' })).total).toBe(2);
    expect(search.stats()).toMatchObject({ builds: 1, incrementalUpdates: 0 });

    // Another instance (same database) renames one product and adds another.
    await upsertProducts(t.db, shop, [
      product({ id: 1, title: 'Blue Teapot', updatedAt: '2026-02-01T00:00:00.000Z' }),
      product({ id: 3, title: 'Green Mug' }),
    ]);
    expect((await search.search(shop, { q: 'mug' })).products.map((p) => p.handle).sort()).toEqual(['green-mug', 'red-mug']);
    expect((await search.search(shop, { q: 'teapot' })).products.map((p) => p.title)).toEqual(['Blue Teapot']);
    const { catalogVersion: version } = await t.db.shop.findUniqueOrThrow({ where: { domain: shop }, select: { catalogVersion: true } });
    expect(search.stats()).toMatchObject({ builds: 1, incrementalUpdates: 1, rowsApplied: 2 });
    expect(search.stats().shops.find((s) => s.shop === shop)).toEqual({ shop, version, docs: 3 });
  });

  test('tombstones and status changes remove products from the index', async () => {
    const search = createCatalogSearch({ db: t.db });
    await search.search(shop, { q: 'mug' });
    await deleteProduct(t.db, shop, 'gid://shopify/Product/3');
    await upsertProducts(t.db, shop, [product({ id: 2, title: 'Red Mug', status: 'ARCHIVED', updatedAt: '2026-03-01T00:00:00.000Z' })]);
    expect((await search.search(shop, { q: 'mug' })).total).toBe(0);
    expect((await search.search(shop, { q: '' })).products.map((p) => p.handle)).toEqual(['blue-teapot']);
    expect(search.stats()).toMatchObject({ builds: 1, incrementalUpdates: 1 });
    // A fresh instance builds from the live rows only.
    const fresh = createCatalogSearch({ db: t.db });
    expect((await fresh.search(shop, { q: '' })).total).toBe(1);
  });

  test('concurrent searches of a cold shop share one build', async () => {
    const search = createCatalogSearch({ db: t.db });
    const results = await Promise.all(['necklace', 'sofa', 'jacket', 'earrings', ''].map((q) => search.search(SHOP, { q })));
    expect(results.every((r) => r.total > 0)).toBe(true);
    expect(search.stats()).toMatchObject({ builds: 1, incrementalUpdates: 0 });
  });

  test('a current index answers without any catch-up; invalidate forces a rebuild', async () => {
    const search = createCatalogSearch({ db: t.db });
    await search.search(SHOP, { q: 'sofa' });
    await search.search(SHOP, { q: 'sofa' });
    expect(search.stats()).toMatchObject({ builds: 1, incrementalUpdates: 0, hits: 1 });
    search.invalidate(SHOP);
    expect(search.stats().shops).toEqual([]);
    await search.search(SHOP, { q: 'sofa' });
    expect(search.stats()).toMatchObject({ builds: 2 });
  });

  test('the cache is bounded by documents: the least recently used shop is evicted', async () => {
    const search = createCatalogSearch({ db: t.db, maxCachedDocs: 8 });
    await search.search(SHOP, { q: 'sofa' }); // 7 searchable products
    await search.search(OTHER, { q: 'hose' }); // 2 more: over budget
    const stats = search.stats();
    expect(stats.shops.map((s) => s.shop)).toEqual([OTHER]);
    expect(stats).toMatchObject({ evictions: 1, totalDocs: 2, maxDocs: 8 });
    // Evicted means rebuilt on the next search, with the same results.
    expect((await search.search(SHOP, { q: 'sofa' })).total).toBe(2);
    expect(search.stats().builds).toBe(3);
  });

  test('large catalogs are read in pages', async () => {
    const shop = 'paged.myshopify.com';
    await upsertProducts(
      t.db,
      shop,
      Array.from({ length: 25 }, (_, i) => product({ id: 100 + i, title: `Poster ${i}` })),
    );
    const search = createCatalogSearch({ db: t.db, pageSize: 10 });
    expect((await search.search(shop, { q: 'poster', limit: 50 })).total).toBe(25);
    await upsertProducts(
      t.db,
      shop,
      Array.from({ length: 25 }, (_, i) => product({ id: 100 + i, title: `Print ${i}`, updatedAt: '2026-05-01T00:00:00.000Z' })),
    );
    expect((await search.search(shop, { q: 'print', limit: 50 })).total).toBe(25);
    expect((await search.search(shop, { q: 'poster' })).total).toBe(0);
    expect(search.stats()).toMatchObject({ builds: 1, incrementalUpdates: 1, rowsApplied: 25 });
  });
});
