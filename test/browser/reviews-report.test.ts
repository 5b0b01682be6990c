// Reviews' "done when" for the merchant, in a real browser against `npm run demo`: the demo
// store's reviews (demo-store/reviews.csv, a Judge.me export) fill the report on their own; a
// product filter narrows it; a merchant's upload of another app's export is imported in the
// background, its bad rows named by row number, and the totals follow.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadStore } from '~/demo/store';
import { BROWSER_UA, CHROMIUM_ARGS, startDemo, type DemoProcess } from '../helpers/demo-process';

let demo: DemoProcess;
let browser: Browser;
let page: Page;
const shots = 'test-artifacts/admin';
const demoReviews = parse(fs.readFileSync('demo-store/reviews.csv', 'utf8'), { columns: true }) as { product_handle: string }[];


beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  demo = await startDemo();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  page = await browser.newPage({ userAgent: BROWSER_UA, viewport: { width: 1280, height: 900 }, locale: 'en-US' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

async function open(path: string) {
  await page.goto(demo.url + path, { waitUntil: 'networkidle' });
  const hydrated = () => page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', undefined, { timeout: 20_000 });
  await hydrated().catch(async () => {
    await page.reload({ waitUntil: 'networkidle' });
    await hydrated();
  });
}

const total = async (id: string) => Number(((await page.getByTestId(`total-${id}`).textContent()) ?? '').replace(/[^\d]/g, ''));

/** The report of all time, once the demo's background import has filled it. */
async function reportFilled(): Promise<number> {
  for (let tries = 0; ; tries++) {
    await open('/app/reviews?period=0');
    const reviews = await total('reviews');
    if (reviews > 0) return reviews;
    if (tries === 60) throw new Error('the demo reviews never reached the report');
    await page.waitForTimeout(1000);
  }
}

test('the demo reviews fill the report; a product filter narrows it', async () => {
  const reviews = await reportFilled();
  // The fixture keeps a few Magento products the demo catalog lacks, as a real export would have.
  const catalog = new Set((await loadStore(path.resolve('demo-store'))).products.map((p) => p.handle));
  const unmatched = demoReviews.filter((r) => !catalog.has(r.product_handle)).length;
  expect(unmatched).toBeGreaterThan(0);
  expect(reviews).toBe(demoReviews.length - unmatched);
  // The import says so, by row number.
  await page.getByText(`${reviews.toLocaleString('en-US')} new, 0 already there, 0 malformed, ${unmatched} unmatched`).waitFor();
  await page.getByText(/^Row \d+: no product matches "/).first().waitFor();
  await page.getByRole('heading', { name: 'Top complaints by aspect' }).waitFor();
  await page.screenshot({ path: `${shots}/reviews-report.png`, fullPage: true });

  await open('/app/reviews?period=0&product=yellow-sofa');
  expect(await total('reviews')).toBe(demoReviews.filter((r) => r.product_handle === 'yellow-sofa').length);
}, 120_000);

test("a merchant's Yotpo export imports in the background, with its bad rows named", async () => {
  const before = await reportFilled();
  const csv = [
    'Review Title,Review Content,Review Score,Review Creation Date,Product Handle,Reviewer Display Name,Reviewer Email,Review Status',
    'Lovely,"The sofa is comfy and the colour is great.",5,2026-10-02,yellow-sofa,Ann,ann@example.com,published',
    'Meh,"Cushions went flat within a month.",2,2026-10-05,yellow-sofa,Bob,bob@example.com,published',
    'Huh,"Nice.",seven,2026-10-06,yellow-sofa,Cy,cy@example.com,published',
  ].join('\n');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aisle-yotpo-')), 'yotpo-export.csv');
  fs.writeFileSync(file, csv);
  await page.locator('input[type="file"][name="file"]').setInputFiles(file);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  // The page polls the job while it runs.
  await page.getByText('yotpo-export.csv').waitFor({ timeout: 20_000 });
  await page.getByText('2 new, 0 already there, 1 malformed, 0 unmatched').waitFor({ timeout: 30_000 });
  await page.getByText('Row 4: rating "seven" is not a number from 1 to 5').waitFor();
  await open('/app/reviews?period=0');
  expect(await total('reviews')).toBe(before + 2);
  await page.screenshot({ path: `${shots}/reviews-import.png`, fullPage: true });
}, 120_000);
