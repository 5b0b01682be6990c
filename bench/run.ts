// `npm run bench [-- --only search,sync]`: every benchmark, one table. Figures vary with the
// machine's load; the README lists what was measured and when. Never asserted in tests.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable, runSearchBench, type BenchRow } from './search';
import { runSearchQuality } from './search-quality';
import { runSyncBench } from './sync';
import { measureSafetyQuality } from './safety-quality';
import { runClaudeOverheadBench } from './claude-overhead';
import { runChatHttpBench } from './chat-http';
import { runReviewsBench } from './reviews';
import { runAdminBench } from './admin';
import { runFirstTokenBench, runLighthouseBench, runWidgetSizeBench } from './lighthouse';

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const only = values.only ? new Set(values.only.split(',')) : null;

const pct = (x: number) => Number((x * 100).toFixed(1));

const benches: Record<string, () => Promise<BenchRow[]>> = {
  search: () => runSearchBench(),
  'search-quality': async () => {
    const q = await runSearchQuality();
    return [
      { name: `search hit@3 (${q.cases} queries, 5 languages)`, value: q.hitAt3, unit: '', target: '≥ 0.95' },
      ...Object.entries(q.perLanguage).map(([lang, r]) => ({ name: `search hit@3, ${lang} (${r.cases})`, value: r.hitAt3, unit: '', target: '' })),
    ];
  },
  sync: () => runSyncBench().then((rows) => rows.map((r) => ({ ...r, target: r.target ?? '' }))),
  safety: async () => {
    const q = measureSafetyQuality({ timing: true });
    return [
      { name: 'safety: injection recall (own set, 5 languages)', value: pct(q.own.byCategory.injection.recall), unit: '%', target: '' },
      { name: 'safety: abuse recall (own set)', value: pct(q.own.byCategory.abuse.recall), unit: '%', target: '' },
      { name: 'safety: false positives on legitimate messages', value: pct(q.own.legit.falsePositiveRate), unit: '%', target: '≤ 2' },
      { name: 'safety: giskard prompt injections caught', value: pct(q.public.giskardInjections.recall), unit: '%', target: '' },
      { name: 'safety: SMS spam caught', value: pct(q.public.smsSpam.recall), unit: '%', target: '' },
      ...(q.timing ? [{ name: 'safety: screen time per message, p99', value: Number(q.timing.screen.p99Microseconds.toFixed(0)), unit: 'µs', target: '< 1000' }] : []),
    ];
  },
  'claude-overhead': () => runClaudeOverheadBench(),
  'chat-http': () => runChatHttpBench(),
  'widget-size': () => runWidgetSizeBench(),
  'first-token': () => runFirstTokenBench(),
  lighthouse: () => runLighthouseBench(),
  reviews: () => runReviewsBench(),
  admin: () => runAdminBench(),
};

const rows: BenchRow[] = [];
for (const [name, run] of Object.entries(benches)) {
  if (only && !only.has(name)) continue;
  process.stderr.write(`running ${name}…\n`);
  try {
    rows.push(...(await run()));
  } catch (error) {
    rows.push({ name: `${name}: FAILED — ${(error as Error).message.split('\n')[0]}`, value: NaN, unit: '', target: '' });
  }
}
console.log(formatTable(rows));
const out = path.resolve('bench/out');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'latest.json'), JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
