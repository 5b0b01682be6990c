import { upsertProducts, deleteProduct } from '~/catalog/products.server';
import { rainJacket, soldOutParka, windbreaker, product } from '~/compare/__tests__/fixtures';
import { bootApp, call, install, proxyRequest } from '../helpers/app';
import type { TestDb } from '../helpers/db';

let t: TestDb;
let route: typeof import('~/routes/proxy.compare');
const SHOP = 'compare-shop.myshopify.com';
const OTHER = 'compare-other.myshopify.com';

beforeAll(async () => {
  t = await bootApp();
  route = await import('~/routes/proxy.compare');
  await install(t, SHOP);
  await install(t, OTHER);
  await upsertProducts(t.db, SHOP, [
    rainJacket,
    windbreaker,
    soldOutParka,
    product(9, 'Old Poncho'),
    product(10, 'Draft Cape', { status: 'DRAFT' }),
  ]);
  await deleteProduct(t.db, SHOP, 'gid://shopify/Product/9');
  await upsertProducts(t.db, OTHER, [product(20, 'Secret Jacket')]);
});
afterAll(() => t.drop());

const get = (query: string, shop = SHOP) => call(route.loader, proxyRequest(`/proxy/compare?${query}`, { shop }));

test("returns the structured comparison of the shop's products, in the order asked", async () => {
  const res = await get('products=windbreaker,rain-jacket');
  expect(res.status).toBe(200);
  const body = await res.json();
  expect(body.products.map((p: { handle: string }) => p.handle)).toEqual(['windbreaker', 'rain-jacket']);
  expect(body.products[0]).toMatchObject({
    title: 'Windbreaker',
    price: 60,
    compareAtPrice: 80,
    currency: 'USD',
    rating: null,
    customersSay: null,
  });
  expect(body.rows.find((r: { key: string }) => r.key === 'attribute:Material')).toMatchObject({
    values: ['Polyester', 'Recycled nylon'],
    differs: true,
  });
  expect(body.summary[0].points[0]).toBe('the lowest price ($60.00)');
  expect(body.missing).toEqual([]);
  expect(body.language).toBe('en');
});

test('rating and "customers say" come from the shop\'s review summaries, in the shopper\'s language', async () => {
  await t.db.productReviewSummary.create({
    data: {
      shop: SHOP,
      productId: 'gid://shopify/Product/2',
      handle: 'windbreaker',
      reviews: 12,
      averageRating: 4.5,
      says: JSON.stringify({ en: 'Light and packs small; runs a little large.', pl: 'Lekka i mało zajmuje; rozmiar nieco większy.' }),
    },
  });
  const en = await (await get('products=rain-jacket,windbreaker')).json();
  expect(en.products[0]).toMatchObject({ handle: 'rain-jacket', rating: null, customersSay: null });
  expect(en.products[1]).toMatchObject({
    handle: 'windbreaker',
    rating: { value: 4.5, count: 12 },
    customersSay: 'Light and packs small; runs a little large.',
  });
  expect(en.summary[1].points).toContain('best rated (4.5/5)');
  const pl = await (await get('products=rain-jacket,windbreaker&locale=pl')).json();
  expect(pl.products[1].customersSay).toBe('Lekka i mało zajmuje; rozmiar nieco większy.');
  await t.db.productReviewSummary.deleteMany({ where: { shop: SHOP } });
});

test('the locale picks the language of labels and translated titles', async () => {
  const body = await (await get('products=rain-jacket,windbreaker&locale=pl-PL')).json();
  expect(body.language).toBe('pl');
  expect(body.products[0].title).toBe('Kurtka przeciwdeszczowa');
  expect(body.rows[0].attribute).toBe('Cena');
});

test("deleted, draft, unknown and other shops' products are never compared; they are listed as missing", async () => {
  const body = await (await get('products=rain-jacket,old-poncho,draft-cape,secret-jacket,')).json();
  expect(body.products.map((p: { handle: string }) => p.handle)).toEqual(['rain-jacket']);
  expect(body.missing).toEqual(['old-poncho', 'draft-cape', 'secret-jacket']);
  const theirs = await (await get('products=secret-jacket,rain-jacket', OTHER)).json();
  expect(theirs.products.map((p: { handle: string }) => p.handle)).toEqual(['secret-jacket']);
});

test.each([
  ['no products parameter', ''],
  ['a single product', 'products=rain-jacket'],
  ['the same product twice', 'products=rain-jacket,Rain-Jacket'],
  ['five products', 'products=a,b,c,d,e'],
  ['a malformed handle', 'products=rain-jacket,../admin'],
  ['a malformed locale', 'products=rain-jacket,windbreaker&locale=<script>'],
])('%s is a 400 naming the problem', async (_name, query) => {
  const res = await get(query);
  expect(res.status).toBe(400);
  const body = await res.json();
  expect(body.error).toBe('invalid_query');
  expect(body.message).toMatch(/products|locale/);
});

test('unsigned requests are refused and only GET is allowed', async () => {
  const unsigned = await call(
    route.loader,
    proxyRequest('/proxy/compare?products=rain-jacket,windbreaker', { shop: SHOP, noSignature: true }),
  );
  expect(unsigned.status).toBe(401);
  expect((await call(route.action as never, proxyRequest('/proxy/compare', { shop: SHOP, method: 'POST', body: '{}' }))).status).toBe(405);
});
