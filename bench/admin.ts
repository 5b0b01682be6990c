// Benchmark: the merchant admin's main loaders against a SQLite database holding 100,000 shopper
// conversations (90 days, two messages each, facts settled as the admin leaves them) plus another
// shop's rows. Each loader is called the way Remix calls it, with a real session token, so the
// figures include authentication, the facts refresh check and serialisation. Server time only.
// Never asserted in tests. Target from the issue: p95 ≤ 200 ms.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RequestType, setUpValidRequest } from '@shopify/shopify-api/test-helpers';
import { migrate } from '~/db/migrate.server';
import { createPrismaClient } from '~/db/client.server';
import Database from 'better-sqlite3';
import type { BenchRow } from './search';

const SHOP = 'bench-admin.myshopify.com';
const OTHER = 'bench-other.myshopify.com';
const API_KEY = 'benchApiKey';
const SECRET = 'benchApiSecret';
const APP_URL = 'https://bench.example';
const OUTCOMES = ['resolved', 'resolved', 'resolved', 'handed_off', 'abandoned'];
const TOPICS = ['products', 'products', 'orders', 'shipping', 'returns', 'compare', 'other'];

/** 90 days of conversations for `shop`, newest first, each with a question and a reply. */
function seedBulk(sqlite: Database.Database, shop: string, count: number, now: number, stepMs: number, iso: (ms: number) => string): string[] {
  const conv = sqlite.prepare(
    'INSERT INTO Conversation (id, shop, email, locale, status, outcome, turns, flagged, lastMessageAt, createdAt, updatedAt, test, sentiment, topic, orderRelated, thumbsDown, factsAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)',
  );
  const msg = sqlite.prepare('INSERT INTO Message (id, conversationId, shop, role, content, meta, engine, flagged, feedback, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const product = sqlite.prepare('INSERT INTO ConversationProduct (conversationId, handle, shop, shown, recommended, addToCart, createdAt) VALUES (?, ?, ?, 1, ?, ?, ?)');
  const usage = sqlite.prepare('INSERT INTO UsageRecord (id, shop, conversationId, model, inputTokens, outputTokens, costUsd, createdAt) VALUES (?, ?, ?, ?, 2000, 300, 0.01, ?)');
  const handoff = sqlite.prepare('INSERT INTO Handoff (id, shop, conversationId, email, question, status, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const flag = sqlite.prepare('INSERT INTO SafetyFlag (id, shop, conversationId, verdict, categories, reasons, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const meta = (i: number) => JSON.stringify({ engine: 'local', fallback: false, intent: 'product_search', toolCalls: [{ name: 'search_products', input: { query: 'linen shirt' }, ok: true }], products: [{ handle: `shirt-${i % 7}`, title: 'Linen Shirt', price: 49, currency: 'USD', url: '/products/linen-shirt' }], actions: [] });
  const ids: string[] = [];
  const factsAt = iso(now);
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = `${shop.slice(6, 9)}${i.toString(36).padStart(8, '0')}x${crypto.randomBytes(6).toString('base64url')}`;
      ids.push(id);
      const created = now - i * stepMs;
      const email = i % 5 === 3 ? `shopper${i}@example.com` : null;
      conv.run(id, shop, email, ['en', 'en', 'pl', 'de', 'es', 'fr'][i % 6], 'open', i < 20 ? null : OUTCOMES[i % OUTCOMES.length], 1, i % 211 === 0 ? 1 : 0, iso(created + 2000), iso(created), iso(created + 2000), i % 41 === 0 ? 'negative' : i % 9 === 0 ? 'positive' : 'neutral', TOPICS[i % TOPICS.length], i % 7 === 2 ? 1 : 0, i % 41 === 0 ? 1 : 0, factsAt);
      msg.run(`mu${id}`, id, shop, 'user', i % 3 ? `Do you have a linen shirt in size ${i % 4}?` : 'Where is my order?', '{}', null, 0, null, iso(created + 1000));
      msg.run(`ma${id}`, id, shop, 'assistant', 'Yes, the Linen Shirt is in stock.', meta(i), 'local', 0, i % 41 === 0 ? -1 : null, iso(created + 2000));
      product.run(id, `shirt-${i % 7}`, shop, i % 3 === 0 ? 1 : 0, i % 10 === 0 ? 1 : 0, iso(created));
      if (i % 5 === 0) usage.run(`u${id}`, shop, id, 'claude-sonnet-5-5', iso(created + 2000));
      if (email && i < 25_000) handoff.run(`h${id}`, shop, id, email, 'Can you engrave it?', i % 3 ? 'closed' : 'open', iso(created), iso(created));
      if (i % 211 === 0) flag.run(`f${id}`, shop, id, 'flag', '["spam"]', '["spam: repeated links"]', iso(created + 1000));
    }
  })();
  return ids;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}


