import fs from 'node:fs';
import path from 'node:path';
import { createTestDb, type TestDb } from '../helpers/db';
import { requestImport, runDueImports, listImports, IMPORT_LEASE_MS } from '~/reviews/import/jobs';
import { UnknownFormatError } from '~/reviews/import/formats';
import { refreshAfterImport } from '~/reviews/summary/refresh';
import { reviewSummaryFor } from '~/reviews/summary/store';
import { SHOP, seedProducts } from './helpers';

const exports = path.resolve('test/fixtures/reviews/exports');
const file = (name: string) => ({ name, content: fs.readFileSync(path.join(exports, name), 'utf8') });

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
  await seedProducts(t.db);
});
afterEach(() => t.drop());

const run = () => runDueImports({ db: t.db, onImported: (shop, products) => refreshAfterImport(t.db, shop, products) });

it('imports every supported export in the background, matching by id, handle or SKU and reporting the rest by row', async () => {
  for (const name of ['judgeme.csv', 'yotpo.csv', 'okendo.csv', 'loox.csv', 'shopify.csv']) await requestImport(t.db, SHOP, file(name));
  expect(await run()).toBe(5);
  const jobs = Object.fromEntries((await listImports(t.db, SHOP, 10)).map((j) => [j.fileName, j]));
  expect(jobs['judgeme.csv']).toMatchObject({ status: 'completed', format: 'judgeme', rowsTotal: 5, rowsDone: 5, imported: 3, malformed: 1, unmatched: 1 });
  expect(jobs['judgeme.csv'].problems).toEqual([
    { row: 4, kind: 'malformed', reason: 'rating "seven" is not a number from 1 to 5', code: 'bad_rating', value: 'seven' },
    { row: 5, kind: 'unmatched', reason: 'no product with handle "no-such-product"', code: 'unknown_product', value: 'no-such-product' },
  ]);
  expect(jobs['yotpo.csv']).toMatchObject({ imported: 3, malformed: 1, unmatched: 0 });
  expect(jobs['okendo.csv']).toMatchObject({ imported: 2, malformed: 1 });
  expect(jobs['loox.csv']).toMatchObject({ imported: 2, malformed: 1 });
  expect(jobs['shopify.csv']).toMatchObject({ imported: 2, malformed: 1 });

  const bySku = await t.db.review.findFirst({ where: { shop: SHOP, externalId: '9002' } });
  expect(bySku).toMatchObject({ productHandle: 'chain-bracelet', source: 'yotpo', sentiment: 'negative', rating: 1 });
  expect(bySku?.reviewerHash).toMatch(/^[0-9a-f]{32}$/);
  expect(JSON.stringify(await t.db.review.findMany())).not.toContain('gus@example.com');
  // The stored file is dropped once imported.
  expect((await t.db.reviewImport.findMany()).every((j) => j.content === '')).toBe(true);

  const daily = await t.db.reviewDaily.findMany({ where: { shop: SHOP } });
  expect(daily.reduce((s, d) => s + d.reviews, 0)).toBe(await t.db.review.count());
});

it('changes nothing when the same file is imported again', async () => {
  await requestImport(t.db, SHOP, file('judgeme.csv'));
  await run();
  const before = await t.db.review.count();
  const dailyBefore = await t.db.reviewDaily.findMany({ orderBy: [{ productId: 'asc' }, { day: 'asc' }] });
  await requestImport(t.db, SHOP, file('judgeme.csv'));
  await run();
  const [again] = await listImports(t.db, SHOP, 1);
  expect(again).toMatchObject({ imported: 0, duplicates: 3, malformed: 1, unmatched: 1 });
  expect(await t.db.review.count()).toBe(before);
  expect(await t.db.reviewDaily.findMany({ orderBy: [{ productId: 'asc' }, { day: 'asc' }] })).toEqual(dailyBefore);
});

it('refuses an unsupported file at upload, before queuing anything', async () => {
  await expect(requestImport(t.db, SHOP, { name: 'products.csv', content: 'Handle,Title\nx,y\n' })).rejects.toBeInstanceOf(UnknownFormatError);
  expect(await t.db.reviewImport.count()).toBe(0);
});

it('resumes an import whose worker died, skipping the rows it finished', async () => {
  const rows = Array.from({ length: 25 }, (_, i) => `T${i},"Review number ${i} says the shirt is great",5,2026-01-${String((i % 28) + 1).padStart(2, '0')},web,ok,R${i},r${i}@example.com,,ocean-blue-shirt,,,,,`);
  const content = `title,body,rating,review_date,source,curated,reviewer_name,reviewer_email,product_id,product_handle,reply,reply_date,picture_urls,ip_address,location\n${rows.join('\n')}\n`;
  const { id } = await requestImport(t.db, SHOP, { name: 'big.csv', content });
  // An earlier worker got through 10 rows, then stopped heartbeating.
  await t.db.reviewImport.update({ where: { id }, data: { status: 'running', rowsDone: 10, rowsTotal: 25, updatedAt: new Date(Date.now() - IMPORT_LEASE_MS - 1000) } });
  const progress: number[] = [];
  await runDueImports({ db: t.db, batchSize: 5, onProgress: (p) => progress.push(p.rowsDone) });
  expect(progress).toEqual([15, 20, 25]);
  const [job] = await listImports(t.db, SHOP, 1);
  expect(job).toMatchObject({ status: 'completed', rowsDone: 25, imported: 15 });
});

