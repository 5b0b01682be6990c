// Benchmark: what the storefront extension costs a page. Lighthouse 12 (pinned 12.2.3: 13 needs
// Node 22) on the demo product page with the app (chat embed + compare block) and without it
// (`?aisle=off`), several runs each, interleaved, medians reported; with Lighthouse's default
// mobile profile and simulated throttling, and no network beyond the demo (the store's CDN images
// are blocked in both runs alike). Also: the assets' sizes, and how long a streamed token takes
// to reach the screen after the server sends it.
//
// `node --import tsx bench/lighthouse.ts [--runs 5] [--only size,first-token,lighthouse]`
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildWidget, gzipSize } from '../scripts/build-widget';
import { BROWSER_UA, CHROMIUM_ARGS, startDemo, type DemoProcess } from '../test/helpers/demo-process';
import { formatTable, type BenchRow } from './search';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

export async function runWidgetSizeBench(): Promise<BenchRow[]> {
  const built = await buildWidget();
  const kb = (file: string) => round(gzipSize(built.get(file)!) / 1024, 2);
  return [
    { name: 'storefront: loader JS on every page (gzip)', value: kb('aisle-loader.js'), unit: 'KB', target: '≤ 10' },
    { name: 'storefront: launcher CSS on every page (gzip)', value: kb('aisle-launcher.css'), unit: 'KB', target: '≤ 4' },
    { name: 'storefront: chat UI JS, loaded on first use (gzip)', value: kb('aisle-chat.js'), unit: 'KB', target: '' },
    { name: 'storefront: chat UI CSS, loaded on first use (gzip)', value: kb('aisle-chat.css'), unit: 'KB', target: '' },
    { name: 'storefront: compare block JS, product pages (gzip)', value: kb('aisle-compare.js'), unit: 'KB', target: '≤ 10' },
    {
      name: 'storefront: compare table JS + CSS, near the viewport (gzip)',
      value: round(kb('aisle-compare-ui.js') + kb('aisle-compare.css'), 2),
      unit: 'KB',
      target: '',
    },
  ];
}

/**
 * A stand-in for the app's stream endpoint that sends a token at a known moment; the page notes
 * the frame in which the token is in the chat. The difference is the widget's share of the
 * latency (network on localhost, SSE parsing, Markdown, layout), per message.
 */
