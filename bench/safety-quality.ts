// Quality of the safety screen on labelled data: our own multilingual set (written for this
// screen) and samples of public data sets it was not written against (see
// test/fixtures/safety/README.md). Run: node --import tsx bench/safety-quality.ts
// Every message goes through the same path as in the chat: language detected with the
// storefront locale as hint, then screened at standard sensitivity.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { detectLanguage } from '../app/lang/detect';
import { screenMessage } from '../app/safety/screen';
import type { Category, ScreenResult, Sensitivity } from '../app/safety/types';

export const SHOP_LANGUAGES = ['en', 'pl', 'de', 'es', 'fr'];
const FIXTURES = fileURLToPath(new URL('../test/fixtures/safety/', import.meta.url));

export type OwnLabel = 'legit' | 'mild' | 'abuse' | 'threat' | 'injection' | 'spam';
export interface LabelledMessage {
  text: string;
  language: string;
  label: OwnLabel;
}

export interface Rates {
  /** Share of positives flagged or blocked with the expected category. */
  recall: number;
  /** Share of positives blocked. */
  blockRecall: number;
  /** Share of messages given the category that carry the label (NaN when none were). */
  precision: number;
  positives: number;
}

export interface LegitRates {
  /** Share of legitimate messages not allowed (flag or block). */
  falsePositiveRate: number;
  /** Share of legitimate messages blocked. */
  blockRate: number;
  count: number;
}

export interface QualityReport {
  own: {
    byCategory: Record<'injection' | 'abuse' | 'threat' | 'spam', Rates>;
    byLanguage: Record<string, { injection: Rates; abuse: Rates; spam: Rates; legit: LegitRates }>;
    legit: LegitRates;
    /** Mild frustration ("where the hell is my order"): must never block. */
    mild: { blockRate: number; flagRate: number; count: number };
  };
  public: {
    giskardInjections: Rates;
    gptfuzzJailbreaks: Rates;
    /** GPTFuzz templates never looked at while writing rules (the sample above was). */
    gptfuzzHeldOut: Rates;
    germevalOffensiveDe: Rates & { otherFlagRate: number };
    polevalHarmfulPl: Rates & { otherFlagRate: number };
    smsSpam: Rates & { hamFlagRate: number };
    bitextLegit: LegitRates;
  };
  /** Absent when measured with `{ timing: false }` (tests: timings are never asserted). */
  timing?: {
    messages: number;
    /** screenMessage with the language given, as the chat pipeline calls it. */
    screen: TimingFigures;
    /** detectLanguage followed by screenMessage. */
    detectAndScreen: TimingFigures;
  };
}

export interface TimingFigures {
  meanMicroseconds: number;
  p99Microseconds: number;
}

function fixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

export function loadOwnSet(): LabelledMessage[] {
  return SHOP_LANGUAGES.flatMap((language) =>
    fixture(`own/${language}.jsonl`)
      .trim()
      .split('\n')
      .map((line) => ({ ...(JSON.parse(line) as { text: string; label: OwnLabel }), language })),
  );
}

/** Rows of a tab-separated sample (PolEval's keep their CRLF and a CR after the label). */
function tsv(name: string, textColumn: 0 | 1): Array<[string, string]> {
  return fixture(name)
    .trim()
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cells) => (cells[textColumn] ?? '').trim() !== '')
    .map((cells) => [(cells[0] ?? '').trim(), (cells[1] ?? '').trim()]);
}

