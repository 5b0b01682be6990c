import { createTestDb, type TestDb } from '../../../test/helpers/db';
import type { FakeAdminApi } from '~/demo/admin-api';
import { createOrderLookup, customerGid, type OrderLookupRequest } from '../order-lookup';
import { demoStore, fakeAdmin, graphqlFor, withOrderNames } from './helpers';

let t: TestDb;
let fake: FakeAdminApi;
let prefixed: FakeAdminApi;
let conversation = 0;

beforeAll(async () => {
  t = await createTestDb();
  const store = await demoStore();
  fake = fakeAdmin(store);
  prefixed = fakeAdmin(withOrderNames(store, (n) => `NW-${n}-X`, 'prefixed-shop.myshopify.com'));
});
afterAll(async () => {
  await Promise.all([fake.close(), prefixed.close()]);
  await t.drop();
});

type TestRequest = OrderLookupRequest & { calls: string[] };

// Each test gets its own conversation and IP so that failure counts don't carry over.
function request(fields: Partial<OrderLookupRequest>, api = fake): TestRequest {
  conversation++;
  const graphql = graphqlFor(api);
  return {
    shop: api.shop,
    admin: async () => graphql,
    calls: graphql.calls,
    customerId: null,
    conversationId: `conv-${conversation}`,
    ip: `10.0.0.${conversation}`,
    ...fields,
  };
}

const lookup = () => createOrderLookup({ db: t.db });

test('a guest with the number and the e-mail on the order sees its status, items, shipments and refunds', async () => {
  const outcome = await lookup().lookup(request({ orderNumber: 'order 1011', email: 'Camille.Dubois@example.fr' }));
  expect(outcome.kind).toBe('found');
  if (outcome.kind !== 'found') return;
  const [order] = outcome.orders;
  expect(order).toMatchObject({
    orderNumber: '#1011',
    financialStatus: 'PARTIALLY_REFUNDED',
    fulfillmentStatus: 'FULFILLED',
    cancelled: null,
    total: { amount: 211.98, currency: 'EUR' },
    shipTo: { city: 'Lyon', country: 'FR' },
  });
  expect(order.items.map((i) => i.title)).toEqual(['White Cotton Shirt', 'Wooden outdoor slats', 'Red Sports Tee']);
  expect(order.shipments[0]).toMatchObject({
    status: 'DELIVERED',
    tracking: [{ carrier: 'InPost', number: '909151059069', url: expect.stringContaining('909151059069') }],
  });
  // Nothing that identifies the shopper beyond city and country.
  const text = JSON.stringify(outcome);
  for (const secret of ['camille', 'Dubois', '+33', '12 34 56 78', 'Customer/']) expect(text).not.toContain(secret);
});

test('the phone on the order works as well as the e-mail, written any way', async () => {
  const outcome = await lookup().lookup(request({ orderNumber: '#1003', phone: '(415) 555-0134' }));
  expect(outcome.kind === 'found' && outcome.orders[0].orderNumber).toBe('#1003');
});

test('refunds and cancellations are reported', async () => {
  const refunded = await lookup().lookup(request({ orderNumber: '1005', email: 'lena.schmidt@example.de' }));
  expect(refunded.kind === 'found' && refunded.orders[0]).toMatchObject({
    financialStatus: 'REFUNDED',
    refunds: [{ amount: expect.any(Number), items: [{ title: expect.any(String) }] }],
  });
  const cancelled = await lookup().lookup(request({ orderNumber: '1008', email: 'lucia.garcia@example.es' }));
  expect(cancelled.kind === 'found' && cancelled.orders[0].cancelled).toEqual({ at: '2026-11-06T08:00:00Z', reason: 'CUSTOMER' });
});

test('a wrong pair gets exactly the answer a missing order gets', async () => {
  const wrongEmail = await lookup().lookup(request({ orderNumber: '1001', email: 'james.carter@example.com' }));
  const wrongPhone = await lookup().lookup(request({ orderNumber: '1001', phone: '+1 415 555 0134' }));
  const missing = await lookup().lookup(request({ orderNumber: '9999', email: 'anna.kowalska@example.pl' }));
  const oneRightOneWrong = await lookup().lookup(
    request({ orderNumber: '1001', email: 'anna.kowalska@example.pl', phone: '+1 415 555 0134' }),
  );
  expect(wrongEmail).toEqual({ kind: 'not_found' });
  for (const o of [wrongPhone, missing, oneRightOneWrong]) expect(o).toEqual(wrongEmail);
});

test('a missing order and a wrong pair make the same Admin API calls', async () => {
  const a = request({ orderNumber: '1001', email: 'wrong@example.com' });
  const b = request({ orderNumber: '8888', email: 'anna.kowalska@example.pl' });
  await lookup().lookup(a);
  await lookup().lookup(b);
  expect(a.calls.filter((c) => c !== 'LatestOrderName')).toEqual(['OrdersByName']);
  expect(b.calls.filter((c) => c !== 'LatestOrderName')).toEqual(['OrdersByName']);
});

