// Benchmarks for reviews intelligence, through the real code on a temporary SQLite database:
//   - local analysis throughput on one core (the labelled review sets, repeated);
//   - sentiment quality: accuracy and macro-F1 per set and language;
//   - a 100,000-review Judge.me export imported end to end (upload → background job → summaries);
//   - the report's p95 with 1,000,000 reviews stored (REVIEWS_BENCH_MILLION=0 skips this part).
// Run alone: `node --import tsx bench/reviews.ts`. Figures vary with the machine's load.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createPrismaClient, sqlFor, type Db } from '../app/db/client.server';
import { migrate } from '../app/db/migrate.server';
import { upsertProducts } from '../app/catalog/products.server';
import type { CatalogProduct } from '../app/catalog/types';
import { createReviewAnalyzer } from '../app/reviews/analyze';
import { loadDummyJson, loadMagento, loadOwnMultilingual, type LabelledReview } from '../app/reviews/quality/datasets';
import { evaluateSentiment } from '../app/reviews/quality/evaluate';
import { requestImport, runDueImports } from '../app/reviews/import/jobs';
import { refreshAfterImport } from '../app/reviews/summary/refresh';
import { toCsv } from '../app/reviews/csv';
import { addRollups } from '../app/reviews/store/daily';
import type { SentimentLabel } from '../app/reviews/analyze/types';
import { ReportFiltersSchema } from '../app/reviews/report/report';
import { reportPageData } from '../app/reviews/report/page-data';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target: string;
}

const DAY = 24 * 3600_000;
const NOW = new Date(Date.UTC(2026, 10, 20));

function corpus(): LabelledReview[] {
  return [...loadMagento(), ...loadDummyJson(), ...loadOwnMultilingual()];
}

function throughput(): BenchRow {
  const reviews = corpus();
  const analyze = createReviewAnalyzer();
  for (const r of reviews.slice(0, 200)) analyze({ id: r.id, title: r.title, body: r.text });
  const rounds = 16;
  const started = performance.now();
  for (let k = 0; k < rounds; k++) for (const r of reviews) analyze({ id: r.id, title: r.title, body: r.text, rating: r.stars });
  const seconds = (performance.now() - started) / 1000;
  return { name: `reviews: local analysis, one core (${reviews.length * rounds} reviews)`, value: Math.round((reviews.length * rounds) / seconds), unit: 'reviews/s', target: '≥ 2000' };
}

function quality(): BenchRow[] {
  const q = evaluateSentiment();
  const rows: BenchRow[] = [
    { name: 'reviews: Magento held-out half (en, 249) 3-class macro-F1', value: q.magentoTest.macroF1, unit: '', target: '≥ 0.80 (aim)' },
    { name: 'reviews: Magento tuning half (en, 251) 3-class macro-F1', value: q.magentoDev.macroF1, unit: '', target: '' },
    { name: 'reviews: Magento all (en, 500) 3-class macro-F1', value: q.magento.macroF1, unit: '', target: '' },
    { name: 'reviews: Magento accuracy', value: q.magento.accuracy, unit: '', target: '' },
    { name: 'reviews: Magento polarity (1-2★ vs 4-5★ not flipped)', value: q.magento.polarityAccuracy, unit: '', target: '' },
    { name: 'reviews: DummyJSON (en, 582) 3-class macro-F1', value: q.dummyjson.macroF1, unit: '', target: '' },
    { name: 'reviews: DummyJSON accuracy', value: q.dummyjson.accuracy, unit: '', target: '' },
    { name: 'reviews: DummyJSON polarity', value: q.dummyjson.polarityAccuracy, unit: '', target: '' },
  ];
  for (const [language, r] of Object.entries(q.own)) {
    rows.push({ name: `reviews: own set ${language} (${r.n}) macro-F1 / accuracy`, value: r.macroF1, unit: `/ ${r.accuracy}`, target: language === 'en' ? '≥ 0.80' : '≥ 0.70' });
  }
  return rows;
}

function products(n: number): CatalogProduct[] {
  return Array.from({ length: n }, (_, i) => ({
    shopifyId: `gid://shopify/Product/${i + 1}`, handle: `product-${i + 1}`, title: `Product ${i + 1}`, description: '', vendor: 'Bench', productType: 'Bench',
    tags: [], status: 'ACTIVE', options: [],
    variants: [{ id: `gid://shopify/ProductVariant/${i + 1}`, title: 'Default', sku: `SKU-${i + 1}`, price: 10, compareAtPrice: null, available: true, inventoryQuantity: 1, options: [], image: null }],
    images: [], collections: [{ handle: i % 2 ? 'odd' : 'even', title: i % 2 ? 'Odd' : 'Even' }], metafields: [], translations: {}, updatedAt: '2026-01-01T00:00:00Z',
  }));
}

/** A Judge.me export of `n` reviews: the labelled sets' texts, spread over products, reviewers and a year. */
function judgeMeExport(n: number, productCount: number): string {
  const texts = corpus();
  const header = ['title', 'body', 'rating', 'review_date', 'source', 'curated', 'reviewer_name', 'reviewer_email', 'product_id', 'product_handle', 'reply', 'reply_date', 'picture_urls', 'ip_address', 'location'];
  const rows: unknown[][] = [header];
  for (let i = 0; i < n; i++) {
    const t = texts[i % texts.length];
    const stars = t.stars ?? (t.label === 'positive' ? 5 : t.label === 'negative' ? 1 : 3);
    const date = new Date(NOW.getTime() - (i % 365) * DAY - (i % 86_400) * 1000).toISOString();
    rows.push([t.title ?? '', t.text, stars, date, 'web', 'ok', `Reviewer ${i}`, `r${i}@example.com`, '', `product-${(i * 7919) % productCount + 1}`, '', '', '', '', '']);
  }
  return toCsv(rows);
}

