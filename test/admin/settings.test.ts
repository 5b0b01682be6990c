import { DEFAULT_SETTINGS } from '~/assistant/settings';
import { bootApp, install } from '../helpers/app';
import type { TestDb } from '../helpers/db';
import { load, postForm, postJson, SHOP_A, SHOP_B } from './helpers';

let t: TestDb;
let route: typeof import('~/routes/app.settings');

beforeAll(async () => {
  t = await bootApp();
  process.env.AISLE_CLAUDE_MODELS = 'claude-a,claude-b';
  route = await import('~/routes/app.settings');
  await install(t, SHOP_A);
  await install(t, SHOP_B);
  await t.db.shop.update({ where: { domain: SHOP_A }, data: { locales: JSON.stringify(['en', 'pl']) } });
  await t.db.faqEntry.create({ data: { shop: SHOP_B, question: 'B only?', answer: 'Secret of B' } });
});
afterAll(() => t.drop());

const valid = (over: Record<string, unknown> = {}) => ({
  intent: 'save',
  settings: { ...DEFAULT_SETTINGS, personaName: 'Ada', tone: 'calm and expert', topicsToAvoid: ['politics', '  ', 'competitors'], languages: ['pl'], handoffEmail: 'team@shop.example', ...over },
  model: 'claude-b',
  monthlyCapUsd: '25.5',
});

test('the loader gives the shop its defaults, locales, allowed models and its own FAQ only', async () => {
  const { status, body } = await load(route.loader, SHOP_A, '/app/settings');
  expect(status).toBe(200);
  expect(body.settings).toEqual(DEFAULT_SETTINGS);
  expect(body.shopLocales).toEqual(['en', 'pl']);
  expect(body.models).toEqual(['claude-a', 'claude-b']);
  expect(body.faq).toEqual([]);
  expect((await load(route.loader, SHOP_B, '/app/settings')).body.faq.map((f: { question: string }) => f.question)).toEqual(['B only?']);
});

test('invalid input is refused with an error per field, and nothing is saved', async () => {
  const { status, body } = await postJson(route.action, SHOP_A, '/app/settings', {
    ...valid({ personaName: ' ', handoffEmail: 'not-an-email', languages: ['de'] }),
    model: 'claude-z',
    monthlyCapUsd: '-3',
  });
  expect(status).toBe(422);
  expect(body.errors).toMatchObject({
    'settings.personaName': { key: 'errors.required' },
    'settings.handoffEmail': { key: 'errors.email' },
    monthlyCapUsd: { key: 'errors.min', values: { min: 0 } },
  });
  expect(await t.db.shopSettings.findUnique({ where: { shop: SHOP_A } })).toBeNull();
  // Rules beyond the schema are checked once the shape is right.
  const second = await postJson(route.action, SHOP_A, '/app/settings', { ...valid({ languages: ['de'] }), model: 'claude-z' });
  expect(second.body.errors).toEqual({ 'settings.languages': { key: 'errors.languageNotInShop', values: { language: 'de' } }, model: { key: 'errors.modelNotAllowed' } });
});

test('a valid save goes live as version 1, trimmed, with model and cap, for this shop only', async () => {
  const { status, body } = await postJson(route.action, SHOP_A, '/app/settings', valid());
  expect(status).toBe(200);
  expect(body).toEqual({ ok: true, intent: 'save', data: { version: 1 } });
  const row = await t.db.shopSettings.findUniqueOrThrow({ where: { shop: SHOP_A } });
  expect(JSON.parse(row.assistant)).toMatchObject({ personaName: 'Ada', tone: 'calm and expert', topicsToAvoid: ['politics', 'competitors'], languages: ['pl'] });
  expect(row.model).toBe('claude-b');
  expect(row.monthlyCapUsd).toBe(25.5);
  const versions = await t.db.promptVersion.findMany({ where: { shop: SHOP_A } });
  expect(versions.map((v) => [v.version, v.note])).toEqual([[1, 'settings']]);
  expect(versions[0].author).toMatch(/^staff:/);
  expect(await t.db.shopSettings.findUnique({ where: { shop: SHOP_B } })).toBeNull();
  const reloaded = await load(route.loader, SHOP_A, '/app/settings');
  expect(reloaded.body).toMatchObject({ model: 'claude-b', monthlyCapUsd: 25.5, settings: { personaName: 'Ada' } });
});

test('FAQ entries are created, edited and deleted, and another shop\'s entry is untouchable', async () => {
  const bad = await postForm(route.action, SHOP_A, '/app/settings', { intent: 'faq-create', question: '', answer: 'x', locale: 'english' });
  expect(bad.status).toBe(422);
  expect(Object.keys(bad.body.errors).sort()).toEqual(['locale', 'question']);
  expect((await postForm(route.action, SHOP_A, '/app/settings', { intent: 'faq-create', question: 'Gift wrap?', answer: 'Yes, $4.', locale: '' })).status).toBe(200);
  const [entry] = await t.db.faqEntry.findMany({ where: { shop: SHOP_A } });
  expect(entry).toMatchObject({ question: 'Gift wrap?', locale: null });
  expect((await postForm(route.action, SHOP_A, '/app/settings', { intent: 'faq-update', id: entry.id, question: 'Gift wrapping?', answer: 'Yes, $4 per item.', locale: 'en' })).status).toBe(200);
  expect(await t.db.faqEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ question: 'Gift wrapping?', locale: 'en' });

  const bEntry = await t.db.faqEntry.findFirstOrThrow({ where: { shop: SHOP_B } });
  expect((await postForm(route.action, SHOP_A, '/app/settings', { intent: 'faq-update', id: bEntry.id, question: 'Hijack', answer: 'x', locale: '' })).status).toBe(404);
  expect((await postForm(route.action, SHOP_A, '/app/settings', { intent: 'faq-delete', id: bEntry.id })).status).toBe(404);
  expect(await t.db.faqEntry.findUniqueOrThrow({ where: { id: bEntry.id } })).toMatchObject({ question: 'B only?', answer: 'Secret of B' });

  expect((await postForm(route.action, SHOP_A, '/app/settings', { intent: 'faq-delete', id: entry.id })).status).toBe(200);
  expect(await t.db.faqEntry.count({ where: { shop: SHOP_A } })).toBe(0);
});

