import { RequestType, setUpValidRequest } from '@shopify/shopify-api/test-helpers';
import { upsertProducts } from '~/catalog/products.server';
import type { CatalogProduct } from '~/catalog/types';
import { APP_URL, bootApp, call, install, TEST_API_KEY, TEST_SECRET } from '../helpers/app';
import type { TestDb } from '../helpers/db';

let t: TestDb;
let route: typeof import('~/routes/app._index');

const p = (id: number): CatalogProduct => ({
  shopifyId: `gid://shopify/Product/${id}`, handle: `p${id}`, title: `P${id}`, description: '', vendor: '', productType: '', tags: [], status: 'ACTIVE',
  options: [], variants: [], images: [], collections: [], metafields: [], translations: {}, updatedAt: '2026-11-01T00:00:00Z',
});

beforeAll(async () => {
  t = await bootApp();
  route = await import('~/routes/app._index');
  await install(t, 'admin-a.myshopify.com');
  await install(t, 'admin-b.myshopify.com');
  await upsertProducts(t.db, 'admin-a.myshopify.com', [p(1), p(2)]);
  await upsertProducts(t.db, 'admin-b.myshopify.com', [p(3), p(4), p(5)]);
  await t.db.syncJob.create({ data: { shop: 'admin-a.myshopify.com', status: 'completed', productsSynced: 2, finishedAt: new Date('2026-11-20T10:00:00Z') } });
});
afterAll(() => t.drop());

const asAdmin = (store: string, init?: RequestInit) =>
  setUpValidRequest({ type: RequestType.Bearer, store, apiKey: TEST_API_KEY, apiSecretKey: TEST_SECRET }, new Request(`${APP_URL}/app`, init));

test('the home loader shows the signed-in shop\'s real sync status, never another shop\'s', async () => {
  const res = await call(route.loader, await asAdmin('admin-a'));
  expect(res.status).toBe(200);
  const data = await res.json();
  expect(data.shop).toBe('admin-a.myshopify.com');
  expect(data.status).toMatchObject({ productsIndexed: 2, state: 'completed', lastSyncAt: '2026-11-20T10:00:00.000Z' });
  expect(data.embedLink).toBe('https://admin-a.myshopify.com/admin/themes/current/editor?context=apps&template=index&activateAppId=testApiKey%2Faisle-chat');
  const b = await (await call(route.loader, await asAdmin('admin-b'))).json();
  expect(b.status.productsIndexed).toBe(3);
});

test('a page load with a valid id_token (document request) is authenticated too', async () => {
  const req = await setUpValidRequest({ type: RequestType.Admin, store: 'admin-a', apiKey: TEST_API_KEY, apiSecretKey: TEST_SECRET }, new Request(`${APP_URL}/app`));
  expect((await call(route.loader, req)).status).toBe(200);
});

test('a request without a session token, or with a forged one, gets no data', async () => {
  const none = await call(route.loader, new Request(`${APP_URL}/app`, { headers: { Authorization: 'Bearer nope' } }));
  expect(none.status).toBe(401);
  const forged = await setUpValidRequest({ type: RequestType.Bearer, store: 'admin-a', apiKey: TEST_API_KEY, apiSecretKey: 'wrong-secret' }, new Request(`${APP_URL}/app`));
  expect((await call(route.loader, forged)).status).toBe(401);
});

test('re-sync queues one job for the signed-in shop; asking twice does not queue two', async () => {
  const form = () => {
    const body = new FormData();
    body.set('intent', 'resync');
    return body;
  };
  const first = await (await call(route.action, await asAdmin('admin-b', { method: 'POST', body: form() }))).json();
  const second = await (await call(route.action, await asAdmin('admin-b', { method: 'POST', body: form() }))).json();
  expect(first.jobId).toBe(second.jobId);
  expect(await t.db.syncJob.count({ where: { shop: 'admin-b.myshopify.com', status: 'pending' } })).toBe(1);
  expect(await t.db.syncJob.count({ where: { shop: 'admin-a.myshopify.com', status: 'pending' } })).toBe(0);
});