/** A migrated SQLite file with `total` conversations of SHOP over 90 days and 5,000 of another shop. */
export async function seedAdminBench(file: string, total: number, now: Date): Promise<string[]> {
  const seedDb = createPrismaClient({ kind: 'sqlite', url: file });
  for (const shop of [SHOP, OTHER]) {
    await seedDb.session.create({ data: { id: `offline_${shop}`, shop, state: 'x', isOnline: false, accessToken: 'shpat_bench', scope: 'read_products' } });
    await seedDb.shop.create({ data: { domain: shop, locales: JSON.stringify(['en', 'pl', 'de', 'es', 'fr']) } });
  }
  const stepMs = Math.floor((90 * 86_400_000) / total);
  await seedDb.$disconnect();
  // Rows go in through better-sqlite3 directly: Prisma's createMany would take minutes here.
  const sqlite = new Database(file);
  const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');
  const ids = seedBulk(sqlite, SHOP, total, now.getTime(), stepMs, iso);
  seedBulk(sqlite, OTHER, 5000, now.getTime(), 3600_000, iso);
  sqlite.close();
  const reopen = createPrismaClient({ kind: 'sqlite', url: file });
  // The planner's statistics, as a long-running database would have them.
  await reopen.$executeRawUnsafe('ANALYZE');
  await reopen.$disconnect();
  return ids;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loader = (args: any) => unknown;

export async function runAdminBench(opts: { conversations?: number; runs?: number } = {}): Promise<BenchRow[]> {
  const total = opts.conversations ?? 100_000;
  const runs = opts.runs ?? 40;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisle-admin-bench-'));
  const file = path.join(dir, 'admin.sqlite');
  await migrate({ kind: 'sqlite', url: file });
  Object.assign(process.env, {
    DATABASE_URL: `file:${file}`,
    SHOPIFY_API_KEY: API_KEY,
    SHOPIFY_API_SECRET: SECRET,
    SHOPIFY_APP_URL: APP_URL,
    AISLE_DISABLE_JOBS: '1',
  });
  const now = new Date();
  const started = performance.now();
  const ids = await seedAdminBench(file, total, now);
  const seedSeconds = (performance.now() - started) / 1000;

  const routes = {
    home: (await import('~/routes/app._index')).loader,
    conversations: (await import('~/routes/app.conversations._index')).loader,
    transcript: (await import('~/routes/app.conversations.$id')).loader,
    handoffs: (await import('~/routes/app.handoffs')).loader,
    analytics: (await import('~/routes/app.analytics')).loader,
    safety: (await import('~/routes/app.safety')).loader,
    settings: (await import('~/routes/app.settings')).loader,
    studio: (await import('~/routes/app.studio')).loader,
  };
  const { db } = await import('~/db.server');
  // A cursor deep in the list: the page after conversation #50,000.
  const middle = await db.conversation.findUniqueOrThrow({ where: { id: ids[50_000 % total] }, select: { id: true, createdAt: true } });
  const deepCursor = Buffer.from(`${middle.createdAt.toISOString()}|${middle.id}`).toString('base64url');
  const cases: { name: string; loader: Loader; path: string; params?: Record<string, string> }[] = [
    { name: 'home (/app)', loader: routes.home, path: '/app' },
    { name: 'conversations, first page', loader: routes.conversations, path: '/app/conversations' },
    { name: 'conversations, page after #50,000', loader: routes.conversations, path: `/app/conversations?after=${deepCursor}` },
    { name: 'conversations, handed off + Polish', loader: routes.conversations, path: '/app/conversations?outcome=handed_off&language=pl' },
    { name: 'conversations, thumbs down', loader: routes.conversations, path: '/app/conversations?thumbsDown=1' },
    { name: 'conversations, search in a 7-day range', loader: routes.conversations, path: `/app/conversations?q=linen&from=${new Date(now.getTime() - 7 * 86_400_000).toISOString().slice(0, 10)}` },
    { name: 'transcript', loader: routes.transcript, path: `/app/conversations/${ids[1234]}`, params: { id: ids[1234] } },
    { name: 'hand-off inbox', loader: routes.handoffs, path: '/app/handoffs' },
    { name: 'analytics, 30 days', loader: routes.analytics, path: '/app/analytics?days=30' },
    { name: 'analytics, 90 days', loader: routes.analytics, path: '/app/analytics?days=90' },
    { name: 'safety', loader: routes.safety, path: '/app/safety' },
    { name: 'settings', loader: routes.settings, path: '/app/settings' },
    { name: 'prompt studio', loader: routes.studio, path: '/app/studio' },
  ];
  const rows: BenchRow[] = [{ name: `admin: seeded ${total.toLocaleString('en')} conversations (+ messages, facts)`, value: Number(seedSeconds.toFixed(1)), unit: 's', target: '' }];
  for (const c of cases) {
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const request = await setUpValidRequest({ type: RequestType.Bearer, store: SHOP.replace('.myshopify.com', ''), apiKey: API_KEY, apiSecretKey: SECRET }, new Request(APP_URL + c.path));
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const result = await c.loader({ request, params: c.params ?? {}, context: {} });
      // Serialisation is part of the response time.
      const body = JSON.stringify(result instanceof Response ? await result.text() : result);
      if (i >= 3) {
        times.push(performance.now() - t0);
        // CPU time of this process (SQLite runs in-process): what the loader costs when the
        // machine isn't shared; wall time includes waiting for other processes' CPU.
        const used = process.cpuUsage(c0);
        cpu.push((used.user + used.system) / 1000);
      }
      if (!body) throw new Error(`${c.name}: empty response`);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    rows.push({ name: `admin ${c.name}, p50`, value: Number(percentile(times, 50).toFixed(1)), unit: 'ms', target: '' });
    rows.push({ name: `admin ${c.name}, p95`, value: Number(percentile(times, 95).toFixed(1)), unit: 'ms', target: '≤ 200' });
    rows.push({ name: `admin ${c.name}, CPU p95`, value: Number(percentile(cpu, 95).toFixed(1)), unit: 'ms', target: '' });
  }
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
  return rows;
}

/**
 * A gzip-compressing proxy in front of the demo, as a production host compresses (remix-serve and
 * most platforms do; the demo's Express server does not), so Lighthouse's throttled network sees
 * realistic transfer sizes.
 */
async function gzipProxy(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const http = await import('node:http');
  const zlib = await import('node:zlib');
  const server = http.createServer(async (req, res) => {
    try {
      const upstream = await fetch(target + req.url, { method: req.method, headers: { ...(req.headers as Record<string, string>), host: new URL(target).host }, redirect: 'manual' });
      const body = Buffer.from(await upstream.arrayBuffer());
      const headers: Record<string, string> = {};
      upstream.headers.forEach((v, k) => {
        if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(k)) headers[k] = v;
      });
      const compressible = /text|javascript|json|css|svg/.test(upstream.headers.get('content-type') ?? '') && /gzip/.test(String(req.headers['accept-encoding']));
      const out = compressible ? zlib.gzipSync(body) : body;
      if (compressible) headers['content-encoding'] = 'gzip';
      res.writeHead(upstream.status, headers).end(out);
    } catch (error) {
      res.writeHead(502).end(String(error));
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as import('node:net').AddressInfo;
  return { url: `http://localhost:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/**
 * Lighthouse (12, default mobile profile with simulated slow 4G and 4x CPU, and the desktop
 * profile) on the admin pages of a running demo, best started from the production build
 * (`npm run build && npm run demo -- --build`), behind a gzip proxy: LCP and CLS against Built for
 * Shopify's thresholds. The demo authenticates every /app request, so Lighthouse only needs a
 * browser user agent (Shopify's library turns bots away). The mobile figure is simulated: every
 * request that finished before the (unthrottled) first paint counts, module scripts included (the
 * simulation cannot see that they run after it), so it is close to the time to download the HTML,
 * the stylesheet and all first-load JavaScript on slow 4G, with each request in flight getting an
 * equal share of the bandwidth. Run it alone with `node --import tsx bench/admin.ts lighthouse`.
 */
export async function runAdminLighthouseBench(opts: { url: string; runs?: number; pages?: string[] }): Promise<BenchRow[]> {
  const runs = opts.runs ?? 3;
  const proxy = await gzipProxy(opts.url);
  const pages = opts.pages ?? ['/app', '/app/settings', '/app/conversations', '/app/studio', '/app/analytics', '/app/safety'];
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  const { BROWSER_UA, CHROMIUM_ARGS } = await import('../test/helpers/demo-process');
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROMIUM_ARGS });
  const rows: BenchRow[] = [];
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  try {
    for (const profile of ['mobile', 'desktop'] as const) {
      for (const page of pages) {
        const lcp: number[] = [];
        const cls: number[] = [];
        for (let i = 0; i < runs + 1; i++) {
          const flags = {
            port: chrome.port,
            output: 'json' as const,
            logLevel: 'error' as const,
            onlyCategories: ['performance'],
            emulatedUserAgent: BROWSER_UA,
            // App Bridge and fonts come from Shopify's CDN in production; unreachable here.
            blockedUrlPatterns: ['*cdn.shopify.com*'],
          };
          const result = await lighthouse(proxy.url + page, flags, profile === 'desktop' ? desktopConfig : undefined);
          if (i === 0) continue; // warm-up
          lcp.push(result!.lhr.audits['largest-contentful-paint'].numericValue ?? NaN);
          cls.push(result!.lhr.audits['cumulative-layout-shift'].numericValue ?? NaN);
        }
        rows.push({ name: `admin lighthouse ${profile} ${page}: LCP (median of ${runs})`, value: Math.round(median(lcp)), unit: 'ms', target: '≤ 2500' });
        rows.push({ name: `admin lighthouse ${profile} ${page}: CLS (median of ${runs})`, value: Number(median(cls).toFixed(3)), unit: '', target: '≤ 0.1' });
      }
    }
  } finally {
    await chrome.kill();
    await proxy.close();
  }
  return rows;
}

/**
 * `node --import tsx bench/admin.ts lighthouse [--runs 3] [--pages /app,/app/settings]`: only the
 * Lighthouse part, against the demo serving the production build (`npm run build` first). Takes
 * about 20 s per page, profile and run on this machine.
 */
async function lighthouseFromCli(argv: string[]) {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({ args: argv, options: { runs: { type: 'string', default: '3' }, pages: { type: 'string' } } });
  const net = await import('node:net');
  const port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as import('node:net').AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  const { startDemoServer } = await import('~/demo/server');
  const demo = await startDemoServer({ storeDir: path.resolve('demo-store'), port, useBuild: true, log: () => {} });
  try {
    await demo.synced;
    const rows = await runAdminLighthouseBench({ url: `http://localhost:${port}`, runs: Number(values.runs), pages: values.pages?.split(',') });
    const { formatTable } = await import('./search');
    console.log(formatTable(rows));
  } finally {
    await demo.close();
  }
}

if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href && process.argv[2] === 'lighthouse') {
  await lighthouseFromCli(process.argv.slice(3));
  process.exit(0);
}
