// The order_status tool against the fake Admin API over the demo store, and a "hostile model" that
// scripts tool calls to get at other people's orders. Nothing personal may come back from any of
// them, and every failure looks like every other.
import { createTestDb, type TestDb } from '../../../../test/helpers/db';
import type { FakeAdminApi } from '~/demo/admin-api';
import type { DemoStore } from '~/demo/store/types';
import type { AdminGraphql } from '~/shopify/admin-query';
import { demoStore, fakeAdmin, graphqlFor } from '~/orders/__tests__/helpers';
import type { ToolResult } from '../../types';
import { NOT_FOUND_MESSAGE, orderStatus } from '../order-status';
import { dataOf, DEMO_SHOP, toolContext } from './context';

let t: TestDb;
let store: DemoStore;
let demo: FakeAdminApi;
let rival: FakeAdminApi;
const RIVAL_SHOP = 'rival-shop.myshopify.com';
const asked: string[] = [];

beforeAll(async () => {
  t = await createTestDb();
  store = await demoStore();
  demo = fakeAdmin(store);
  // Another shop whose #1001 belongs to someone else entirely.
  rival = fakeAdmin({
    ...store,
    shop: { ...store.shop, myshopifyDomain: RIVAL_SHOP },
    orders: [{ ...store.orders[0], customerId: null, email: 'zoe@rival.example', phone: '+44 7700 900123' }],
  });
});
afterAll(async () => {
  await Promise.all([demo.close(), rival.close()]);
  await t.drop();
});

// The services give each shop its own Admin API, as the app does with each shop's offline session.
const apis = (): Record<string, AdminGraphql> => ({ [DEMO_SHOP]: graphqlFor(demo), [RIVAL_SHOP]: graphqlFor(rival) });

function ctx(shopper: { customerId?: string | null; conversationId?: string; ip?: string; language?: string } = {}, shop = DEMO_SHOP) {
  const c = toolContext(t.db, { shop, shopper });
  const byShop = apis();
  c.services.adminGraphql = async (s) => {
    asked.push(s);
    return byShop[s];
  };
  return c;
}

const customer = (id: number) => store.customers.find((c) => c.id === id)!;
const order = (name: string) => store.orders.find((o) => o.name === name)!;

test('a guest with the right pair gets status, items, tracking and city/country, and no personal details', async () => {
  const result = await orderStatus.run({ orderNumber: '#1003', email: 'JAMES.CARTER@example.com' }, ctx());
  expect(result.ok).toBe(true);
  const data = dataOf(result);
  expect(data.scope).toBe('single');
  const [o] = data.orders;
  expect(o).toMatchObject({
    orderNumber: '#1003',
    financialStatus: 'PAID',
    fulfillmentStatus: 'FULFILLED',
    shipTo: { city: 'San Francisco', country: 'US' },
  });
  const tracking = order('#1003').fulfillments[0];
  expect(o.shipments[0].tracking).toEqual([
    { carrier: tracking.trackingCompany, number: tracking.trackingNumber, url: tracking.trackingUrl },
  ]);
  expect(o.items).toEqual(
    order('#1003').lineItems.map((l) => ({ title: l.title, variant: null, quantity: l.quantity, refundedOrRemoved: 0 })),
  );
  const text = JSON.stringify(result);
  for (const secret of ['james', 'Carter', '415', '0134', 'gid://', 'Customer'])
    expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
});

test('without the contact detail a guest is asked for it, with the lookup form, and nothing is read', async () => {
  const before = asked.length;
  const result = await orderStatus.run({ orderNumber: '1003' }, ctx());
  expect(result).toMatchObject({
    ok: false,
    error: 'verification_required',
    data: { missing: ['emailOrPhone'] },
    actions: [{ type: 'order_lookup_form' }],
  });
  expect(asked.length).toBe(before);
});

test('a signed-in shopper can list their recent orders without giving anything', async () => {
  const result = await orderStatus.run({}, ctx({ customerId: '1002' }));
  const numbers = dataOf(result).orders.map((o: { orderNumber: string }) => o.orderNumber);
  expect(numbers.sort()).toEqual(
    store.orders
      .filter((o) => o.customerId === 1002)
      .map((o) => o.name)
      .sort(),
  );
});

