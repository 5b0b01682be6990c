import { createTestDb, type TestDb } from '../../../test/helpers/db';
import { upsertProducts } from '~/catalog/products.server';
import { demoStore, fakeAdmin, graphqlFor } from '~/orders/__tests__/helpers';
import { boughtTogether, countOrder, countOrderFromWebhook, countOrdersFromAdmin } from '../co-purchase';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.drop());

async function pairs(shop: string) {
  const rows = await t.db.coPurchase.findMany({ where: { shop }, orderBy: [{ handle: 'asc' }, { otherHandle: 'asc' }] });
  return rows.map((r) => `${r.handle}>${r.otherHandle}:${r.count}`);
}

test('an order counts every pair of its products both ways, once however often it is delivered', async () => {
  const shop = 'pairs.myshopify.com';
  expect(await countOrder(t.db, shop, 'gid://shopify/Order/1', ['a', 'b', 'b', 'c'])).toBe(true);
  expect(await countOrder(t.db, shop, '1', ['a', 'b', 'c'])).toBe(false);
  expect(await countOrder(t.db, shop, 2, ['a', 'b'])).toBe(true);
  expect(await pairs(shop)).toEqual(['a>b:2', 'a>c:1', 'b>a:2', 'b>c:1', 'c>a:1', 'c>b:1']);
  // Another shop's orders don't mix in.
  await countOrder(t.db, 'other.myshopify.com', 1, ['a', 'c']);
  expect(await pairs(shop)).toContain('a>c:1');
  expect(await boughtTogether(t.db, shop, ['a'])).toEqual([
    { handle: 'b', count: 2 },
    { handle: 'c', count: 1 },
  ]);
  expect(await boughtTogether(t.db, shop, ['a', 'b'], { exclude: ['c'] })).toEqual([]);
});

test('concurrent deliveries of one order count it once', async () => {
  const shop = 'race.myshopify.com';
  const results = await Promise.all([1, 2, 3].map(() => countOrder(t.db, shop, 77, ['x', 'y'])));
  expect(results.filter(Boolean)).toHaveLength(1);
  expect(await pairs(shop)).toEqual(['x>y:1', 'y>x:1']);
});

test("the backfill counts the demo store's orders through the Admin API, and a rerun adds nothing", async () => {
  const store = await demoStore();
  const fake = fakeAdmin(store);
  const shop = store.shop.myshopifyDomain;
  try {
    const first = await countOrdersFromAdmin(t.db, shop, graphqlFor(fake));
    expect(first).toEqual({ orders: store.orders.length, counted: store.orders.length });
    expect(await countOrdersFromAdmin(t.db, shop, graphqlFor(fake))).toEqual({ orders: store.orders.length, counted: 0 });
  } finally {
    await fake.close();
  }
  // Expected counts straight from orders.json.
  const expected = new Map<string, number>();
  for (const order of store.orders) {
    const handles = [...new Set(order.lineItems.map((l) => l.handle))];
    for (const a of handles) for (const b of handles) if (a !== b) expected.set(`${a}>${b}`, (expected.get(`${a}>${b}`) ?? 0) + 1);
  }
  const rows = await t.db.coPurchase.findMany({ where: { shop } });
  expect(new Map(rows.map((r) => [`${r.handle}>${r.otherHandle}`, r.count]))).toEqual(expected);
  expect((await boughtTogether(t.db, shop, ['olive-green-jacket'])).map((r) => r.handle).sort()).toEqual([
    'black-bean-bag',
    'classic-leather-jacket',
  ]);
});

test('the backfill pages through a shop with more orders than one page holds', async () => {
  const store = await demoStore();
  const orders = [0, 1, 2].flatMap((copy) =>
    store.orders.map((o) => ({ ...o, id: o.id + copy * 1000, name: `#${Number(o.name.slice(1)) + copy * 1000}` })),
  );
  const fake = fakeAdmin({ ...store, orders });
  const graphql = graphqlFor(fake);
  try {
    expect(await countOrdersFromAdmin(t.db, 'paged.myshopify.com', graphql)).toEqual({ orders: 51, counted: 51 });
    expect(graphql.calls).toEqual(['OrdersLineHandles', 'OrdersLineHandles', 'OrdersLineHandles']);
  } finally {
    await fake.close();
  }
});

test('a webhook payload is counted by product id through the synced catalog', async () => {
  const store = await demoStore();
  const shop = 'hook.myshopify.com';
  await upsertProducts(t.db, shop, store.products.slice(0, 3));
  const [p1, p2] = store.products;
  const id = (p: { shopifyId: string }) => Number(p.shopifyId.split('/').pop());
  const payload = { id: 555, line_items: [{ product_id: id(p1) }, { product_id: id(p2) }, { product_id: null }, { product_id: 999999 }] };
  expect(await countOrderFromWebhook(t.db, shop, payload)).toBe(true);
  expect(await countOrderFromWebhook(t.db, shop, payload)).toBe(false);
  expect(await pairs(shop)).toEqual([`${p1.handle}>${p2.handle}:1`, `${p2.handle}>${p1.handle}:1`].sort());
});