test('CSV import: quoted fields, ; separators and localised headers; a bad row imports nothing', async () => {
  const csv = 'Question,Answer,Locale\n"Do you ship to Canada?","Yes, in 5-7 days.\nTracking included.",en\nRozmiar?,Zgodny z tabelą,pl\n';
  const ok = await postForm(route.action, SHOP_A, '/app/settings', { intent: 'faq-import', csv, mode: 'append' });
  expect(ok.body).toEqual({ ok: true, intent: 'faq-import', data: { imported: 2, skipped: 0 } });
  const rows = await t.db.faqEntry.findMany({ where: { shop: SHOP_A }, orderBy: { position: 'asc' } });
  expect(rows.map((r) => [r.question, r.answer, r.locale])).toEqual([
    ['Do you ship to Canada?', 'Yes, in 5-7 days.\nTracking included.', 'en'],
    ['Rozmiar?', 'Zgodny z tabelą', 'pl'],
  ]);

  const bad = await postForm(route.action, SHOP_A, '/app/settings', { intent: 'faq-import', csv: 'pytanie;odpowiedź\nOK?;Tak\n;Brak pytania\n', mode: 'replace' });
  expect(bad.status).toBe(422);
  expect(Object.values(bad.body.errors)).toEqual([{ key: 'faq.csv.badRow', values: { field: 'question', line: 3 } }]);
  expect(await t.db.faqEntry.count({ where: { shop: SHOP_A } })).toBe(2);

  const replaced = await postForm(route.action, SHOP_A, '/app/settings', { intent: 'faq-import', csv: 'pytanie;odpowiedź\nOK?;Tak\n', mode: 'replace' });
  expect(replaced.body.data).toEqual({ imported: 1, skipped: 0 });
  expect((await t.db.faqEntry.findMany({ where: { shop: SHOP_A } })).map((r) => r.question)).toEqual(['OK?']);
  expect(await t.db.faqEntry.count({ where: { shop: SHOP_B } })).toBe(1);

  const noHeader = await postForm(route.action, SHOP_A, '/app/settings', { intent: 'faq-import', csv: 'foo,bar\n1,2\n', mode: 'append' });
  expect(Object.values(noHeader.body.errors)).toEqual([{ key: 'faq.csv.header', values: { line: 1 } }]);
});

test('requests without a valid session token are refused', async () => {
  const { call, APP_URL } = await import('../helpers/app');
  expect((await call(route.loader, new Request(`${APP_URL}/app/settings`, { headers: { Authorization: 'Bearer forged' } }))).status).toBe(401);
});

test('a shop\'s own API key is stored sealed, shown only by its last four characters, and removable', async () => {
  const key = 'sk-ant-api03-' + 'x'.repeat(30) + 'WXYZ';
  delete process.env.AISLE_ENCRYPTION_KEY;
  expect((await postForm(route.action, SHOP_A, '/app/settings', { intent: 'save-key', apiKey: key })).status).toBe(409);
  process.env.AISLE_ENCRYPTION_KEY = 'ab'.repeat(32);
  expect((await postForm(route.action, SHOP_A, '/app/settings', { intent: 'save-key', apiKey: 'hunter2' })).body.errors).toEqual({ apiKey: { key: 'settings.apiKey.invalid' } });
  expect((await postForm(route.action, SHOP_A, '/app/settings', { intent: 'save-key', apiKey: key })).status).toBe(200);
  const row = await t.db.shopSettings.findUniqueOrThrow({ where: { shop: SHOP_A } });
  expect(row.anthropicKey).toMatch(/^v1:/);
  expect(row.anthropicKey).not.toContain('WXYZ');
  const page = await load(route.loader, SHOP_A, '/app/settings');
  expect(page.body.apiKey).toEqual({ canStore: true, saved: true, readable: true, hint: 'WXYZ' });
  expect(JSON.stringify(page.body)).not.toContain(key);
  // The sealed value is bound to its shop: copied to another shop's row it does not open.
  await t.db.shopSettings.upsert({ where: { shop: SHOP_B }, create: { shop: SHOP_B, anthropicKey: row.anthropicKey }, update: { anthropicKey: row.anthropicKey } });
  expect((await load(route.loader, SHOP_B, '/app/settings')).body.apiKey).toMatchObject({ saved: true, readable: false, hint: null });
  expect((await postForm(route.action, SHOP_A, '/app/settings', { intent: 'remove-key' })).status).toBe(200);
  expect((await t.db.shopSettings.findUniqueOrThrow({ where: { shop: SHOP_A } })).anthropicKey).toBeNull();
  expect((await t.db.shopSettings.findUniqueOrThrow({ where: { shop: SHOP_B } })).anthropicKey).not.toBeNull();
});
