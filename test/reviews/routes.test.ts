import fs from 'node:fs';
import path from 'node:path';
import { RequestType, setUpValidRequest } from '@shopify/shopify-api/test-helpers';
import { APP_URL, bootApp, call, install, TEST_API_KEY, TEST_SECRET } from '../helpers/app';
import type { TestDb } from '../helpers/db';
import { runDueImports } from '~/reviews/import/jobs';
import { refreshAfterImport } from '~/reviews/summary/refresh';
import { seedProducts } from './helpers';

const A = 'reviews-a.myshopify.com';
const B = 'reviews-b.myshopify.com';
let t: TestDb;
let report: typeof import('~/routes/app.reviews');
let api: typeof import('~/routes/api.reviews');

beforeAll(async () => {
  t = await bootApp();
  report = await import('~/routes/app.reviews');
  api = await import('~/routes/api.reviews');
  for (const shop of [A, B]) {
    await install(t, shop);
    await seedProducts(t.db, shop);
  }
});
afterAll(() => t.drop());

const asAdmin = async (store: string, query = '', init?: RequestInit) =>
  setUpValidRequest({ type: RequestType.Bearer, store, apiKey: TEST_API_KEY, apiSecretKey: TEST_SECRET }, new Request(`${APP_URL}/app/reviews${query}`, init));
