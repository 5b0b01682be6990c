import path from 'node:path';
import { createFakeAdminApi, type FakeAdminApi } from '~/demo/admin-api';
import { loadStore } from '~/demo/store';
import type { DemoStore } from '~/demo/store/types';
import type { AdminGraphql } from '~/shopify/admin-query';
import { createTestDb, type TestDb } from '../../../../test/helpers/db';
import { getSyncStatus, requestSync, runDueJobs } from '../jobs';
import { policyTranslationsFromNode } from '../policy-translations';

let t: TestDb;
let store: DemoStore;
// The fake's leaky bucket runs on this clock; "sleeping" advances it, so backoff is exercised
// for real without the test waiting for it.
let clock = Date.now();
const noSleep = async (ms = 0) => {
  clock += ms;
  await new Promise((r) => setTimeout(r, 1));
};

beforeAll(async () => {
  t = await createTestDb();
  store = await loadStore(path.resolve('demo-store'));
});
afterAll(() => t.drop());

function fakeFor(s: DemoStore): FakeAdminApi {
  return createFakeAdminApi({ store: s, baseUrl: 'https://fake-admin.test', now: () => clock });
}

/** The Admin API as the app's jobs get it, speaking HTTP to the fake. */
function graphqlOver(fake: FakeAdminApi): AdminGraphql {
  return async (query, opts) =>
    fake.handle(
      new Request(fake.graphqlUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Shopify-Access-Token': 'shpat_demo' },
        body: JSON.stringify({ query, variables: opts?.variables }),
      }),
    );
}

const fetchVia = (fake: FakeAdminApi): typeof fetch =>
  (async (input: RequestInfo | URL) => fake.handle(new Request(String(input)))) as typeof fetch;

async function syncOnce(shop: string, fake: FakeAdminApi, extra: { fetchImpl?: typeof fetch; batchSize?: number } = {}) {
  await runDueJobs({
    db: t.db,
    graphqlFor: async () => graphqlOver(fake),
    fetchImpl: extra.fetchImpl ?? fetchVia(fake),
    sleep: noSleep,
    pollMs: 50,
    batchSize: extra.batchSize,
  });
}

test('a full sync pulls all 60 demo products with variants, images, translations and the policies', async () => {
  const shop = 'sync-a.myshopify.com';
  const fake = fakeFor(store);
  await requestSync(t.db, shop);
  await syncOnce(shop, fake);
  const status = await getSyncStatus(t.db, shop);
  expect(status).toMatchObject({ state: 'completed', productsIndexed: 60, error: null });
  expect(status.policies).toBe(Object.keys(store.policies).length);

  const bracelet = await t.db.product.findFirstOrThrow({ where: { shop, handle: 'chain-bracelet' } });
  const variants = JSON.parse(bracelet.variants);
  expect(variants.map((v: { title: string; available: boolean }) => [v.title, v.available])).toEqual([
    ['Blue', true],
    ['Black', false],
  ]);
  expect(bracelet.compareAtMax).toBe(44.99);
  expect(JSON.parse(bracelet.images).length).toBeGreaterThan(0);
  expect(JSON.parse(bracelet.translations).pl.title).toBeTruthy();
  const shopRow = await t.db.shop.findUniqueOrThrow({ where: { domain: shop } });
  expect(shopRow).toMatchObject({ name: 'Northwind Goods', currency: 'USD', primaryLocale: 'en' });
  await fake.close();
});

test('THROTTLED answers and 5xx are backed off, not fatal', async () => {
  const shop = 'sync-b.myshopify.com';
  const fake = fakeFor(store);
  fake.throttleNext(3);
  fake.failNext(1, 503);
  await requestSync(t.db, shop);
  await syncOnce(shop, fake);
  expect(await getSyncStatus(t.db, shop)).toMatchObject({ state: 'completed', productsIndexed: 60 });
  await fake.close();
});

test('an interrupted sync resumes where it stopped instead of starting over', async () => {
  const shop = 'sync-c.myshopify.com';
  const fake = fakeFor(store);
  // The download dies after ~100 lines (one connection drop mid-file).
  let served = 0;
  const flaky: typeof fetch = (async (input: RequestInfo | URL) => {
    const response = await fake.handle(new Request(String(input)));
    if (served++ > 0) return response;
    const lines = (await response.text()).split('\n');
    const partial = lines.slice(0, 100).join('\n') + '\n';
    let pulls = 0;
    const stream = new ReadableStream({
      pull(c) {
        if (pulls++ === 0) c.enqueue(new TextEncoder().encode(partial));
        else c.error(new Error('connection reset'));
      },
    });
    return new Response(stream);
  }) as typeof fetch;
  const jobId = await requestSync(t.db, shop);
  await syncOnce(shop, fake, { fetchImpl: flaky, batchSize: 10 });
  const interrupted = await t.db.syncJob.findUniqueOrThrow({ where: { id: jobId } });
  expect(interrupted.status).toBe('pending'); // will be retried
  expect(interrupted.linesDone).toBeGreaterThan(0);
  expect(interrupted.error).toMatch(/connection reset/);
  const firstRun = interrupted.productsSynced;
  expect(firstRun).toBeGreaterThan(0);
  expect(firstRun).toBeLessThan(60);

  await syncOnce(shop, fake, { fetchImpl: flaky, batchSize: 10 });
  const done = await t.db.syncJob.findUniqueOrThrow({ where: { id: jobId } });
  expect(done.status).toBe('completed');
  expect(done.attempts).toBe(2);
  // The second attempt reused the same bulk operation and skipped what was already applied.
  expect(done.productsSynced).toBe(60);
  expect(await t.db.product.count({ where: { shop, deletedAt: null } })).toBe(60);
  await fake.close();
});