test('a guest without a contact detail, or without a number, is asked for them and nothing is looked up', async () => {
  const req = request({ orderNumber: '1001' });
  expect(await lookup().lookup(req)).toEqual({ kind: 'needs_verification', missing: ['emailOrPhone'] });
  expect(await lookup().lookup(request({ email: 'anna.kowalska@example.pl' }))).toEqual({
    kind: 'needs_verification',
    missing: ['orderNumber'],
  });
  expect(await lookup().lookup(request({}))).toEqual({ kind: 'needs_verification', missing: ['orderNumber', 'emailOrPhone'] });
  expect(req.calls).toEqual([]);
});

test('five failures in a conversation, or from an IP, stop further lookups for a while, right pairs included', async () => {
  const conv = request({});
  for (let i = 0; i < 5; i++) {
    expect(await lookup().lookup({ ...conv, ip: `10.1.0.${i}`, orderNumber: `${2000 + i}`, email: 'x@example.com' })).toEqual({
      kind: 'not_found',
    });
  }
  const blocked = await lookup().lookup({ ...conv, ip: '10.1.1.1', orderNumber: '1001', email: 'anna.kowalska@example.pl' });
  expect(blocked).toEqual({ kind: 'rate_limited', retryAfterSeconds: expect.any(Number) });
  if (blocked.kind === 'rate_limited') expect(blocked.retryAfterSeconds).toBeGreaterThan(60);

  // New conversations from the same IP don't start over.
  for (let i = 0; i < 5; i++) await lookup().lookup({ ...request({}), ip: '10.2.2.2', orderNumber: `${3000 + i}`, email: 'x@example.com' });
  expect((await lookup().lookup({ ...request({}), ip: '10.2.2.2', orderNumber: '1001', email: 'anna.kowalska@example.pl' })).kind).toBe(
    'rate_limited',
  );
  // Another IP in a new conversation is unaffected.
  expect((await lookup().lookup(request({ orderNumber: '1001', email: 'anna.kowalska@example.pl' }))).kind).toBe('found');
});

test('guesses at one order spread over many conversations and IPs meet the per-order budget', async () => {
  for (let i = 0; i < 10; i++) await lookup().lookup(request({ orderNumber: '#1012', email: `guess${i}@example.pl` }));
  expect((await lookup().lookup(request({ orderNumber: '1012', email: 'piotr.nowak@example.pl' }))).kind).toBe('rate_limited');
});

test('a logged-in customer lists only their own recent orders, newest first', async () => {
  const outcome = await lookup().lookup(request({ customerId: '1001' }));
  expect(outcome.kind === 'found' && outcome.scope).toBe('recent');
  if (outcome.kind !== 'found') return;
  expect(outcome.orders.map((o) => o.orderNumber)).toEqual(['#1002', '#1001', '#1017']);
});

test("a logged-in customer sees their own order by number alone, but not someone else's", async () => {
  const own = await lookup().lookup(request({ customerId: 'gid://shopify/Customer/1002', orderNumber: '1004' }));
  expect(own.kind === 'found' && own.orders[0].orderNumber).toBe('#1004');
  expect(await lookup().lookup(request({ customerId: '1002', orderNumber: '1001' }))).toEqual({ kind: 'not_found' });
  expect(await lookup().lookup(request({ customerId: '1002', orderNumber: '1001', email: 'james.carter@example.com' }))).toEqual({
    kind: 'not_found',
  });
  // The guest rule still holds for them: the other order's own number and e-mail open it.
  const guestRule = await lookup().lookup(request({ customerId: '1002', orderNumber: '1001', email: 'anna.kowalska@example.pl' }));
  expect(guestRule.kind).toBe('found');
});

test('a customer id that is not a Shopify id counts as no login', async () => {
  expect(customerGid('1001')).toBe('gid://shopify/Customer/1001');
  expect(customerGid('gid://shopify/Customer/1001')).toBe('gid://shopify/Customer/1001');
  for (const bad of ['', '1001 OR 1', 'gid://shopify/Order/5001', 'gid://shopify/Customer/*', '../1001'])
    expect(customerGid(bad)).toBeNull();
  expect(await lookup().lookup(request({ customerId: 'gid://shopify/Customer/*' }))).toEqual({
    kind: 'needs_verification',
    missing: ['orderNumber', 'emailOrPhone'],
  });
});

test("a shop with prefixed and suffixed order names: its format is learned from the API's names", async () => {
  for (const typed of ['1001', '#1001', 'NW-1001-X', 'nw-1001-x', 'order NW 1001 X']) {
    const outcome = await lookup().lookup(request({ orderNumber: typed, email: 'anna.kowalska@example.pl' }, prefixed));
    expect(outcome.kind === 'found' && outcome.orders[0].orderNumber).toBe('NW-1001-X');
  }
  expect(await lookup().lookup(request({ orderNumber: 'NW-1001-X', email: 'james.carter@example.com' }, prefixed))).toEqual({
    kind: 'not_found',
  });
});

test('an order number without digits is refused before any lookup', async () => {
  expect((await lookup().lookup(request({ orderNumber: 'my last one', email: 'a@example.com' }))).kind).toBe('invalid');
});
