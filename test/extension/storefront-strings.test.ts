// The blocks render in every storefront language with every string the widget uses, taken from the
// extension's locale files through Liquid's `t` filter (rendered here by demo mode's Liquid engine,
// as on `npm run demo`).
import fs from 'node:fs';
import path from 'node:path';
import { loadStore } from '~/demo/store';
import { createStorefront } from '~/demo/storefront/render';
import { blockConfigs } from './block-config';

const LOCALES = ['en', 'pl', 'de', 'es', 'fr'];
const localesDir = path.resolve('extensions/aisle-theme/locales');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(localesDir, file), 'utf8'));

function flatten(tree: Record<string, unknown>, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([k, v]) =>
      v && typeof v === 'object' ? Object.entries(flatten(v as Record<string, unknown>, `${prefix}${k}.`)) : [[`${prefix}${k}`, String(v)]],
    ),
  );
}

// `s` is also a plain string variable in places: its methods are not string keys.
const STRING_METHODS = new Set(Object.getOwnPropertyNames(String.prototype));

/** String keys the widget's code reads (s.x, strings.x, cfg.strings.x). */
function usedKeys(dirs: string[]): Set<string> {
  const keys = new Set<string>();
  for (const dir of dirs) {
    for (const file of fs.readdirSync(path.resolve('widget', dir)).filter((f) => f.endsWith('.ts'))) {
      const source = fs.readFileSync(path.resolve('widget', dir, file), 'utf8');
      for (const m of source.matchAll(/\b(?:s|strings)\.([a-zA-Z]+)\b/g)) if (!STRING_METHODS.has(m[1])) keys.add(m[1]);
    }
  }
  return keys;
}

let storefront: ReturnType<typeof createStorefront>;
beforeAll(async () => {
  const store = await loadStore(path.resolve('demo-store'));
  storefront = createStorefront({ store, extensionsDir: path.resolve('extensions'), apiKey: 'test' });
});

test('every storefront locale has the same keys as English, none empty, with the same placeholders', () => {
  const en = flatten(readJson('en.default.json'));
  for (const lang of LOCALES.slice(1)) {
    const other = flatten(readJson(`${lang}.json`));
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(other)) {
      expect({ key, lang, empty: !value.trim() }).toEqual({ key, lang, empty: false });
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect({ key, lang, placeholders: placeholders(value) }).toEqual({ key, lang, placeholders: placeholders(en[key]) });
    }
  }
});

test.each(LOCALES)('a product page in %s carries the chat and compare configuration with every string the widget uses', async (locale) => {
  const html = (await storefront.product('chain-bracelet', { locale, customer: null, withApp: true, cartCount: 0 }))!;
  const [compare, chat] = blockConfigs(html) as [
    { strings: Record<string, string>; locale: string; product: { handle: string } },
    { strings: Record<string, string>; locale: string },
  ];
  expect(chat.locale).toBe(locale);
  expect(compare.product.handle).toBe('chain-bracelet');
  const strings = flatten(readJson(locale === 'en' ? 'en.default.json' : `${locale}.json`));
  expect([...usedKeys(['chat', 'loader', 'shared'])]).toEqual(expect.arrayContaining(['open', 'rateLimited', 'orderMessage', 'addToCart']));
  for (const key of usedKeys(['chat', 'loader', 'shared'])) {
    expect({ key, value: chat.strings[key] }).toEqual({ key, value: expect.any(String) });
    // Straight from this language's locale file (the demo's `t` falls back to the key itself).
    expect([strings[`chat.${key}`], strings[`product.${key}`]]).toContain(chat.strings[key]);
  }
  for (const key of usedKeys(['compare', 'shared'])) {
    expect([strings[`compare.${key}`], strings[`product.${key}`]]).toContain(compare.strings[key]);
  }
});

test('the chat embed renders on every page; the compare block only on product pages; ?aisle=off renders neither', async () => {
  const home = await storefront.home({ locale: 'en', customer: null, withApp: true, cartCount: 0 });
  expect(home).toContain('id="aisle-chat-config"');
  expect(home).not.toContain('data-aisle-compare');
  const off = (await storefront.product('chain-bracelet', { locale: 'en', customer: null, withApp: false, cartCount: 0 }))!;
  expect(off).not.toMatch(/aisle/);
  const product = (await storefront.product('chain-bracelet', { locale: 'en', customer: null, withApp: true, cartCount: 0 }))!;
  // No script or stylesheet the parser would fetch: the loaders are added after the load event.
  expect(product).not.toMatch(/<script[^>]+src="[^"]*aisle/);
  expect(product).not.toMatch(/<link[^>]+aisle/);
  expect(product).toContain('s.src = "/extensions/aisle-theme/assets/aisle-loader.js"');
  expect(product).toContain('s.src = "/extensions/aisle-theme/assets/aisle-compare.js"');
});