it('builds grounded per-product summaries in the shop languages after an import', async () => {
  const body = (i: number) => (i % 3 === 0 ? 'Runs small and the fabric feels cheap.' : 'Great quality fabric, fits perfectly.');
  const rows = Array.from({ length: 12 }, (_, i) => `,"${body(i)} (${i})",${i % 3 === 0 ? 2 : 5},2026-0${(i % 6) + 1}-10,web,ok,P${i},p${i}@example.com,,ocean-blue-shirt,,,,,`);
  await requestImport(t.db, SHOP, { name: 's.csv', content: `title,body,rating,review_date,source,curated,reviewer_name,reviewer_email,product_id,product_handle,reply,reply_date,picture_urls,ip_address,location\n${rows.join('\n')}\n` });
  await run();
  const en = await reviewSummaryFor(t.db, SHOP, 'ocean-blue-shirt', 'en-US');
  expect(en).toMatchObject({ reviews: 12, averageRating: 4, distribution: [0, 4, 0, 0, 8], locale: 'en' });
  expect(en?.pros.map((p) => [p.aspect, p.count])).toEqual([['fit_sizing', 8], ['quality', 8]]);
  expect(en?.cons.map((p) => [p.aspect, p.count])).toEqual([['fit_sizing', 4], ['quality', 4]]);
  expect(en?.says).toBe('From 12 reviews (average 4.0/5): customers praise fit and sizing (8) and quality (8). Some mention problems with fit and sizing (4) and quality (4).');
  // Every quote is a sentence of the review it cites.
  for (const tally of [...en!.pros, ...en!.cons]) {
    for (const q of tally.quotes) {
      const review = await t.db.review.findUniqueOrThrow({ where: { id: q.reviewId } });
      expect(review.body).toContain(q.text.replace(/…$/, ''));
    }
  }
  const pl = await reviewSummaryFor(t.db, SHOP, 'ocean-blue-shirt', 'pl');
  expect(pl?.says).toMatch(/^Na podstawie 12 opinii \(średnio 4\.0\/5\): klienci chwalą/);
  expect(await reviewSummaryFor(t.db, SHOP, 'clay-plant-pot', 'en')).toBeNull();
});

it('imports the demo store\'s reviews once, reporting the Magento gear it has no products for', async () => {
  const { queueDemoReviews } = await import('~/reviews/demo');
  const { demoFixtureRows } = await import('~/reviews/import/demo-fixture');
  const { toCsv } = await import('~/reviews/csv');
  // The committed fixture is what the generator writes.
  const header = fs.readFileSync(path.resolve('demo-store/reviews.csv'), 'utf8').split('\r\n')[0];
  expect(fs.readFileSync(path.resolve('demo-store/reviews.csv'), 'utf8')).toBe(toCsv([header.split(','), ...demoFixtureRows()]));
  const id = await queueDemoReviews(t.db, SHOP, path.resolve('demo-store'));
  expect(await queueDemoReviews(t.db, SHOP, path.resolve('demo-store'))).toBe(id);
  await run();
  const [job] = await listImports(t.db, SHOP, 1);
  // The test shop has three of the demo's products; everything else is reported, not lost.
  expect(job.status).toBe('completed');
  expect(job.imported + job.unmatched + job.malformed).toBe(1262);
  expect(job.malformed).toBe(0);
  expect(job.problems[0]).toMatchObject({ kind: 'unmatched', reason: expect.stringMatching(/^no product with handle/) });
});

it('in the demo store, the demo reviews fill the report and most products\' summaries', async () => {
  const { loadStore } = await import('~/demo/store/load-store');
  const { upsertProducts } = await import('~/catalog/products.server');
  const { queueDemoReviews } = await import('~/reviews/demo');
  const { buildReport, ReportFiltersSchema } = await import('~/reviews/report/report');
  const store = await loadStore(path.resolve('demo-store'));
  const shop = store.shop.myshopifyDomain;
  await upsertProducts(t.db, shop, store.products);
  await t.db.shop.update({ where: { domain: shop }, data: { locales: JSON.stringify(store.shop.shopLocales) } });
  await queueDemoReviews(t.db, shop, path.resolve('demo-store'));
  await run();
  const [job] = await listImports(t.db, shop, 1);
  // Only the Magento gear (watches, fitness kit) has no counterpart among the demo's products.
  expect(job).toMatchObject({ status: 'completed', malformed: 0 });
  expect(job.unmatched).toBeLessThan(100);
  expect(job.imported).toBeGreaterThan(1100);
  expect(await t.db.productReviewSummary.count({ where: { shop } })).toBeGreaterThanOrEqual(45);
  const jacket = await reviewSummaryFor(t.db, shop, 'classic-leather-jacket', 'de');
  expect(jacket?.says).toMatch(/^Aus \d+ Bewertungen/);
  const report = await buildReport(t.db, shop, ReportFiltersSchema.parse({ period: '0' }), new Date(Date.UTC(2026, 10, 21)));
  expect(report.totals.reviews).toBe(job.imported);
  expect(report.overTime.length).toBeGreaterThanOrEqual(12);
  expect(report.complaints.length).toBeGreaterThan(3);
  expect(report.worstProducts).toHaveLength(5);
});
