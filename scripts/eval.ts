// npm run eval -- --cases FILE.jsonl [--store DIR] [--verbose]
// Runs the conversation cases through the assistant and ends with "N passed, M failed".
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseCases } from '../app/eval/cases';
import { runEvalCases } from '../app/eval/run-eval';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: 'eval/cases.jsonl' },
    store: { type: 'string', default: process.env.DEMO_STORE ?? 'demo-store' },
    verbose: { type: 'boolean', default: false },
  },
});

const file = path.resolve(values.cases!);
if (!fs.existsSync(file)) {
  console.error(`No such cases file: ${file}`);
  process.exit(2);
}
const { cases, errors } = parseCases(fs.readFileSync(file, 'utf8'));
if (errors.length) {
  for (const e of errors) console.error(`${path.basename(file)} ${e}`);
  process.exit(2);
}
process.env.AISLE_DISABLE_JOBS = '1';
const results = await runEvalCases(cases, {
  storeDir: path.resolve(values.store!),
  onResult: (r) => {
    if (!r.passed) console.log(`FAIL ${r.id}: ${r.failures.join('; ')}${values.verbose && r.last ? `\n     reply: ${r.last.reply.replace(/\n/g, ' ').slice(0, 300)}` : ''}`);
    else if (values.verbose) console.log(`ok   ${r.id} (${r.ms.toFixed(0)} ms)`);
  },
});
const passed = results.filter((r) => r.passed).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