describe('a hostile model', () => {
  // Everything that could identify someone, or give away one of their orders.
  const secrets = () => [
    ...store.customers.flatMap((c) => [c.email, c.lastName, ...(c.phone ? [c.phone.replace(/\D/g, '').slice(-7)] : [])]),
    ...store.orders.flatMap((o) => o.fulfillments.map((f) => f.trackingNumber).filter((n): n is string => !!n)),
    'zoe@rival.example',
    'gid://shopify/Customer',
  ];

  function expectNothingLeaks(results: ToolResult[]) {
    for (const r of results) {
      expect(r.ok).toBe(false);
      const text = JSON.stringify(r).toLowerCase();
      for (const s of secrets()) expect(text).not.toContain(s.toLowerCase());
    }
  }

  test("guessing e-mails, phones and ids for someone else's order gets only not_found, all alike", async () => {
    const c = ctx({ conversationId: 'hostile-1', ip: '203.0.113.7' });
    const target = order('#1003');
    const attempts = [
      { orderNumber: '#1003', email: customer(1001).email },
      { orderNumber: '1003', email: 'james@example.com' },
      { orderNumber: '1003', email: '*@example.com' },
      { orderNumber: '1003', phone: '555 0134' }, // too few digits to count as the phone
      { orderNumber: `gid://shopify/Order/${target.id}`, email: target.email! },
    ];
    const results = [];
    for (const input of attempts) results.push(await orderStatus.run(input, c));
    for (const r of results) expect(r).toEqual({ ok: false, error: 'not_found', data: { message: NOT_FOUND_MESSAGE } });
    expectNothingLeaks(results);
  });

  test('a customer id slipped into the input is ignored: the signed one (or none) decides', async () => {
    const guest = await orderStatus.run({ customerId: '1002', orderNumber: '1003' }, ctx());
    expect(guest.error).toBe('verification_required');
    const listAsGuest = await orderStatus.run({ customerId: 'gid://shopify/Customer/1002' }, ctx());
    expect(listAsGuest.error).toBe('verification_required');
    // Signed in as Anna, asking for James's orders by id: Anna's own list comes back.
    const asAnna = await orderStatus.run(
      { customerId: '1002', customer_id: '1002', id: 'gid://shopify/Customer/1002' },
      ctx({ customerId: '1001' }),
    );
    const numbers = dataOf(asAnna).orders.map((o: { orderNumber: string }) => o.orderNumber);
    expect(numbers.sort()).toEqual(['#1001', '#1002', '#1017']);
    expectNothingLeaks([guest, listAsGuest]);
  });

  test("a signed-in shopper can't open another customer's order by number, nor by guessing its e-mail", async () => {
    const c = ctx({ customerId: '1001', conversationId: 'hostile-2', ip: '203.0.113.8' });
    const results = [
      await orderStatus.run({ orderNumber: '1003' }, c),
      await orderStatus.run({ orderNumber: '1003', email: customer(1001).email }, c),
      await orderStatus.run({ orderNumber: '1003', phone: customer(1001).phone! }, c),
    ];
    for (const r of results) expect(r.error).toBe('not_found');
    expectNothingLeaks(results);
  });

  test("another shop's order details open nothing here, and the tool only ever asks this shop's API", async () => {
    asked.length = 0;
    const results = [
      await orderStatus.run({ orderNumber: '1001', email: 'zoe@rival.example' }, ctx({ conversationId: 'hostile-3' })),
      await orderStatus.run({ orderNumber: '1001', phone: '+44 7700 900123' }, ctx({ conversationId: 'hostile-4' })),
    ];
    for (const r of results) expect(r.error).toBe('not_found');
    expect(new Set(asked)).toEqual(new Set([DEMO_SHOP]));
    // The same details work in the shop they belong to.
    const there = await orderStatus.run({ orderNumber: '1001', email: 'zoe@rival.example' }, ctx({}, RIVAL_SHOP));
    expect(dataOf(there).orders[0].orderNumber).toBe('#1001');
    expectNothingLeaks(results);
  });

  test('enumerating order numbers with a guessed e-mail is cut off after five failures, even for a right pair', async () => {
    const c = () => ctx({ conversationId: 'hostile-5', ip: '203.0.113.9' });
    const results: ToolResult[] = [];
    for (let n = 1001; n <= 1008; n++) results.push(await orderStatus.run({ orderNumber: `#${n}`, email: 'someone@example.com' }, c()));
    expect(results.slice(0, 5).map((r) => r.error)).toEqual(Array(5).fill('not_found'));
    expect(results.slice(5).map((r) => r.error)).toEqual(Array(3).fill('rate_limited'));
    const right = await orderStatus.run({ orderNumber: '#1003', email: 'james.carter@example.com' }, c());
    expect(right).toMatchObject({ ok: false, error: 'rate_limited', data: { retryAfterMinutes: expect.any(Number) } });
    // A fresh conversation from the same IP is still limited.
    expect(
      (
        await orderStatus.run(
          { orderNumber: '#1003', email: 'james.carter@example.com' },
          ctx({ conversationId: 'hostile-6', ip: '203.0.113.9' }),
        )
      ).error,
    ).toBe('rate_limited');
    expectNothingLeaks([...results, right]);
  });

  test('malformed and oversized inputs are refused as input errors', async () => {
    const c = ctx();
    for (const input of [
      { orderNumber: 1003 },
      { orderNumber: '1'.repeat(41), email: 'a@b.c' },
      { email: ['a@b.c'] },
      { orderNumber: '1003', phone: '12' },
    ]) {
      expect((await orderStatus.run(input, c)).error).toBe('invalid_input');
    }
  });
});
