import { RequestType, setUpValidRequest } from '@shopify/shopify-api/test-helpers';
import { upsertProducts } from '~/catalog/products.server';
import type { CatalogProduct } from '~/catalog/types';
import { bootApp, call, install, proxyRequest, TEST_SECRET, APP_URL } from '../helpers/app';
import type { TestDb } from '../helpers/db';

let t: TestDb;
let route: typeof import('~/routes/proxy.search');
const SHOP = 'proxy-shop.myshopify.com';
const OTHER = 'proxy-other.myshopify.com';

function product(id: number, title: string, extra: Partial<CatalogProduct> = {}): CatalogProduct {
  return {
    shopifyId: `gid://shopify/Product/${id}`,
    handle: title.toLowerCase().replace(/\W+/g, '-'),
    title,
    description: '',
    vendor: 'Acme',
    productType: 'Jackets',
    tags: [],
    status: 'ACTIVE',
    options: [{ name: 'Size', values: ['M'] }],
    variants: [{ id: `gid://shopify/ProductVariant/${id}`, title: 'M', sku: '', price: 80, compareAtPrice: 100, available: true, inventoryQuantity: 2, options: [{ name: 'Size', value: 'M' }], image: null }],
    images: [],
    collections: [],
    metafields: [],
    translations: {},
    updatedAt: '2026-11-01T00:00:00Z',
    ...extra,
  };
}

beforeAll(async () => {
  t = await bootApp();
  route = await import('~/routes/proxy.search');
  await install(t, SHOP);
  await install(t, OTHER);
  await upsertProducts(t.db, SHOP, [product(1, 'Waterproof Rain Jacket'), product(2, 'Wool Scarf', { productType: 'Scarves' })]);
  await upsertProducts(t.db, OTHER, [product(3, 'Secret Rain Jacket')]);
});
afterAll(() => t.drop());

test('a request signed like Shopify\'s app proxy gets products of its own shop only, in the product shape', async () => {
  const res = await call(route.loader, proxyRequest('/proxy/search?q=rain+jacket', { shop: SHOP }));
  expect(res.status).toBe(200);
  const body = await res.json();
  expect(body.products.map((p: { handle: string }) => p.handle)).toEqual(['waterproof-rain-jacket']);
  expect(body.products[0]).toEqual(
    expect.objectContaining({ handle: 'waterproof-rain-jacket', title: 'Waterproof Rain Jacket', url: '/products/waterproof-rain-jacket', price: 80, compareAtPrice: 100, currency: 'USD', available: true, image: null }),
  );
  expect(body.products[0].variants[0]).toEqual({ id: 'gid://shopify/ProductVariant/1', title: 'M', price: 80, compareAtPrice: 100, available: true, options: [{ name: 'Size', value: 'M' }] });
});

test('the signature scheme matches the Shopify library\'s own test helper', async () => {
  const signed = await setUpValidRequest({ type: RequestType.Public, store: 'proxy-shop', apiSecretKey: TEST_SECRET }, new Request(`${APP_URL}/proxy/search?q=scarf`));
  const res = await call(route.loader, signed);
  expect(res.status).toBe(200);
  expect((await res.json()).products[0].handle).toBe('wool-scarf');
});

test.each([
  ['a tampered signature', { tamper: true }],
  ['a missing signature', { noSignature: true }],
  ['a timestamp older than 90 seconds', { timestamp: Math.floor(Date.now() / 1000) - 120 }],
])('%s is rejected with 401', async (_name, opts) => {
  const res = await call(route.loader, proxyRequest('/proxy/search?q=jacket', { shop: SHOP, ...opts }));
  expect(res.status).toBe(401);
  expect((await res.json()).error).toBe('invalid_signature');
});

test('a correctly signed request for a shop that never installed is rejected', async () => {
  const res = await call(route.loader, proxyRequest('/proxy/search?q=jacket', { shop: 'stranger.myshopify.com' }));
  expect(res.status).toBe(401);
  expect((await res.json()).error).toBe('shop_not_installed');
});

test('changing the shop parameter after signing breaks the signature', async () => {
  const req = proxyRequest('/proxy/search?q=jacket', { shop: SHOP });
  const url = new URL(req.url);
  url.searchParams.set('shop', OTHER);
  expect((await call(route.loader, new Request(url))).status).toBe(401);
});

test('bad filters get a 400 naming the problem; other methods get 405', async () => {
  const res = await call(route.loader, proxyRequest('/proxy/search?minPrice=-5&limit=500', { shop: SHOP }));
  expect(res.status).toBe(400);
  const body = await res.json();
  expect(body.error).toBe('invalid_query');
  expect(body.message).toMatch(/minPrice/);
  expect((await call(route.action as never, proxyRequest('/proxy/search', { shop: SHOP, method: 'POST', body: '{}' }))).status).toBe(405);
});

test('filters: price range, availability, type, option', async () => {
  const res = await call(route.loader, proxyRequest('/proxy/search?type=Scarves&maxPrice=90&available=true&option=Size:M', { shop: SHOP }));
  expect((await res.json()).products.map((p: { handle: string }) => p.handle)).toEqual(['wool-scarf']);
});