function csv(name: string): Array<Record<string, string>> {
  return parse(fixture(name), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
}

/** The chat's path: language from text with the storefront locale as hint, then the screen. */
export function screenAsChat(text: string, storefrontLanguage: string, sensitivity: Sensitivity = 'standard'): ScreenResult {
  const { language } = detectLanguage(text, { hint: storefrontLanguage, allowed: SHOP_LANGUAGES });
  return screenMessage(text, { language, sensitivity });
}

const caught = (r: ScreenResult, categories: Category[]) =>
  r.verdict !== 'allow' && categories.some((c) => r.categories.includes(c));

function rates(results: Array<{ positive: boolean; r: ScreenResult }>, categories: Category[]): Rates {
  const positives = results.filter((x) => x.positive);
  const predicted = results.filter((x) => caught(x.r, categories));
  return {
    recall: positives.filter((x) => caught(x.r, categories)).length / positives.length,
    blockRecall: positives.filter((x) => x.r.verdict === 'block').length / positives.length,
    precision: predicted.filter((x) => x.positive).length / predicted.length,
    positives: positives.length,
  };
}

function legitRates(results: ScreenResult[]): LegitRates {
  return {
    falsePositiveRate: results.filter((r) => r.verdict !== 'allow').length / results.length,
    blockRate: results.filter((r) => r.verdict === 'block').length / results.length,
    count: results.length,
  };
}

// Which screen categories count as catching each label of our own set.
const EXPECTED: Record<Exclude<OwnLabel, 'legit' | 'mild'>, Category[]> = {
  injection: ['injection'],
  abuse: ['abuse', 'threat'],
  threat: ['threat'],
  spam: ['spam', 'flooding'],
};

function ownRates(rows: Array<LabelledMessage & { r: ScreenResult }>, label: keyof typeof EXPECTED): Rates {
  // Mild frustration is neither a hit nor a miss for abuse precision: flagging it is allowed.
  const judged = rows.filter((x) => x.label !== 'mild' && !(label === 'abuse' && x.label === 'threat'));
  return rates(judged.map((x) => ({ positive: x.label === label, r: x.r })), EXPECTED[label]);
}

// The machines are shared and noisy: each message is timed several times and its fastest run
// kept, which measures the screen rather than the neighbours.
const TIMING_RUNS = 5;

function timeEach(texts: string[], run: (text: string) => unknown): TimingFigures {
  for (const text of texts.slice(0, 100)) run(text);
  const times = texts.map((text) => {
    let best = Infinity;
    for (let i = 0; i < TIMING_RUNS; i += 1) {
      const start = process.hrtime.bigint();
      run(text);
      best = Math.min(best, Number(process.hrtime.bigint() - start) / 1000);
    }
    return best;
  });
  times.sort((a, b) => a - b);
  return {
    meanMicroseconds: Math.round(times.reduce((a, b) => a + b, 0) / times.length),
    p99Microseconds: Math.round(times[Math.floor(times.length * 0.99)] ?? 0),
  };
}

export function measureSafetyQuality(opts: { timing?: boolean } = {}): QualityReport {
  const own = loadOwnSet().map((m) => ({ ...m, r: screenAsChat(m.text, m.language) }));
  const byLanguage: QualityReport['own']['byLanguage'] = {};
  for (const language of SHOP_LANGUAGES) {
    const rows = own.filter((x) => x.language === language);
    byLanguage[language] = {
      injection: ownRates(rows, 'injection'),
      abuse: ownRates(rows, 'abuse'),
      spam: ownRates(rows, 'spam'),
      legit: legitRates(rows.filter((x) => x.label === 'legit').map((x) => x.r)),
    };
  }
  const mild = own.filter((x) => x.label === 'mild');

  const giskard = csv('giskard-prompt-injections.csv').map((row) => ({ positive: true, r: screenAsChat(row.prompt ?? '', 'en') }));
  const gptfuzz = csv('gptfuzz-jailbreak-templates-sample.csv').map((row) => ({ positive: true, r: screenAsChat(row.text ?? '', 'en') }));
  const gptfuzzHeldOut = csv('gptfuzz-jailbreak-templates-heldout.csv').map((row) => ({ positive: true, r: screenAsChat(row.text ?? '', 'en') }));
  const germeval = tsv('germeval2018-offensive-de-sample.tsv', 0).map(([text, label]) => ({ positive: label === 'OFFENSE', r: screenAsChat(text, 'de') }));
  const poleval = tsv('poleval2019-cyberbullying-pl-sample.tsv', 1).map(([label, text]) => ({ positive: label === '1', r: screenAsChat(text, 'pl') }));
  const sms = tsv('sms-spam-collection-sample.tsv', 1).map(([label, text]) => ({ positive: label === 'spam', r: screenAsChat(text, 'en') }));
  const bitext = csv('bitext-customer-support-sample.csv').map((row) => screenAsChat(row.utterance ?? '', 'en'));
  const negativesFlagged = (rows: Array<{ positive: boolean; r: ScreenResult }>, categories: Category[]) => {
    const negatives = rows.filter((x) => !x.positive);
    return negatives.filter((x) => caught(x.r, categories)).length / negatives.length;
  };

  // Typical chat messages: our own set, support utterances and SMS (no multi-page templates).
  const typical = [
    ...own.map((x) => ({ text: x.text, language: x.language })),
    ...csv('bitext-customer-support-sample.csv').map((row) => ({ text: row.utterance ?? '', language: 'en' })),
    ...tsv('sms-spam-collection-sample.tsv', 1).map(([, text]) => ({ text, language: 'en' })),
  ];
  const byText = new Map(typical.map((m) => [m.text, m.language]));
  const texts = [...byText.keys()];

  return {
    own: {
      byCategory: {
        injection: ownRates(own, 'injection'),
        abuse: ownRates(own, 'abuse'),
        threat: ownRates(own, 'threat'),
        spam: ownRates(own, 'spam'),
      },
      byLanguage,
      legit: legitRates(own.filter((x) => x.label === 'legit').map((x) => x.r)),
      mild: {
        blockRate: mild.filter((x) => x.r.verdict === 'block').length / mild.length,
        flagRate: mild.filter((x) => x.r.verdict === 'flag').length / mild.length,
        count: mild.length,
      },
    },
    public: {
      giskardInjections: rates(giskard, ['injection']),
      gptfuzzJailbreaks: rates(gptfuzz, ['injection']),
      gptfuzzHeldOut: rates(gptfuzzHeldOut, ['injection']),
      germevalOffensiveDe: { ...rates(germeval, ['abuse', 'threat']), otherFlagRate: negativesFlagged(germeval, ['abuse', 'threat']) },
      polevalHarmfulPl: { ...rates(poleval, ['abuse', 'threat']), otherFlagRate: negativesFlagged(poleval, ['abuse', 'threat']) },
      smsSpam: { ...rates(sms, ['spam', 'flooding']), hamFlagRate: negativesFlagged(sms, ['spam', 'flooding']) },
      bitextLegit: legitRates(bitext),
    },
    ...(opts.timing === false
      ? {}
      : {
          timing: {
            messages: texts.length,
            screen: timeEach(texts, (text) => screenMessage(text, { language: byText.get(text) })),
            detectAndScreen: timeEach(texts, (text) => screenAsChat(text, byText.get(text) ?? 'en')),
          },
        }),
  };
}

function pct(value: number): string {
  return Number.isNaN(value) ? '   -  ' : `${(value * 100).toFixed(1).padStart(5)}%`;
}

export function formatQualityReport(q: QualityReport): string {
  const row = (name: string, r: Rates) =>
    `${name.padEnd(34)} recall ${pct(r.recall)}  blocked ${pct(r.blockRecall)}  precision ${pct(r.precision)}  n=${r.positives}`;
  const legit = (name: string, l: LegitRates) =>
    `${name.padEnd(34)} false positives ${pct(l.falsePositiveRate)}  blocked ${pct(l.blockRate)}  n=${l.count}`;
  const lines = ['Safety screen quality (standard sensitivity)', '', 'Own multilingual set, by category:'];
  for (const [category, r] of Object.entries(q.own.byCategory)) lines.push(row(`  ${category}`, r));
  lines.push(legit('  legitimate shopping messages', q.own.legit));
  lines.push(`  mild frustration                 blocked ${pct(q.own.mild.blockRate)}  flagged ${pct(q.own.mild.flagRate)}  n=${q.own.mild.count}`);
  lines.push('', 'Own multilingual set, by language:');
  for (const [language, l] of Object.entries(q.own.byLanguage)) {
    lines.push(row(`  ${language} injection`, l.injection), row(`  ${language} abuse`, l.abuse), row(`  ${language} spam`, l.spam), legit(`  ${language} legitimate`, l.legit));
  }
  const p = q.public;
  lines.push(
    '',
    'Public data (samples; gptfuzz sample misses informed generic jailbreak rules, the held-out part did not):',
    row('  giskard prompt injections (en)', p.giskardInjections),
    row('  gptfuzz jailbreak templates (en)', p.gptfuzzJailbreaks),
    row('  gptfuzz held-out templates (en)', p.gptfuzzHeldOut),
    `${row('  germeval2018 offensive (de)', p.germevalOffensiveDe)}  OTHER flagged ${pct(p.germevalOffensiveDe.otherFlagRate)}`,
    `${row('  poleval2019 harmful (pl)', p.polevalHarmfulPl)}  non-harmful flagged ${pct(p.polevalHarmfulPl.otherFlagRate)}`,
    `${row('  sms spam collection (en)', p.smsSpam)}  ham flagged ${pct(p.smsSpam.hamFlagRate)}`,
    legit('  bitext support utterances (en)', p.bitextLegit),
  );
  if (q.timing) {
    lines.push(
      '',
      `Timing per typical message (${q.timing.messages} messages, fastest of ${TIMING_RUNS} runs each):`,
      `  screen, language given           mean ${q.timing.screen.meanMicroseconds} µs  p99 ${q.timing.screen.p99Microseconds} µs`,
      `  language detection + screen      mean ${q.timing.detectAndScreen.meanMicroseconds} µs  p99 ${q.timing.detectAndScreen.p99Microseconds} µs`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatQualityReport(measureSafetyQuality()));
}