test('a re-sync removes products deleted in Shopify and leaves other shops alone', async () => {
  const shop = 'sync-d.myshopify.com';
  const fake = fakeFor(store);
  await requestSync(t.db, shop);
  await syncOnce(shop, fake);
  await fake.close();

  const smaller = { ...store, products: store.products.filter((p) => p.handle !== 'chain-bracelet') };
  const fake2 = fakeFor(smaller);
  await requestSync(t.db, shop);
  await syncOnce(shop, fake2);
  expect(await t.db.product.count({ where: { shop, deletedAt: null } })).toBe(59);
  expect((await t.db.product.findFirstOrThrow({ where: { shop, handle: 'chain-bracelet' } })).deletedAt).not.toBeNull();
  expect(await t.db.product.count({ where: { shop: 'sync-a.myshopify.com', deletedAt: null } })).toBe(60);
  await fake2.close();
});

const policyRow = (shop: string, type: string) => t.db.policy.findUniqueOrThrow({ where: { shop_type: { shop, type } } });

test("policies arrive with their translations in the shop's other locales, as plain text", async () => {
  const shop = 'sync-f.myshopify.com';
  const fake = fakeFor(store);
  await requestSync(t.db, shop);
  await syncOnce(shop, fake);
  await fake.close();
  for (const type of Object.keys(store.policies)) {
    const row = await policyRow(shop, type);
    // The fake serves each text as <p> HTML (with entities), as Shopify does; stored back as the text.
    const expected = Object.fromEntries(Object.entries(store.policyTranslations![type]).map(([locale, body]) => [locale, { body }]));
    expect(JSON.parse(row.translations)).toEqual(expected);
    expect(Object.keys(expected).sort()).toEqual(['de', 'es', 'fr', 'pl']);
  }
  expect(JSON.parse((await policyRow(shop, 'SHIPPING_POLICY')).translations).pl.body).toMatch(
    /^Zamówienia złożone .* Nie wysyłamy do skrytek pocztowych\.$/,
  );
});

test('a re-sync keeps policy translations current: changed, removed, and none once a locale is unpublished', async () => {
  const shop = 'sync-g.myshopify.com';
  const fake = fakeFor(store);
  await requestSync(t.db, shop);
  await syncOnce(shop, fake);
  await fake.close();

  // The shipping policy's Polish text changes and its other translations are removed.
  const edited: DemoStore = {
    ...store,
    policyTranslations: { ...store.policyTranslations, SHIPPING_POLICY: { pl: 'Wysyłamy w 2 dni & za darmo.' } },
  };
  const fake2 = fakeFor(edited);
  await requestSync(t.db, shop);
  await syncOnce(shop, fake2);
  await fake2.close();
  expect(JSON.parse((await policyRow(shop, 'SHIPPING_POLICY')).translations)).toEqual({ pl: { body: 'Wysyłamy w 2 dni & za darmo.' } });
  expect(Object.keys(JSON.parse((await policyRow(shop, 'REFUND_POLICY')).translations)).sort()).toEqual(['de', 'es', 'fr', 'pl']);

  const englishOnly: DemoStore = { ...store, shop: { ...store.shop, shopLocales: ['en'] } };
  const fake3 = fakeFor(englishOnly);
  await requestSync(t.db, shop);
  await syncOnce(shop, fake3);
  await fake3.close();
  expect((await policyRow(shop, 'REFUND_POLICY')).translations).toBe('{}');
});

test('an outdated or empty policy translation is left out, and a translated body is converted like the original', () => {
  const node = {
    resourceId: 'gid://shopify/ShopPolicy/1',
    t_pl: [{ key: 'body', value: '<p>Zwrot w 14 dni.</p>\n<p>Karty &amp; bony: bez zwrotu.</p>', outdated: false }],
    t_de: [{ key: 'body', value: '<p>Rückgabe in 30 Tagen.</p>', outdated: true }],
    t_es: [{ key: 'body', value: '', outdated: false }],
    t_pt_BR: [{ key: 'body', value: '<p>Devolução em 14 dias.</p>', outdated: false }],
  };
  expect(policyTranslationsFromNode(node, ['pl', 'de', 'es', 'fr', 'pt-BR'])).toEqual({
    pl: { body: 'Zwrot w 14 dni.\nKarty & bony: bez zwrotu.' },
    'pt-BR': { body: 'Devolução em 14 dias.' },
  });
});

test('a shop without a session fails its job with a clear error', async () => {
  const shop = 'sync-e.myshopify.com';
  await requestSync(t.db, shop);
  await runDueJobs({ db: t.db, graphqlFor: async () => null, sleep: noSleep });
  expect(await getSyncStatus(t.db, shop)).toMatchObject({ state: 'failed', error: expect.stringMatching(/not installed/) });
});
