import { createFakeAdminApi } from '../create-fake-admin-api';
import { BASE_URL, fixtureStore, gql } from './helpers';

const TEN_PRODUCTS = '{ products(first: 10) { nodes { id title } } }'; // 2 + 10 × 1 = 12 points

function fakeClock(start = 1_700_000_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

test('cost extension: requested cost from the document, actual cost from what came back', async () => {
  const api = createFakeAdminApi({ store: fixtureStore(), baseUrl: BASE_URL, now: fakeClock().now });
  const { body } = await gql(api, TEN_PRODUCTS);
  expect(body.extensions.cost).toEqual({
    requestedQueryCost: 12,
    actualQueryCost: 7, // the store has 5 products
    throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 1993, restoreRate: 100 },
  });
  await api.close();
});

test('nested connections multiply, as in Shopify’s cost model', async () => {
  const api = createFakeAdminApi({ store: fixtureStore(), baseUrl: BASE_URL });
  const { body } = await gql(api, '{ products(first: 10) { nodes { id variants(first: 5) { nodes { id } } } } }');
  expect(body.extensions.cost.requestedQueryCost).toBe(2 + 10 * (1 + 2 + 5));
  await api.close();
});

test('the bucket empties, answers THROTTLED like Shopify, and refills with time', async () => {
  const clock = fakeClock();
  const api = createFakeAdminApi({
    store: fixtureStore(),
    baseUrl: BASE_URL,
    now: clock.now,
    throttle: { maximumAvailable: 30, restoreRate: 10 },
  });
  // 12 requested, 7 actual: 5 points come back each time.
  expect((await gql(api, TEN_PRODUCTS)).body.extensions.cost.throttleStatus.currentlyAvailable).toBe(23);
  expect((await gql(api, TEN_PRODUCTS)).body.extensions.cost.throttleStatus.currentlyAvailable).toBe(16);
  expect((await gql(api, TEN_PRODUCTS)).body.extensions.cost.throttleStatus.currentlyAvailable).toBe(9);

  const throttled = await gql(api, TEN_PRODUCTS);
  expect(throttled.status).toBe(200);
  expect(throttled.body.data).toBeUndefined();
  expect(throttled.body.errors).toEqual([
    { message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' } },
  ]);
  expect(throttled.body.extensions.cost).toMatchObject({
    requestedQueryCost: 12,
    actualQueryCost: null,
    throttleStatus: { maximumAvailable: 30, currentlyAvailable: 9, restoreRate: 10 },
  });

  clock.advance(500); // +5 points
  expect((await gql(api, TEN_PRODUCTS)).body.data.products.nodes).toHaveLength(5);
  await api.close();
});

test('throttleNext(n) forces the next n requests to be THROTTLED', async () => {
  const api = createFakeAdminApi({ store: fixtureStore(), baseUrl: BASE_URL });
  api.throttleNext(2);
  expect((await gql(api, '{ shop { name } }')).body.errors[0].extensions.code).toBe('THROTTLED');
  expect((await gql(api, '{ shop { name } }')).body.errors[0].extensions.code).toBe('THROTTLED');
  expect((await gql(api, '{ shop { name } }')).body.data.shop.name).toBe('Fixture Shop');
  await api.close();
});

test('failNext(n, status) answers HTTP errors, then recovers', async () => {
  const api = createFakeAdminApi({ store: fixtureStore(), baseUrl: BASE_URL });
  api.failNext(1, 502);
  api.failNext(1);
  expect((await gql(api, '{ shop { name } }')).status).toBe(502);
  const unavailable = await gql(api, '{ shop { name } }');
  expect(unavailable.status).toBe(503);
  expect((await gql(api, '{ shop { name } }')).status).toBe(200);
  await api.close();
});

test('a query above the single-query limit of 1,000 is refused with MAX_COST_EXCEEDED', async () => {
  const api = createFakeAdminApi({ store: fixtureStore(), baseUrl: BASE_URL });
  const { body } = await gql(api, '{ products(first: 250) { nodes { id variants(first: 100) { nodes { id } } } } }');
  expect(body.errors[0].extensions.code).toBe('MAX_COST_EXCEEDED');
  expect(body.errors[0].message).toMatch(/^Query cost is \d+, which exceeds the single query max cost limit \(1000\)/);
  expect(body.data).toBeUndefined();
  await api.close();
});
