// A quality floor, not a timing: hit@3 on the demo catalog's query set (test/fixtures/search-queries.jsonl,
// five languages, typos, plurals, missing accents, filters). `node --import tsx bench/search-quality.ts`
// prints the same figures per language, with the misses.
import { readQualityCases, runSearchQuality } from '../../../../bench/search-quality';

test('the query set covers five languages, typos, plurals, missing accents and filters', () => {
  const cases = readQualityCases();
  expect(cases.length).toBeGreaterThanOrEqual(40);
  expect(new Set(cases.map((c) => c.lang))).toEqual(new Set(['en', 'pl', 'de', 'es', 'fr']));
  const notes = cases.map((c) => c.note ?? '').join(' ');
  for (const kind of ['typo', 'plural', 'accent', 'filter']) expect(notes).toContain(kind);
});

test('hit@3 on the demo catalog is at least 0.9 overall and 0.8 in every language', async () => {
  const report = await runSearchQuality();
  // Misses ride along so that a failure says which queries fell below the floor.
  expect({ hitAt3: report.hitAt3 >= 0.9, misses: report.misses }).toMatchObject({ hitAt3: true });
  for (const [lang, s] of Object.entries(report.perLanguage)) expect([lang, s.hitAt3 >= 0.8]).toEqual([lang, true]);
}, 60_000);
