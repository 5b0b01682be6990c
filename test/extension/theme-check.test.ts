// Shopify's own theme check over the theme app extension (the shopify.extension.toml makes it use
// the theme-app-extension rule set: asset sizes, allowed tags, translations, schema names…).
import path from 'node:path';
import { themeCheckRun } from '@shopify/theme-check-node';

test('theme check reports no offenses', async () => {
  const run = await themeCheckRun(path.resolve('extensions/aisle-theme'), undefined, () => {});
  const offenses = run.offenses.map((o) => `${o.check} ${path.basename(o.uri)}:${o.start.line + 1} ${o.message}`);
  expect(offenses).toEqual([]);
  // It really looked at the blocks (an empty run would also have no offenses).
  expect(run.theme.map((f) => path.basename(f.uri))).toEqual(
    expect.arrayContaining(['aisle-chat.liquid', 'aisle-compare.liquid', 'en.default.json']),
  );
}, 30_000);
