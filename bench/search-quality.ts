// Search quality on the demo catalog (60 products, with demo-store/translations.json): hit@3 over
// the queries in test/fixtures/search-queries.jsonl, overall and per language. A query is a hit
// when one of its expected handles is among the first three results (or, when it expects none,
// when nothing matches). Run: node --import tsx bench/search-quality.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { upsertProducts } from '~/catalog/products.server';
import { createCatalogSearch } from '~/catalog/search';
import { loadStore } from '~/demo/store';
import { createTestDb } from '../test/helpers/db';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const QUERIES_FILE = path.join(ROOT, 'test/fixtures/search-queries.jsonl');
const DEMO_STORE = path.join(ROOT, 'demo-store');

const caseSchema = z.object({
  q: z.string(),
  filters: z
    .object({
      minPrice: z.number().optional(),
      maxPrice: z.number().optional(),
      available: z.boolean().optional(),
      type: z.string().optional(),
      vendor: z.string().optional(),
      tag: z.string().optional(),
      options: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
    })
    .default({}),
  expect: z.array(z.string()),
  lang: z.string(),
  note: z.string().optional(),
});
export type QualityCase = z.infer<typeof caseSchema>;

export function readQualityCases(file = QUERIES_FILE): QualityCase[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = caseSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

export interface QualityReport {
  cases: number;
  hitAt3: number;
  perLanguage: Record<string, { cases: number; hitAt3: number }>;
  misses: { q: string; lang: string; expect: string[]; got: string[] }[];
}

export async function runSearchQuality(opts: { storeDir?: string; queriesFile?: string } = {}): Promise<QualityReport> {
  const store = await loadStore(opts.storeDir ?? DEMO_STORE);
  const cases = readQualityCases(opts.queriesFile);
  const t = await createTestDb();
  try {
    const shop = store.shop.myshopifyDomain;
    await t.db.shop.create({
      data: { domain: shop, currency: store.shop.currency, primaryLocale: store.shop.primaryLocale },
      select: { domain: true },
    });
    await upsertProducts(t.db, shop, store.products);
    const search = createCatalogSearch({ db: t.db });
    const perLanguage: Record<string, { cases: number; hits: number }> = {};
    const misses: QualityReport['misses'] = [];
    let hits = 0;
    for (const c of cases) {
      const { products } = await search.search(shop, { q: c.q, ...c.filters, limit: 3 });
      const got = products.map((p) => p.handle);
      const hit = c.expect.length === 0 ? got.length === 0 : got.some((h) => c.expect.includes(h));
      const lang = (perLanguage[c.lang] ??= { cases: 0, hits: 0 });
      lang.cases++;
      if (hit) {
        lang.hits++;
        hits++;
      } else {
        misses.push({ q: c.q, lang: c.lang, expect: c.expect, got });
      }
    }
    return {
      cases: cases.length,
      hitAt3: hits / cases.length,
      perLanguage: Object.fromEntries(Object.entries(perLanguage).map(([lang, s]) => [lang, { cases: s.cases, hitAt3: s.hits / s.cases }])),
      misses,
    };
  } finally {
    await t.drop();
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const report = await runSearchQuality();
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`hit@3 overall: ${pct(report.hitAt3)} (${report.cases} queries)`);
  for (const [lang, s] of Object.entries(report.perLanguage)) console.log(`  ${lang}: ${pct(s.hitAt3)} (${s.cases})`);
  for (const m of report.misses)
    console.log(
      `  miss [${m.lang}] "${m.q}": expected one of ${m.expect.join(', ') || '(nothing)'}, got ${m.got.join(', ') || '(nothing)'}`,
    );
}