export async function runFirstTokenBench(opts: { demo?: DemoProcess; messages?: number } = {}): Promise<BenchRow[]> {
  const demo = opts.demo ?? (await startDemo());
  const sentAt = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const cors = {
      'Access-Control-Allow-Origin': demo.url,
      'Access-Control-Allow-Headers': 'authorization, content-type',
      'Access-Control-Allow-Methods': 'POST',
    };
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    const token = `tok${Math.random().toString(36).slice(2, 10)}`;
    res.writeHead(200, { ...cors, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    res.flushHeaders();
    res.write(`event: start\ndata: ${JSON.stringify({ conversationId: 'benchConversation0000001', language: 'en' })}\n\n`);
    // Later, as a model's first token would come.
    setTimeout(() => {
      sentAt.set(token, Date.now());
      res.write(`event: text\ndata: ${JSON.stringify({ delta: `Here ${token} is` })}\n\n`);
      setTimeout(() => {
        const reply = {
          conversationId: 'benchConversation0000001',
          messageId: token,
          reply: `Here ${token} is`,
          language: 'en',
          products: [],
          actions: [],
          engine: 'local',
          fallback: false,
        };
        res.end(`event: done\ndata: ${JSON.stringify({ reply })}\n\n`);
      }, 50);
    }, 150);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const streamUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/stream`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const latencies: number[] = [];
  try {
    const page = await browser.newPage({ userAgent: BROWSER_UA });
    await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort());
    await page.route('**/apps/aisle/chat-token', (route) =>
      route.fulfill({ json: { token: 'bench', expiresAt: new Date(Date.now() + 3600_000).toISOString(), streamUrl } }),
    );
    await page.goto(`${demo.url}/`);
    await page.locator('aisle-chat .launcher').click();
    await page.locator('aisle-chat .panel').waitFor();
    for (let i = 0; i < (opts.messages ?? 30); i++) {
      const before = await page.locator('aisle-chat .msg.bot .feedback').count();
      // Watch every frame for a token that isn't on screen yet; note when it first is. (A string:
      // tsx would wrap a function's inner functions in a helper the page doesn't have.)
      const seen = page.evaluate(`new Promise((resolve) => {
        const known = ${JSON.stringify([...sentAt.keys()])};
        const root = document.querySelector('aisle-chat').shadowRoot;
        const tick = () => {
          const last = [...root.querySelectorAll('.msg.bot .md')].pop()?.textContent ?? '';
          const token = /tok[a-z0-9]+/.exec(last)?.[0];
          if (token && !known.includes(token)) resolve([token, Date.now()]);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      })`) as Promise<[string, number]>;
      await page.locator('aisle-chat textarea').fill(`message ${i}`);
      await page.locator('aisle-chat textarea').press('Enter');
      const [token, at] = await seen;
      latencies.push(at - sentAt.get(token)!);
      await page.locator('aisle-chat .msg.bot .feedback').nth(before).waitFor();
    }
  } finally {
    await browser.close();
    server.close();
    if (!opts.demo) await demo.stop();
  }
  return [
    {
      name: `storefront: first streamed token on screen after the server sends it, median (${latencies.length} messages)`,
      value: median(latencies),
      unit: 'ms',
      target: '≤ 100',
    },
    { name: 'storefront: first streamed token on screen, p95', value: percentile(latencies, 95), unit: 'ms', target: '≤ 100' },
  ];
}

interface LighthouseResult {
  score: number;
  tbt: number;
  cls: number;
  lcp: number;
}

export async function runLighthouseBench(opts: { runs?: number; demo?: DemoProcess } = {}): Promise<BenchRow[]> {
  const runs = opts.runs ?? 5;
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const demo = opts.demo ?? (await startDemo());
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROMIUM_ARGS });
  const results: Record<'with' | 'without', LighthouseResult[]> = { with: [], without: [] };
  try {
    const page = `${demo.url}/products/chain-bracelet`;
    const measure = async (url: string): Promise<LighthouseResult> => {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        // The demo store's images are on Shopify's CDN: unreachable offline, blocked in both runs.
        blockedUrlPatterns: ['*burst.shopifycdn.com*', '*cdn.shopify.com*'],
        disableStorageReset: false,
      });
      const lhr = result!.lhr;
      return {
        score: Math.round((lhr.categories.performance.score ?? 0) * 100),
        tbt: lhr.audits['total-blocking-time'].numericValue ?? NaN,
        cls: lhr.audits['cumulative-layout-shift'].numericValue ?? NaN,
        lcp: lhr.audits['largest-contentful-paint'].numericValue ?? NaN,
      };
    };
    // One warm-up each (Vite compiles the app's modules on first request), then interleaved runs.
    await measure(`${page}?aisle=off`);
    await measure(page);
    for (let i = 0; i < runs; i++) {
      results.without.push(await measure(`${page}?aisle=off`));
      results.with.push(await measure(page));
    }
  } finally {
    await chrome.kill();
    if (!opts.demo) await demo.stop();
  }
  const m = (which: 'with' | 'without', key: keyof LighthouseResult) => median(results[which].map((r) => r[key]));
  return [
    {
      name: `lighthouse: performance, product page without the app (median of ${runs})`,
      value: m('without', 'score'),
      unit: '',
      target: '',
    },
    {
      name: `lighthouse: performance, product page with chat + compare (median of ${runs})`,
      value: m('with', 'score'),
      unit: '',
      target: '',
    },
    { name: 'lighthouse: performance points lost to the app', value: m('without', 'score') - m('with', 'score'), unit: '', target: '≤ 1' },
    {
      name: 'lighthouse: total blocking time without / with the app',
      value: round(m('with', 'tbt')),
      unit: `ms (without: ${round(m('without', 'tbt'))})`,
      target: '',
    },
    {
      name: 'lighthouse: total blocking time added by the app',
      value: round(m('with', 'tbt') - m('without', 'tbt')),
      unit: 'ms',
      target: '≤ 20',
    },
    {
      name: 'lighthouse: cumulative layout shift with the app',
      value: round(m('with', 'cls'), 3),
      unit: `(without: ${round(m('without', 'cls'), 3)})`,
      target: '0',
    },
    {
      name: 'lighthouse: largest contentful paint with the app',
      value: round(m('with', 'lcp')),
      unit: `ms (without: ${round(m('without', 'lcp'))})`,
      target: '',
    },
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '5' }, only: { type: 'string', default: 'size,first-token,lighthouse' } },
  });
  const only = new Set(values.only!.split(','));
  const rows: BenchRow[] = [];
  if (only.has('size')) rows.push(...(await runWidgetSizeBench()));
  const demo = only.has('first-token') || only.has('lighthouse') ? await startDemo() : undefined;
  try {
    if (only.has('first-token')) rows.push(...(await runFirstTokenBench({ demo })));
    if (only.has('lighthouse')) rows.push(...(await runLighthouseBench({ demo, runs: Number(values.runs) })));
  } finally {
    await demo?.stop();
  }
  console.log(formatTable(rows));
}
