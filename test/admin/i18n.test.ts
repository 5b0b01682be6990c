import en from '~/locales/admin/en.json' with { type: 'json' };
import { ADMIN_LOCALES, createTranslator, pickAdminLocale } from '~/admin/i18n';
import { adminMessages, polarisTranslations } from '~/admin/messages.server';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// A sentence may move its placeholder between the two halves around the product count.
const SPLIT = ['home.productsIndexedBefore', 'home.productsIndexedAfter'];

test.each(ADMIN_LOCALES.filter((l) => l !== 'en'))('%s translates every admin string with the same placeholders', async (locale) => {
  const own = (await import(`~/locales/admin/${locale}.json`, { with: { type: 'json' } })).default as Record<string, string>;
  expect(Object.keys(own).sort()).toEqual(Object.keys(en).sort());
  for (const key of Object.keys(en).filter((k) => !SPLIT.includes(k))) {
    expect([key, placeholders(own[key])]).toEqual([key, placeholders((en as Record<string, string>)[key])]);
    expect(own[key].trim().length > 0 || (en as Record<string, string>)[key] === '').toBe(true);
  }
  expect(placeholders(SPLIT.map((k) => own[k]).join(''))).toEqual(placeholders(SPLIT.map((k) => (en as Record<string, string>)[k]).join('')));
  expect(polarisTranslations(locale).Polaris).toBeDefined();
});

test('the locale comes from Shopify\'s ?locale=, then Accept-Language, else English', () => {
  expect(pickAdminLocale('pl', 'de-DE')).toBe('pl');
  expect(pickAdminLocale('pt-BR', 'fr-CA,fr;q=0.9')).toBe('fr');
  expect(pickAdminLocale(null, 'es-ES,es;q=0.9,en;q=0.8')).toBe('es');
  expect(pickAdminLocale('ja', 'ja-JP')).toBe('en');
});

test('translations fill placeholders and fall back to English, never to a bare key', () => {
  const t = createTranslator({ 'a.b': 'Hallo {name}' }, { 'a.c': 'English {count}' });
  expect(t('a.b', { name: 'Ada' })).toBe('Hallo Ada');
  expect(t('a.c', { count: 3 })).toBe('English 3');
  expect(adminMessages('de')['nav.settings']).toBe('Einstellungen');
  expect(adminMessages('de')['home.productsIndexedBefore']).toBe('');
});
