// `npm test`: the whole suite. Jest runs every layer on SQLite; when TEST_POSTGRES_URL points at a
// PostgreSQL server (CI starts one) everything except the browser tests runs again against it.
// Ends with one "tests: N passed, M failed" line summing all passes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface Pass {
  name: string;
  env: Record<string, string | undefined>;
  args: string[];
}

const extra = process.argv.slice(2);

// The widget's sources compile into the theme extension's assets before the tests. In CI the
// committed assets are tested as they are: test/extension/assets.test.ts fails when they are stale.
if (!process.env.CI) {
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-widget.ts'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const passes: Pass[] = [{ name: 'sqlite', env: { TEST_POSTGRES_URL: '' }, args: [] }];
if (process.env.TEST_POSTGRES_URL) {
  passes.push({ name: 'postgres', env: {}, args: ['--testPathIgnorePatterns', '/e2e/', '/browser/', '/node_modules/', '/generated/'] });
}

let passed = 0;
let failed = 0;
let broken = false;
for (const pass of passes) {
  const out = path.join(os.tmpdir(), `aisle-jest-${pass.name}-${process.pid}.json`);
  console.log(`\n=== jest on ${pass.name} ===`);
  const run = spawnSync('npx', ['jest', '--json', `--outputFile=${out}`, ...pass.args, ...extra], {
    stdio: 'inherit',
    env: { ...process.env, ...pass.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings=ExperimentalWarning`.trim() },
  });
  if (!fs.existsSync(out)) {
    broken = true;
    console.error(`jest (${pass.name}) produced no results (exit ${run.status})`);
    continue;
  }
  const result = JSON.parse(fs.readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number; numRuntimeErrorTestSuites: number };
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  if (result.numRuntimeErrorTestSuites > 0 || run.status !== 0) broken = true;
  fs.rmSync(out, { force: true });
}

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken || passed === 0 ? 1 : 0);
