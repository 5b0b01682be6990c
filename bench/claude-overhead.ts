// The Claude engine's own cost per turn, with the model taken out. The local Messages API fake
// answers instantly (no delay between SSE events), and each turn's overhead is its wall time minus
// the time the fake spent answering its requests: what remains is the SDK (HTTP, SSE parsing,
// stream accumulation), request building, the tool loop and event emission, plus waiting for the
// event loop. Every turn is a realistic two-call turn: a search_products call, then a ~60-word
// answer streamed as ~60 deltas, with the conversation's history growing turn by turn.
//
// Two loads over 50 concurrent conversations:
// - paced: each shopper pauses 0.5–2.5 s between turns (far busier than real shoppers, who take
//   10 s or more, and real model latency would space turns further still). This is the target's
//   measure: overhead per turn and first model token → first `text` event.
// - saturation: no pauses, so 50 turns are always in flight against an instant model. Latency here
//   is queueing behind the other 49 (about 50 × the CPU cost of a turn); the useful figures are
//   throughput and CPU per turn.
// The fake runs in a child process (in production the model is elsewhere too), so its CPU stays off
// the engine's event loop; on a machine with few cores it still competes for them.
// Run: node --import tsx bench/claude-overhead.ts [--conversations N] [--turns N]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createClaudeEngine } from '~/assistant/claude/engine';
import { DEFAULT_SETTINGS } from '~/assistant/settings';
import type { EngineInput, HistoryMessage, ShopContext, Tool, ToolServices, TurnEvent } from '~/assistant/types';
import type { ProductView } from '~/catalog/types';
import { startFakeAnthropicProcess, type ProcessRecord } from '../test/fakes/anthropic/process';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target: string;
}

export interface ClaudeOverheadOptions {
  conversations?: number;
  turnsPerConversation?: number;
  log?: (line: string) => void;
}

const ANSWER =
  'I found three waterproof jackets under 100 EUR. The Storm Shell is the lightest and packs into its own pocket; ' +
  'the Coastline Parka is longer and warmer, with a fleece lining; the Trail Runner is made for running, with taped ' +
  'seams and reflective details. All three are in stock in most sizes. Would you like me to compare two of them or ' +
  'add one to your cart?';

const shop: ShopContext = {
  shop: 'bench.myshopify.com',
  name: 'Bench Outdoor',
  currency: 'EUR',
  primaryLocale: 'en',
  locales: ['en', 'pl', 'de', 'es', 'fr'],
  settings: DEFAULT_SETTINGS,
};

function products(): ProductView[] {
  return ['storm-shell', 'coastline-parka', 'trail-runner', 'city-mac', 'summit-pro'].map((handle, i) => ({
    handle,
    title: handle.replace(/-/g, ' '),
    url: `https://bench.example/products/${handle}`,
    image: `https://cdn.bench.example/${handle}.jpg`,
    price: 59 + i * 10,
    compareAtPrice: null,
    currency: 'EUR',
    available: true,
    vendor: 'Bench',
    productType: 'Jacket',
    tags: ['waterproof'],
    options: [{ name: 'Size', values: ['S', 'M', 'L'] }],
    variants: ['S', 'M', 'L'].map((size) => ({
      id: `gid://shopify/ProductVariant/${handle}-${size}`,
      title: size,
      price: 59 + i * 10,
      compareAtPrice: null,
      available: true,
      options: [{ name: 'Size', value: size }],
    })),
  }));
}