const form = (fields: Record<string, string | Blob>, fileName?: string) => {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    if (v instanceof Blob) body.set(k, v, fileName);
    else body.set(k, v);
  }
  return body;
};
const push = (shop: string, token: string, body: unknown) =>
  call(api.action, new Request(`${APP_URL}/api/reviews`, { method: 'POST', headers: { 'X-Aisle-Shop': shop, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));

test('uploading an export queues a background import that fills the signed-in shop\'s report only', async () => {
  const csv = fs.readFileSync(path.resolve('test/fixtures/reviews/exports/judgeme.csv'));
  const res = await call(report.action, await asAdmin('reviews-a', '', { method: 'POST', body: form({ intent: 'upload', file: new Blob([csv], { type: 'text/csv' }) }, 'judgeme.csv') }));
  expect(res.status).toBe(200);
  expect((await res.json()).imported.format).toBe('judgeme');
  await runDueImports({ db: t.db, onImported: (shop, products) => refreshAfterImport(t.db, shop, products) });

  const a = await (await call(report.loader, await asAdmin('reviews-a', '?period=0'))).json();
  expect(a.report.totals).toMatchObject({ reviews: 3, positive: 2, negative: 1 });
  expect(a.imports[0]).toMatchObject({ fileName: 'judgeme.csv', status: 'completed', imported: 3, malformed: 1, unmatched: 1 });
  expect(a.report.toAnswer[0]).toMatchObject({ productHandle: 'clay-plant-pot', sentiment: 'negative' });
  expect(a.report.toAnswer[0].replyDraft).toMatch(/^Hi Ben, thank you/);
  expect(a.report.complaints[0]).toMatchObject({ aspect: 'fit_sizing', count: 1 });
  expect(a.options.products.map((p: { value: string }) => p.value).sort()).toEqual(['clay-plant-pot', 'ocean-blue-shirt']);
  const b = await (await call(report.loader, await asAdmin('reviews-b', '?period=0'))).json();
  expect(b.report.totals.reviews).toBe(0);

  const filtered = await (await call(report.loader, await asAdmin('reviews-a', '?period=0&language=en&rating=5'))).json();
  expect(filtered.report).toMatchObject({ source: 'reviews', totals: { reviews: 1, positive: 1 } });
  const byProduct = await (await call(report.loader, await asAdmin('reviews-a', '?period=0&product=clay-plant-pot'))).json();
  expect(byProduct.report.totals.reviews).toBe(2);
});

test('the report says where the Claude analysis stands, or how to get it', async () => {
  const { reportPageData } = await import('~/reviews/report/page-data');
  const { ReportFiltersSchema } = await import('~/reviews/report/report');
  const without = await reportPageData(t.db, A, ReportFiltersSchema.parse({ period: 0 }), new Date(), {});
  expect(without.claude).toEqual({ enabled: false, analysed: 0, waiting: 0, lastRunAt: null, nextRunAt: null, batchPending: false, error: null });
  const withKey = await reportPageData(t.db, A, ReportFiltersSchema.parse({ period: 0 }), new Date(), { ANTHROPIC_API_KEY: 'sk-test' });
  expect(withKey.claude).toMatchObject({ enabled: true, analysed: 0, waiting: 3, batchPending: false });
  const lastRunAt = new Date('2026-11-25T03:00:00Z');
  await t.db.reviewClaudeSchedule.create({ data: { shop: A, lastRunAt, nextRunAt: new Date('2026-11-26T03:00:00Z'), batchId: 'msgbatch_1' } });
  const running = await reportPageData(t.db, A, ReportFiltersSchema.parse({ period: 0 }), new Date(), { ANTHROPIC_API_KEY: 'sk-test' });
  expect(running.claude).toMatchObject({ lastRunAt: lastRunAt.toISOString(), batchPending: true });
  expect((await reportPageData(t.db, A, ReportFiltersSchema.parse({ period: 0 }), new Date(), { ANTHROPIC_API_KEY: 'sk-test', AISLE_REVIEW_CLAUDE: 'off' })).claude.enabled).toBe(false);
  // The other shop's schedule is not this one's.
  expect((await reportPageData(t.db, B, ReportFiltersSchema.parse({ period: 0 }), new Date(), { ANTHROPIC_API_KEY: 'sk-test' })).claude).toMatchObject({ batchPending: false, waiting: 0 });
});

test('an unsupported upload is refused with what the file lacks', async () => {
  const res = await call(report.action, await asAdmin('reviews-a', '', { method: 'POST', body: form({ intent: 'upload', file: new Blob(['Handle,Title\nx,y\n']) }, 'products.csv') }));
  expect(res.status).toBe(400);
  expect((await res.json()).error).toMatch(/body, rating and a product column/);
});

test('CSV export streams the filtered reviews with formulas neutralised', async () => {
  await t.db.review.updateMany({ where: { shop: A, productHandle: 'ocean-blue-shirt' }, data: { title: '=HYPERLINK("x")' } });
  const res = await call(report.loader, await asAdmin('reviews-a', '?period=0&export=csv'));
  expect(res.headers.get('content-type')).toMatch(/text\/csv/);
  const lines = (await res.text()).trim().split('\r\n');
  expect(lines[0]).toBe('date,product,rating,language,sentiment,score,aspects,flags,title,review,reviewer,source');
  expect(lines).toHaveLength(4);
  expect(lines.find((l) => l.includes('ocean-blue-shirt'))).toContain(`"'=HYPERLINK(""x"")"`);
});

test('the push endpoint takes reviews only with the shop\'s current token', async () => {
  const created = await (await call(report.action, await asAdmin('reviews-a', '', { method: 'POST', body: form({ intent: 'rotate-token' }) }))).json();
  const token = created.token as string;
  expect(token).toMatch(/^aisle_rv_/);
  expect(JSON.stringify(await t.db.reviewSettings.findUnique({ where: { shop: A } }))).not.toContain(token);

  const review = { id: 'p1', product: { sku: 'CB-1' }, rating: 1, body: 'The clasp broke on the second day. Very disappointed.', reviewer: { name: 'Zoe', email: 'zoe@example.com' }, createdAt: '2026-05-01T10:00:00Z' };
  expect((await push(A, 'aisle_rv_wrong', { reviews: [review] })).status).toBe(401);
  expect((await push(B, token, { reviews: [review] })).status).toBe(401);
  expect((await push(A, token, { nope: true })).status).toBe(400);

  const first = await push(A, token, { reviews: [review, { product: { handle: 'nope' }, body: 'x' }, { product: {}, body: 'y' }] });
  expect(first.status).toBe(200);
  expect(await first.json()).toEqual({
    imported: 1,
    duplicates: 0,
    rejected: [
      { index: 1, reason: 'product: no such product in this shop' },
      { index: 2, reason: 'product: product needs a handle, id or sku' },
    ],
  });
  expect(await (await push(A, token, { reviews: [review] })).json()).toMatchObject({ imported: 0, duplicates: 1 });
  const stored = await t.db.review.findFirstOrThrow({ where: { shop: A, externalId: 'p1' } });
  expect(stored).toMatchObject({ source: 'api', productHandle: 'chain-bracelet', sentiment: 'negative' });
  expect(await t.db.productReviewSummary.findFirst({ where: { shop: A, handle: 'chain-bracelet' } })).toMatchObject({ reviews: 1 });

  // Replacing the token retires the old one.
  await call(report.action, await asAdmin('reviews-a', '', { method: 'POST', body: form({ intent: 'rotate-token' }) }));
  expect((await push(A, token, { reviews: [review] })).status).toBe(401);
});

test('settings: alert address and merchant aspects are validated and saved', async () => {
  const bad = await call(report.action, await asAdmin('reviews-a', '', { method: 'POST', body: form({ intent: 'settings', alertEmail: 'x@y.z', customAspects: 'zipper zip*' }) }));
  expect(bad.status).toBe(400);
  expect((await bad.json()).error).toMatch(/line 1/);
  const ok = await call(report.action, await asAdmin('reviews-a', '', { method: 'POST', body: form({ intent: 'settings', alertEmail: 'owner@example.com', customAspects: 'zipper: zip*, zamek' }) }));
  expect(ok.status).toBe(200);
  const data = await (await call(report.loader, await asAdmin('reviews-a'))).json();
  expect(data.settings).toMatchObject({ alertEmail: 'owner@example.com', customAspects: [{ name: 'zipper', terms: ['zip*', 'zamek'] }] });
});
