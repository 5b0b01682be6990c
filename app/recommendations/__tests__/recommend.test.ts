import { createTestDb, type TestDb } from '../../../test/helpers/db';
import { upsertProducts } from '~/catalog/products.server';
import { demoStore, DEMO_SHOP, fakeAdmin, graphqlFor } from '~/orders/__tests__/helpers';
import { countOrdersFromAdmin } from '../co-purchase';
import { complementsOf, forPurchases, similarTo } from '../recommend';

let t: TestDb;
const live = new Map<string, { productType: string; available: boolean }>();

beforeAll(async () => {
  t = await createTestDb();
  const store = await demoStore();
  await upsertProducts(t.db, DEMO_SHOP, store.products);
  for (const p of store.products) live.set(p.handle, { productType: p.productType, available: p.variants.some((v) => v.available) });
  const fake = fakeAdmin(store);
  try {
    await countOrdersFromAdmin(t.db, DEMO_SHOP, graphqlFor(fake));
  } finally {
    await fake.close();
  }
});
afterAll(() => t.drop());

test('similar: the same kind of product, never the product itself, in-stock ones first', async () => {
  const recs = (await similarTo(t.db, DEMO_SHOP, 'gold-bird-necklace', 5))!;
  expect(recs.basis).toBe('similar');
  expect(recs.handles).toHaveLength(5);
  expect(recs.handles).not.toContain('gold-bird-necklace');
  for (const h of recs.handles) expect(live.get(h)!.productType).toBe('Necklace');
  // Gold necklaces (shared tag) rank above silver ones.
  expect(
    recs.handles
      .slice(0, 2)
      .every((h) =>
        ['dainty-gold-neclace', 'pretty-gold-necklace', 'stylish-summer-neclace', 'choker-with-gold-pendant', 'choker-with-bead'].includes(
          h,
        ),
      ),
  ).toBe(true);
  const sofas = (await similarTo(t.db, DEMO_SHOP, 'grey-sofa', 6))!;
  const availability = sofas.handles.map((h) => live.get(h)!.available);
  expect([...availability].sort((a, b) => Number(b) - Number(a))).toEqual(availability);
  expect(await similarTo(t.db, DEMO_SHOP, 'no-such-thing', 3)).toBeNull();
  expect(await similarTo(t.db, 'another-shop.myshopify.com', 'grey-sofa', 3)).toBeNull();
});

test('complements: what was bought together, learned from the orders', async () => {
  const recs = (await complementsOf(t.db, DEMO_SHOP, 'olive-green-jacket', 4))!;
  expect(recs).toEqual({ basis: 'bought_together', handles: expect.arrayContaining(['black-bean-bag', 'classic-leather-jacket']) });
  expect(recs.handles).toHaveLength(2);
});

test('complements without order data fall back to related products of other kinds', async () => {
  const recs = (await complementsOf(t.db, DEMO_SHOP, 'wooden-outdoor-table', 4))!;
  expect(recs.basis).toBe('related');
  expect(recs.handles.length).toBeGreaterThan(0);
  expect(recs.handles).not.toContain('wooden-outdoor-table');
  // Wooden things for indoors share its "Wood" tag but not its type.
  expect(recs.handles.slice(0, 2).sort()).toEqual(['bedside-table', 'cream-sofa']);
});

test('for a customer: what goes with their purchases, in stock, never what they already have', async () => {
  const purchased = [
    'olive-green-jacket',
    'black-bean-bag',
    'classic-leather-jacket',
    'gardening-hand-trowel',
    'gold-bird-necklace',
    'brown-throw-pillows',
  ];
  const recs = await forPurchases(t.db, DEMO_SHOP, purchased, 4);
  expect(recs.basis).toBe('your_orders');
  expect(recs.handles).toHaveLength(4);
  expect(recs.handles.slice(0, 2).sort()).toEqual(['chain-bracelet', 'silk-summer-top']);
  for (const h of recs.handles) {
    expect(purchased).not.toContain(h);
    expect(live.get(h)!.available).toBe(true);
  }
  // pink-armchair was bought with the necklace but is sold out.
  expect(recs.handles).not.toContain('pink-armchair');
});
