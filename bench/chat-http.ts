// Benchmark: the local engine end to end over HTTP on the demo store — a real `npm run demo`
// process, shoppers' questions through the emulated app proxy (/apps/aisle/chat, JSON), measured
// at the client. Rate limits are raised for the run; everything else is as a shopper gets it.
import path from 'node:path';
import { startDemo } from '../test/helpers/demo-process';
import type { BenchRow } from './search';

const QUESTIONS = [
  'Do you have a blue shirt?',
  'Szukam niebieskiej koszuli',
  'Haben Sie Ohrringe?',
  '¿Tienen sofás grises?',
  'Avez-vous des colliers en or ?',
  'What is your return policy?',
  'compare the ocean blue shirt and the white cotton shirt',
  'Where is my order #1001? anna.kowalska@example.pl',
  'Hi!',
  'jackets under 100',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function runChatHttpBench(opts: { turns?: number; concurrency?: number[] } = {}): Promise<BenchRow[]> {
  const turns = opts.turns ?? 200;
  const levels = opts.concurrency ?? [1, 4];
  const demo = await startDemo({
    store: path.resolve('demo-store'),
    env: { AISLE_LIMIT_IP_PER_MIN: '1000000', AISLE_LIMIT_CONVERSATION_PER_MIN: '1000000', AISLE_LIMIT_SHOP_PER_MIN: '1000000' },
  });
  const rows: BenchRow[] = [];
  try {
    const ask = async (i: number) => {
      const started = performance.now();
      const res = await fetch(`${demo.url}/apps/aisle/chat`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ message: QUESTIONS[i % QUESTIONS.length] }),
      });
      await res.json();
      if (res.status !== 200) throw new Error(`chat answered ${res.status}`);
      return performance.now() - started;
    };
    for (let i = 0; i < 20; i++) await ask(i); // warm up (Vite transforms, search index)
    for (const concurrency of levels) {
      const times: number[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < turns) times.push(await ask(next++));
        }),
      );
      times.sort((a, b) => a - b);
      const label = concurrency === 1 ? 'one shopper at a time' : `${concurrency} concurrent shoppers`;
      rows.push(
        { name: `local engine turn over HTTP, p50 (${label})`, value: Number(percentile(times, 50).toFixed(1)), unit: 'ms', target: '' },
        { name: `local engine turn over HTTP, p95 (${label})`, value: Number(percentile(times, 95).toFixed(1)), unit: 'ms', target: '≤ 50' },
      );
    }
  } finally {
    await demo.stop();
  }
  return rows;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  console.table(await runChatHttpBench());
}
