// Benchmark: the initial catalog sync of a 100,000-product shop, through the real sync code
// (jobs → bulk operation → streamed JSONL → batched upserts) on SQLite. The Admin API is a
// minimal stand-in that hands over a pre-written bulk result file in Shopify's grouped JSONL
// format; the file is streamed from disk. Reports wall time and peak memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { createPrismaClient } from '../app/db/client.server';
import { migrate } from '../app/db/migrate.server';
import { requestSync, runDueJobs } from '../app/catalog/sync/jobs';
import type { AdminGraphql } from '../app/shopify/admin-query';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

const COLOURS = ['Red', 'Blue', 'Black', 'White', 'Green'];
const SIZES = ['S', 'M', 'L'];

/** Writes a grouped bulk JSONL of `n` products (3 variants, an image, a collection each). */
async function writeBulkFile(file: string, n: number): Promise<void> {
  const out = fs.createWriteStream(file);
  for (let i = 1; i <= n; i++) {
    const id = `gid://shopify/Product/${i}`;
    const colour = COLOURS[i % COLOURS.length];
    const lines = [
      { id, handle: `product-${i}`, title: `${colour} Product ${i}`, description: `A ${colour.toLowerCase()} thing number ${i}, made of cotton.`, vendor: `Vendor ${i % 50}`, productType: `Type ${i % 40}`, tags: [`tag${i % 30}`], status: 'ACTIVE', updatedAt: '2026-11-01T00:00:00Z', options: [{ name: 'Size', values: SIZES }] },
      ...SIZES.map((size, k) => ({ id: `gid://shopify/ProductVariant/${i * 10 + k}`, title: size, sku: `SKU-${i}-${size}`, price: String(10 + (i % 200)), compareAtPrice: i % 3 ? null : String(20 + (i % 200)), availableForSale: (i + k) % 7 !== 0, inventoryQuantity: (i + k) % 7, inventoryPolicy: 'DENY', selectedOptions: [{ name: 'Size', value: size }], __parentId: id })),
      { image: { url: `https://cdn.example/p${i}.jpg`, altText: null }, __parentId: id },
      { handle: `collection-${i % 20}`, title: `Collection ${i % 20}`, __parentId: id },
    ];
    if (!out.write(lines.map((l) => JSON.stringify(l)).join('\n') + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function stubAdminApi(fileUrl: string): AdminGraphql {
  return async (query) => {
    let data: unknown;
    if (query.includes('ShopInfo')) data = { shop: { name: 'Bench', currencyCode: 'USD', primaryDomain: null, shopPolicies: [] }, shopLocales: [{ locale: 'en', primary: true }] };
    else if (query.includes('bulkOperationRunQuery')) data = { bulkOperationRunQuery: { bulkOperation: { id: 'gid://shopify/BulkOperation/1', status: 'CREATED' }, userErrors: [] } };
    else data = { bulkOperation: { id: 'gid://shopify/BulkOperation/1', status: 'COMPLETED', errorCode: null, objectCount: '0', url: fileUrl, partialDataUrl: null } };
    return Response.json({ data });
  };
}

export async function runSyncBench(opts: { products?: number } = {}): Promise<BenchRow[]> {
  const n = opts.products ?? 100_000;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisle-sync-bench-'));
  const file = path.join(dir, 'bulk.jsonl');
  await writeBulkFile(file, n);
  const config = { kind: 'sqlite' as const, url: path.join(dir, 'bench.sqlite') };
  await migrate(config);
  const db = createPrismaClient(config);
  const fileFetch = (async () => new Response(Readable.toWeb(fs.createReadStream(file)) as ReadableStream)) as unknown as typeof fetch;

  global.gc?.();
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 50);
  const started = performance.now();
  await requestSync(db, 'bench.myshopify.com');
  await runDueJobs({ db, graphqlFor: async () => stubAdminApi('file://bulk'), fetchImpl: fileFetch, pollMs: 1 });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const job = await db.syncJob.findFirstOrThrow({ where: { shop: 'bench.myshopify.com' } });
  const count = await db.product.count({ where: { shop: 'bench.myshopify.com' } });
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
  if (job.status !== 'completed' || count !== n) throw new Error(`sync bench: job ${job.status}, ${count}/${n} products (${job.error})`);
  const mb = (b: number) => Math.round(b / 1024 / 1024);
  return [
    { name: `initial sync, ${n.toLocaleString('en')} products (bulk JSONL → SQLite)`, value: Number(seconds.toFixed(1)), unit: 's', target: '≤ 60 s' },
    { name: 'sync throughput', value: Math.round(n / seconds), unit: 'products/s' },
    { name: 'sync peak heap above baseline', value: mb(peakHeap - baseline.heapUsed), unit: 'MB', target: 'flat (streamed)' },
    { name: 'sync peak RSS', value: mb(peakRss), unit: 'MB' },
  ];
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const n = Number(process.argv[2] ?? 100_000);
  console.table(await runSyncBench({ products: n }));
}
