// CI runs the whole eval suite with the local engine: every case must pass.
import fs from 'node:fs';
import path from 'node:path';
import { parseCases } from '~/eval/cases';
import { runEvalCases } from '~/eval/run-eval';

const file = path.resolve('eval/cases.jsonl');

test('eval/cases.jsonl: at least 80 cases in five languages, all passing on the demo store', async () => {
  const { cases, errors } = parseCases(fs.readFileSync(file, 'utf8'));
  expect(errors).toEqual([]);
  expect(cases.length).toBeGreaterThanOrEqual(80);
  const languages = new Set(cases.map((c) => c.expect.language).filter(Boolean));
  for (const l of ['en', 'pl', 'de', 'es', 'fr']) expect(languages).toContain(l);
  const results = await runEvalCases(cases, { storeDir: path.resolve('demo-store') });
  const failed = results.filter((r) => !r.passed).map((r) => `${r.id}: ${r.failures.join('; ')}`);
  expect(failed).toEqual([]);
}, 180_000);
