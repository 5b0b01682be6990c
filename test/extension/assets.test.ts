// The storefront assets are built from widget/ (scripts/build-widget.ts) and committed, because
// Shopify serves the extension's assets/ as they are. These checks fail when the committed files
// are stale, and hold the budget for what every page loads before the shopper touches the chat.
import fs from 'node:fs';
import path from 'node:path';
import { ASSETS_DIR, buildWidget, gzipSize, WIDGET_ENTRIES } from '../../scripts/build-widget';

let built: Map<string, string>;
beforeAll(async () => {
  built = await buildWidget();
}, 60_000);

test('committed assets match a fresh build of widget/ (run `npm run build:widget` when this fails)', () => {
  const committed = fs.readdirSync(ASSETS_DIR).sort();
  expect(committed).toEqual(WIDGET_ENTRIES.map((e) => e.asset).sort());
  for (const [file, text] of built) {
    const onDisk = fs.readFileSync(path.join(ASSETS_DIR, file), 'utf8');
    expect({ file, upToDate: onDisk === text }).toEqual({ file, upToDate: true });
  }
});

test('every page loads at most 10 KB of gzipped JS and 4 KB of CSS before the chat is opened', () => {
  // On every page: the loader (the app embed's script) and the launcher's styles.
  expect(gzipSize(built.get('aisle-loader.js')!)).toBeLessThanOrEqual(10 * 1024);
  expect(gzipSize(built.get('aisle-launcher.css')!)).toBeLessThanOrEqual(4 * 1024);
  // Product pages add the compare block's script, which loads the table only near the viewport.
  expect(gzipSize(built.get('aisle-compare.js')!)).toBeLessThanOrEqual(10 * 1024);
});

test("the scripts the blocks start stay under theme check's 10,000-byte limit for block scripts, uncompressed", () => {
  for (const file of ['aisle-loader.js', 'aisle-compare.js']) expect(Buffer.byteLength(built.get(file)!)).toBeLessThan(10_000);
});

test('the full chat UI is a separate file that no block loads up front', () => {
  const blocks = fs
    .readdirSync(path.resolve('extensions/aisle-theme/blocks'))
    .map((f) => fs.readFileSync(path.resolve('extensions/aisle-theme/blocks', f), 'utf8'));
  for (const source of blocks) {
    expect(source).not.toMatch(/"javascript":\s*"aisle-chat\.js"/);
    expect(source).not.toMatch(/<script[^>]+aisle-chat\.js/);
  }
  expect(built.get('aisle-loader.js')).not.toMatch(/renderMarkdown|createSseParser/);
  expect(built.get('aisle-chat.js')!.length).toBeGreaterThan(built.get('aisle-loader.js')!.length);
});