async function tempDb(): Promise<{ db: Db; drop: () => Promise<void> }> {
  const file = path.join(os.tmpdir(), `aisle-reviews-bench-${process.pid}-${Date.now()}.sqlite`);
  await migrate({ kind: 'sqlite', url: file });
  const db = createPrismaClient({ kind: 'sqlite', url: file });
  return {
    db,
    drop: async () => {
      await db.$disconnect();
      for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
    },
  };
}

const SHOP = 'bench-reviews.myshopify.com';
const PRODUCTS = 1000;

async function importBench(db: Db, n: number): Promise<BenchRow[]> {
  await upsertProducts(db, SHOP, products(PRODUCTS));
  const content = judgeMeExport(n, PRODUCTS);
  const started = performance.now();
  await requestImport(db, SHOP, { name: 'bench.csv', content });
  await runDueImports({ db, onImported: (shop, touched) => refreshAfterImport(db, shop, touched, NOW) });
  const seconds = (performance.now() - started) / 1000;
  const stored = await db.review.count({ where: { shop: SHOP } });
  return [
    { name: `reviews: import of ${n.toLocaleString('en')} reviews end to end (job, analysis, dedup, counters, ${PRODUCTS} summaries)`, value: Math.round(seconds * 10) / 10, unit: 's', target: '≤ 120' },
    { name: 'reviews: rows stored by that import', value: stored, unit: 'reviews', target: String(n) },
  ];
}

/**
 * Tops the shop up to `total` reviews with rows written straight into the tables (texts analysed
 * once and reused): the report's speed depends on what is stored, not on how it got there.
 */
async function fillTo(db: Db, total: number): Promise<void> {
  const have = await db.review.count({ where: { shop: SHOP } });
  const analyze = createReviewAnalyzer();
  const pool = corpus().map((t) => ({ t, a: analyze({ id: t.id, title: t.title, body: t.text }) }));
  const { sql, join, raw } = sqlFor(db);
  const columns = ['id', 'shop', 'dedupeKey', 'source', 'productId', 'productHandle', 'rating', 'title', 'body', 'reviewerName', 'reviewedAt', 'language', 'sentiment', 'score', 'aspects', 'flags', 'flagged', 'createdAt'];
  const batch = 1000;
  for (let start = have; start < total; start += batch) {
    const rows: { productId: string; reviewedAt: Date; sentiment: SentimentLabel; score: number; rating: number; flagged: boolean; [k: string]: unknown }[] = [];
    for (let i = start; i < Math.min(total, start + batch); i++) {
      const { t, a } = pool[i % pool.length];
      const product = (i * 7919) % PRODUCTS + 1;
      const flagged = i % 200 === 0;
      rows.push({
        id: randomUUID(), shop: SHOP, dedupeKey: `fill-${i}`, source: 'api', productId: `gid://shopify/Product/${product}`, productHandle: `product-${product}`,
        rating: t.stars ?? 3, title: t.title ?? '', body: t.text, reviewerName: `R${i}`, reviewedAt: new Date(NOW.getTime() - (i % 730) * DAY), language: a.language,
        sentiment: a.sentiment, score: a.score, aspects: JSON.stringify(a.aspects), flags: flagged ? '["spam"]' : '[]', flagged, createdAt: NOW,
      });
    }
    await db.$transaction(async (tx) => {
      const values = rows.map((r) => sql`(${join(columns.map((c) => (r as Record<string, unknown>)[c]))})`);
      await (tx as unknown as Db).$executeRaw`INSERT INTO "Review" (${raw(columns.map((c) => `"${c}"`).join(', '))}) VALUES ${join(values)}`;
      await addRollups(tx as unknown as Db, SHOP, rows);
    });
  }
}

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
}

async function reportBench(db: Db, total: number): Promise<BenchRow[]> {
  await fillTo(db, total);
  const cases: [string, Record<string, string>][] = [
    ['whole shop, 12 months', { period: '365' }],
    ['whole shop, all time', { period: '0' }],
    ['one product, 90 days', { product: 'product-17', period: '90' }],
    ['one collection, 12 months', { collection: 'odd', period: '365' }],
    ['language filter (scans reviews), 30 days', { language: 'pl', period: '30' }],
  ];
  const rows: BenchRow[] = [];
  for (const [label, raw] of cases) {
    const filters = ReportFiltersSchema.parse(raw);
    // Everything the page's loader reads: the report, filter choices, imports, settings.
    await reportPageData(db, SHOP, filters, NOW);
    const samples: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      await reportPageData(db, SHOP, filters, NOW);
      samples.push(performance.now() - started);
    }
    rows.push({ name: `reviews: report page data p95 at ${total.toLocaleString('en')} reviews, ${label}`, value: Math.round(p95(samples)), unit: 'ms', target: '≤ 300' });
  }
  return rows;
}

export async function runReviewsBench(opts: { importSize?: number; reportSize?: number } = {}): Promise<BenchRow[]> {
  const rows: BenchRow[] = [throughput(), ...quality()];
  const { db, drop } = await tempDb();
  try {
    rows.push(...(await importBench(db, opts.importSize ?? 100_000)));
    const reportSize = opts.reportSize ?? (process.env.REVIEWS_BENCH_MILLION === '0' ? 0 : 1_000_000);
    if (reportSize > 0) rows.push(...(await reportBench(db, reportSize)));
  } finally {
    await drop();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await runReviewsBench();
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${String(r.value).padStart(8)} ${r.unit.padEnd(10)} ${r.target}`);
}