const searchInput = z.object({ query: z.string(), maxPrice: z.number().optional() });
const searchTool: Tool = {
  name: 'search_products',
  description: "Search the catalog. Translate the shopper's words into catalog terms in the catalog's language.",
  input: searchInput,
  jsonSchema: { type: 'object', properties: { query: { type: 'string' }, maxPrice: { type: 'number' } }, required: ['query'] },
  async run() {
    const hits = products();
    return {
      ok: true,
      data: {
        total: hits.length,
        products: hits.map((p) => ({ handle: p.handle, title: p.title, price: p.price, available: p.available })),
      },
      products: hits,
    };
  },
};

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (n: number) => Math.round(n * 100) / 100;

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function runClaudeOverheadBench(opts: ClaudeOverheadOptions = {}): Promise<BenchRow[]> {
  const conversations = opts.conversations ?? 50;
  const turns = opts.turnsPerConversation ?? 8;
  const log = opts.log ?? (() => {});
  // Instant model in its own process: a tool call first, the answer once the tool result is in.
  const fake = await startFakeAnthropicProcess({
    toolCall: { name: 'search_products', input: { query: 'waterproof jacket', maxPrice: 100 } },
    toolUsage: { input: 700, output: 30, cacheRead: 2500 },
    answer: ANSWER,
    answerUsage: { input: 900, output: 80, cacheRead: 2500 },
    markerPattern: '\\[c\\d+t\\d+\\]',
  });
  const engine = createClaudeEngine({ apiKey: 'bench', baseURL: fake.baseURL, maxRetries: 0, timeoutMs: 60_000 });
  const services = { now: () => new Date() } as unknown as ToolServices;
  const now = () => performance.timeOrigin + performance.now();

  interface Turn {
    marker: string;
    started: number;
    wall: number;
    firstTextAt?: number;
  }

  async function turn(conversation: number, index: number, history: HistoryMessage[], done: Turn[]): Promise<string> {
    const marker = `[c${conversation}t${index}]`;
    let firstTextAt: number | undefined;
    const input: EngineInput = {
      message: `${marker} Do you have a waterproof jacket under 100 EUR?`,
      history,
      shop,
      shopper: { conversationId: `conv_${conversation}`, customerId: null, localeHint: 'en', language: 'en', ip: null },
      tools: [searchTool],
      services,
      signal: new AbortController().signal,
      emit: (e: TurnEvent) => {
        if (e.type === 'text' && firstTextAt === undefined) firstTextAt = now();
      },
    };
    const started = now();
    const out = await engine.respond(input);
    done.push({ marker, started, wall: now() - started, firstTextAt });
    return out.reply;
  }

  async function conversation(id: number, count: number, pause: (() => number) | null, done: Turn[]) {
    const history: HistoryMessage[] = [];
    if (pause) await sleep(pause());
    for (let i = 0; i < count; i++) {
      const text = await turn(id, i, history.slice(-12), done);
      history.push(
        { role: 'user', content: `Do you have a waterproof jacket under 100 EUR? (${i})` },
        { role: 'assistant', content: text },
      );
      if (pause) await sleep(pause());
    }
  }

  async function run(pause: (() => number) | null) {
    await fake.collect();
    const done: Turn[] = [];
    const cpu = process.cpuUsage();
    const wall = performance.now();
    await Promise.all(Array.from({ length: conversations }, (_, c) => conversation(c, turns, pause, done)));
    const wallMs = performance.now() - wall;
    const used = process.cpuUsage(cpu);
    const records = await fake.collect();
    const byMarker = new Map<string, ProcessRecord[]>();
    for (const r of records) if (r.marker) byMarker.set(r.marker, [...(byMarker.get(r.marker) ?? []), r]);
    const overhead: number[] = [];
    const firstText: number[] = [];
    for (const t of done) {
      const mine = byMarker.get(t.marker) ?? [];
      const modelTime = mine.reduce((sum, r) => sum + ((r.finishedAt ?? r.receivedAt) - r.receivedAt), 0);
      overhead.push(t.wall - modelTime);
      const firstDelta = mine.find((r) => r.firstDeltaAt !== undefined)?.firstDeltaAt;
      if (firstDelta !== undefined && t.firstTextAt !== undefined) firstText.push(t.firstTextAt - firstDelta);
    }
    overhead.sort((a, b) => a - b);
    firstText.sort((a, b) => a - b);
    return {
      overhead,
      firstText,
      turns: done.length,
      calls: records.length,
      turnsPerSecond: (done.length / wallMs) * 1000,
      cpuMsPerTurn: (used.user + used.system) / 1000 / done.length,
    };
  }

  try {
    log('warming up');
    await Promise.all(Array.from({ length: 5 }, (_, c) => conversation(1000 + c, 4, null, [])));
    const random = prng(42);
    log(`paced: ${conversations} conversations × ${turns} turns, 0.5–2.5 s between turns`);
    const paced = await run(() => 500 + random() * 2000);
    log(`saturation: ${conversations} conversations × ${turns} turns, no pauses`);
    const saturated = await run(null);
    const who = `${conversations} concurrent conversations, instant fake model`;
    return [
      { name: `paced: engine overhead per turn p50 (${who})`, value: round(percentile(paced.overhead, 50)), unit: 'ms', target: '' },
      { name: `paced: engine overhead per turn p95 (${who})`, value: round(percentile(paced.overhead, 95)), unit: 'ms', target: '≤ 30' },
      { name: 'paced: first model token → first text event p50', value: round(percentile(paced.firstText, 50)), unit: 'ms', target: '' },
      {
        name: 'paced: first model token → first text event p95',
        value: round(percentile(paced.firstText, 95)),
        unit: 'ms',
        target: '≤ 50',
      },
      {
        name: `paced: load (${paced.turns} turns, ${paced.calls} model calls)`,
        value: round(paced.turnsPerSecond),
        unit: 'turns/s',
        target: '',
      },
      { name: `saturation: throughput (${who}, no pauses)`, value: round(saturated.turnsPerSecond), unit: 'turns/s', target: '' },
      {
        name: 'saturation: engine CPU per turn (engine + SDK, fake excluded)',
        value: round(saturated.cpuMsPerTurn),
        unit: 'ms',
        target: '',
      },
      {
        name: 'saturation: overhead per turn p50 (mostly queueing)',
        value: round(percentile(saturated.overhead, 50)),
        unit: 'ms',
        target: '',
      },
      {
        name: 'saturation: overhead per turn p95 (mostly queueing)',
        value: round(percentile(saturated.overhead, 95)),
        unit: 'ms',
        target: '',
      },
      {
        name: 'saturation: first model token → first text event p95',
        value: round(percentile(saturated.firstText, 95)),
        unit: 'ms',
        target: '',
      },
    ];
  } finally {
    await fake.close();
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const rows = await runClaudeOverheadBench({
    conversations: arg('--conversations'),
    turnsPerConversation: arg('--turns'),
    log: (line) => console.error(line),
  });
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) console.log(`${r.name.padEnd(width)}  ${String(r.value).padStart(8)} ${r.unit.padEnd(7)} ${r.target}`);
}
