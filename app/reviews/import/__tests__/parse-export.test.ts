import fs from 'node:fs';
import path from 'node:path';
import { readReviewExport, type RowResult } from '../parse-export';
import { detectFormat, UnknownFormatError } from '../formats';
import { analyzeExport } from '../analyze-export';

const dir = path.resolve('test/fixtures/reviews/exports');
async function read(name: string) {
  const exp = await readReviewExport(fs.createReadStream(path.join(dir, name)));
  const rows: RowResult[] = [];
  for await (const r of exp.rows) rows.push(r);
  return { format: exp.format.id, rows };
}

it.each([
  ['judgeme.csv', 'judgeme'],
  ['yotpo.csv', 'yotpo'],
  ['okendo.csv', 'okendo'],
  ['loox.csv', 'loox'],
  ['shopify.csv', 'shopify'],
])('%s is recognised as %s by its headers', async (file, format) => {
  expect((await read(file)).format).toBe(format);
});

it('maps columns by name and reports bad rows by spreadsheet row number', async () => {
  const { rows } = await read('judgeme.csv');
  expect(rows.map((r) => (r.ok ? r.review.row : `bad ${r.row}`))).toEqual([2, 3, 'bad 4', 5, 6]);
  const bad = rows[2];
  expect(!bad.ok && bad.reason).toMatch(/rating "seven"/);
  const first = rows[0].ok ? rows[0].review : null;
  expect(first).toMatchObject({ title: 'Love it', rating: 5, reviewerName: 'Anna K.', reviewerEmail: 'anna@example.com', product: { handle: 'ocean-blue-shirt' } });
  expect(first?.createdAt?.toISOString()).toBe('2026-03-02T10:15:00.000Z');
  const second = rows[1].ok ? rows[1].review : null;
  expect(second?.product).toEqual({ id: 'gid://shopify/Product/1002' });
  // A quoted cell spanning two lines is still one spreadsheet row.
  const multi = rows[4].ok ? rows[4].review : null;
  expect(multi).toMatchObject({ row: 6, body: 'The pot is sturdy.\nDrains well, nice colour.', reply: 'Thanks Eve!' });
});

it('reads product references and publication state of each app', async () => {
  const yotpo = (await read('yotpo.csv')).rows;
  expect(yotpo[0].ok && yotpo[0].review).toMatchObject({ externalId: '9001', product: { id: 'gid://shopify/Product/1001', handle: 'ocean-blue-shirt' } });
  expect(yotpo[1].ok && yotpo[1].review.product.sku).toBe('CB-1');
  expect(yotpo[2].ok && yotpo[2].review.published).toBe(false);
  expect(!yotpo[3].ok && yotpo[3]).toMatchObject({ row: 5, reason: expect.stringMatching(/date/) });
  const okendo = (await read('okendo.csv')).rows;
  expect(okendo[0].ok && okendo[0].review.product.id).toBe('gid://shopify/Product/1003');
  expect(!okendo[2].ok && okendo[2].reason).toMatch(/no product/);
  const loox = (await read('loox.csv')).rows;
  expect(loox[0].ok && loox[0].review).toMatchObject({ reviewerName: 'Mia Lopez', body: 'Me encanta, la calidad es excelente.' });
  expect(!loox[2].ok && loox[2].reason).toMatch(/rating "0"/);
  const shopify = (await read('shopify.csv')).rows;
  expect(shopify[1].ok && shopify[1].review.published).toBe(false);
  expect(!shopify[2].ok && shopify[2].row).toBe(4);
});

it('refuses a file that is no review export, saying what it needs', () => {
  expect(() => detectFormat(['Handle', 'Title', 'Variant SKU'])).toThrow(UnknownFormatError);
  expect(() => detectFormat(['Handle', 'Title'])).toThrow(/body, rating and a product column/);
});

it('analyzes a whole export the way the CLI prints it', async () => {
  const { results, problems } = await analyzeExport(fs.createReadStream(path.join(dir, 'loox.csv')));
  expect(problems).toEqual([{ row: 4, reason: 'rating "0" is not a number from 1 to 5' }]);
  expect(results.map((r) => [r.id, r.language, r.sentiment])).toEqual([
    ['lx1', 'es', 'positive'],
    ['lx2', 'en', 'negative'],
  ]);
  expect(Object.keys(results[0]).sort()).toEqual(['aspects', 'flags', 'id', 'language', 'score', 'sentiment']);
});
