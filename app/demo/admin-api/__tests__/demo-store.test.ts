// The fake over the real demo store (demo-store/), loaded by the demo store's own loader: every
// record of the shipped store must serialize as the Admin API's types (enums, money, dates).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadStore } from '~/demo/store';
import { createFakeAdminApi, type FakeAdminApi } from '../create-fake-admin-api';
import { BASE_URL, gql } from './helpers';

const DEMO_STORE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../demo-store');

let api: FakeAdminApi;
beforeAll(async () => {
  const store = await loadStore(DEMO_STORE, { updatedAt: '2026-01-01T00:00:00Z' });
  api = createFakeAdminApi({ store, baseUrl: BASE_URL, throttle: { maximumAvailable: 1_000_000 } });
});
afterAll(() => api.close());

test('shop, locales and policies', async () => {
  const { body } = await gql(
    api,
    '{ shop { name myshopifyDomain currencyCode shopPolicies { type title } } shopLocales { locale primary } }',
  );
  expect(body.errors).toBeUndefined();
  expect(body.data.shop).toMatchObject({ name: 'Northwind Goods', myshopifyDomain: 'northwind-goods.myshopify.com', currencyCode: 'USD' });
  expect(body.data.shop.shopPolicies.map((p: { type: string }) => p.type)).toEqual([
    'REFUND_POLICY',
    'SHIPPING_POLICY',
    'PRIVACY_POLICY',
    'TERMS_OF_SERVICE',
  ]);
  expect(body.data.shopLocales.map((l: { locale: string }) => l.locale)).toEqual(['en', 'pl', 'de', 'es', 'fr']);
});

test('all 60 products, with every variant, page through without errors', async () => {
  const handles: string[] = [];
  let after: string | null = null;
  do {
    const { body } = await gql(
      api,
      `query($after: String) { products(first: 10, after: $after) {
        nodes { handle status totalInventory options { name values } priceRangeV2 { minVariantPrice { amount currencyCode } }
          variants(first: 10) { nodes { price compareAtPrice availableForSale inventoryPolicy selectedOptions { name value } } }
          featuredMedia { ... on MediaImage { image { url } } } collections(first: 5) { nodes { handle } } }
        pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    expect(body.errors).toBeUndefined();
    handles.push(...body.data.products.nodes.map((n: { handle: string }) => n.handle));
    after = body.data.products.pageInfo.hasNextPage ? body.data.products.pageInfo.endCursor : null;
  } while (after);
  expect(handles).toHaveLength(60);
  expect(new Set(handles).size).toBe(60);
});

test('every order and its fulfillments serialize (statuses are valid Admin API enum values)', async () => {
  const { body } = await gql(
    api,
    `{ orders(first: 20, sortKey: ORDER_NUMBER) { nodes { name displayFinancialStatus displayFulfillmentStatus cancelReason
        totalPriceSet { shopMoney { amount currencyCode } } shippingAddress { city countryCodeV2 }
        lineItems(first: 10) { nodes { title quantity variant { id } } }
        fulfillments { status displayStatus trackingInfo { company number url } } customer { id } } } }`,
  );
  expect(body.errors).toBeUndefined();
  const orders = body.data.orders.nodes;
  expect(orders).toHaveLength(17);
  expect(orders[0].name).toBe('#1001');
  expect(orders.every((o: { lineItems: { nodes: { variant: unknown }[] } }) => o.lineItems.nodes.every((l) => l.variant))).toBe(true);

  const byName = await gql(api, '{ orders(first: 1, query: "name:#1008") { nodes { cancelReason displayFinancialStatus currencyCode } } }');
  expect(byName.body.data.orders.nodes).toEqual([{ cancelReason: 'CUSTOMER', displayFinancialStatus: 'VOIDED', currencyCode: 'EUR' }]);
});

test('translations of the demo products', async () => {
  const { body } = await gql(
    api,
    '{ translatableResources(first: 1, resourceType: PRODUCT) { nodes { resourceId t: translations(locale: "de") { key value } } } }',
  );
  const [first] = body.data.translatableResources.nodes;
  expect(first.t).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'title' })]));
});

test('policy translations: SHOP_POLICY resources keyed by the ShopPolicy id, `body` as HTML, and ShopPolicy.translations', async () => {
  const { body } = await gql(
    api,
    `{ shop { shopPolicies { id type translations(locale: "de") { key value locale outdated } } }
       translatableResources(first: 10, resourceType: SHOP_POLICY) {
         nodes { resourceId translatableContent { key type locale value } pl: translations(locale: "pl") { key value } en: translations(locale: "en") { key } } } }`,
  );
  expect(body.errors).toBeUndefined();
  expect(body.extensions.fakeAdminApi?.unmodelledFields ?? []).toEqual([]);
  const policies: { id: string; type: string; translations: unknown[] }[] = body.data.shop.shopPolicies;
  const resources = body.data.translatableResources.nodes;
  expect(resources.map((r: { resourceId: string }) => r.resourceId)).toEqual(policies.map((p) => p.id));
  const shipping = resources[policies.findIndex((p) => p.type === 'SHIPPING_POLICY')];
  expect(shipping.translatableContent).toEqual([
    expect.objectContaining({ key: 'body', type: 'HTML', locale: 'en', value: expect.stringMatching(/^<p>Orders placed before 2 pm/) }),
  ]);
  expect(shipping.pl).toEqual([{ key: 'body', value: expect.stringMatching(/^<p>Zamówienia złożone w dzień roboczy.*<\/p>$/) }]);
  expect(shipping.en).toEqual([]);
  expect(policies.find((p) => p.type === 'REFUND_POLICY')!.translations).toEqual([
    { key: 'body', value: expect.stringContaining('Rücksendungen'), locale: 'de', outdated: false },
  ]);

  const one = await gql(
    api,
    'query($id: ID!) { translatableResource(resourceId: $id) { resourceId t: translations(locale: "fr") { value } } }',
    {
      id: policies[0].id,
    },
  );
  expect(one.body.data.translatableResource).toEqual({
    resourceId: policies[0].id,
    t: [{ value: expect.stringContaining('Les retours') }],
  });
  const byIds = await gql(api, 'query($ids: [ID!]!) { translatableResourcesByIds(first: 5, resourceIds: $ids) { nodes { resourceId } } }', {
    ids: [policies[1].id, 'gid://shopify/ShopPolicy/1', policies[0].id],
  });
  expect(byIds.body.data.translatableResourcesByIds.nodes).toEqual([{ resourceId: policies[1].id }, { resourceId: policies[0].id }]);
});

test('a products bulk operation covers the whole store', async () => {
  const run = await gql(api, 'mutation($q: String!) { bulkOperationRunQuery(query: $q) { bulkOperation { id } userErrors { message } } }', {
    q: '{ products { edges { node { id variants { edges { node { id } } } } } } }',
  });
  expect(run.body.data.bulkOperationRunQuery.userErrors).toEqual([]);
  await api.bulkOperationsSettled();
  const { body } = await gql(api, 'query($id: ID!) { bulkOperation(id: $id) { status rootObjectCount url } }', {
    id: run.body.data.bulkOperationRunQuery.bulkOperation.id,
  });
  expect(body.data.bulkOperation).toMatchObject({ status: 'COMPLETED', rootObjectCount: '60' });
  const text = await (await api.handle(new Request(body.data.bulkOperation.url))).text();
  expect(
    text
      .trim()
      .split('\n')
      .filter((l) => !l.includes('__parentId')),
  ).toHaveLength(60);
});
