import { DEFAULT_SETTINGS } from '~/assistant/settings';
import { createCatalogSearch } from '~/catalog/search';
import type { TurnDeps } from '~/assistant/turn';
import type { Engine, EngineInput } from '~/assistant/types';
import { keyNumbers, periodOf } from '~/admin/analytics.server';
import { studioDeps, studioTurn } from '~/admin/studio.server';
import { APP_URL, bootApp, call, install } from '../helpers/app';
import type { TestDb } from '../helpers/db';
import { asAdmin, load, postForm, postJson, SHOP_A, SHOP_B } from './helpers';

let t: TestDb;
let route: typeof import('~/routes/app.studio');
let run: typeof import('~/routes/app.studio.run');

beforeAll(async () => {
  t = await bootApp();
  route = await import('~/routes/app.studio');
  run = await import('~/routes/app.studio.run');
  await install(t, SHOP_A);
  await install(t, SHOP_B);
  await t.db.faqEntry.create({ data: { shop: SHOP_A, question: 'Do you offer gift wrapping?', answer: 'Yes, gift wrapping costs $4 per item.' } });
});
afterAll(() => t.drop());

test('studio deps inject the draft into the engine and tools, mark conversations as tests, and keep hand-offs out of the inbox', async () => {
  const seen: EngineInput[] = [];
  const engine: Engine = {
    name: 'local',
    async respond(input) {
      seen.push(input);
      const handoff = input.tools.find((x) => x.name === 'handoff_to_human');
      const result = handoff ? await handoff.run({ email: 'a@b.example', question: 'help me' }, { shop: input.shop, shopper: input.shopper, services: input.services }) : null;
      return { reply: `I am ${input.shop.settings.personaName}`, products: [], actions: [], toolCalls: result ? [{ name: 'handoff_to_human', input: {}, ok: result.ok }] : [] };
    },
  };
  const base: TurnDeps = {
    db: t.db,
    search: createCatalogSearch({ db: t.db }),
    adminGraphql: async () => { throw new Error('not used'); },
    limits: { perIpPerMinute: 100, perConversationPerMinute: 100, perShopPerMinute: 100 },
    secret: 's',
    tools: () => [],
    engineFor: async () => ({ engine }),
  };
  const draft = { ...DEFAULT_SETTINGS, personaName: 'Draftie', capabilities: { ...DEFAULT_SETTINGS.capabilities, orderStatus: false } };
  const reply = await studioTurn(studioDeps(base, draft), { shop: SHOP_A, message: 'Hello there' });
  expect(reply.reply).toBe('I am Draftie');
  expect(seen[0].tools.map((x) => x.name)).not.toContain('order_status');
  expect(seen[0].tools.map((x) => x.name)).toContain('search_products');
  expect(await t.db.conversation.findUniqueOrThrow({ where: { id: reply.conversationId } })).toMatchObject({ test: true, shop: SHOP_A });
  expect(await t.db.handoff.count()).toBe(0);
  // The live shop's settings were not touched, and the test conversation isn't counted.
  expect(await t.db.shopSettings.findUnique({ where: { shop: SHOP_A } })).toBeNull();
  expect((await keyNumbers(t.db, SHOP_A, periodOf(7))).conversations).toBe(0);
});

test('a streamed studio turn runs the real pipeline with the draft and answers as SSE', async () => {
  const req = await asAdmin(SHOP_A, '/app/studio/run', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: JSON.stringify({ side: 'draft', message: 'Do you offer gift wrapping?', settings: { ...DEFAULT_SETTINGS, personaName: 'Wrapper' } }),
  });
  const res = await call(run.action, req);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const text = await res.text();
  const events = [...text.matchAll(/^event: (\w+)$/gm)].map((m) => m[1]);
  expect(events[0]).toBe('start');
  expect(events.at(-1)).toBe('done');
  const done = JSON.parse(/event: done\ndata: (.*)/.exec(text)![1]);
  expect(done.reply.reply).toMatch(/\$4/);
  expect(await t.db.conversation.findUniqueOrThrow({ where: { id: done.reply.conversationId } })).toMatchObject({ test: true });
  const bad = await call(run.action, await asAdmin(SHOP_A, '/app/studio/run', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ side: 'draft', message: 'hi' }) }));
  expect(bad.status).toBe(400);
  expect((await call(run.action, new Request(`${APP_URL}/app/studio/run`, { method: 'POST', body: '{}', headers: { Authorization: 'Bearer forged' } }))).status).toBe(401);
});

test('draft → save → publish as a new version; history diffs; rollback restores; other shops untouched', async () => {
  const bad = await postJson(route.action, SHOP_A, '/app/studio', { intent: 'save-draft', settings: { ...DEFAULT_SETTINGS, personaName: '' } });
  expect(bad.body.errors).toEqual({ personaName: { key: 'errors.required' } });
  expect((await postForm(route.action, SHOP_A, '/app/studio', { intent: 'publish', note: '' })).status).toBe(409);

  const v1 = { ...DEFAULT_SETTINGS, customInstructions: 'Mention free shipping over $75.' };
  expect((await postJson(route.action, SHOP_A, '/app/studio', { intent: 'save-draft', settings: v1 })).status).toBe(200);
  let page = await load(route.loader, SHOP_A, '/app/studio');
  expect(page.body.draft).toMatchObject({ saved: true, baseVersion: 0 });
  expect(page.body.draftChanges.map((c: { field: string }) => c.field)).toEqual(['customInstructions']);
  expect(page.body.live.customInstructions).toBe('');

  expect((await postForm(route.action, SHOP_A, '/app/studio', { intent: 'publish', note: 'free shipping' })).body).toEqual({ ok: true, intent: 'publish', data: { version: 1 } });
  const v2 = { ...v1, customInstructions: 'Mention free shipping over $50.', tone: 'concise' };
  await postJson(route.action, SHOP_A, '/app/studio', { intent: 'save-draft', settings: v2 });
  await postForm(route.action, SHOP_A, '/app/studio', { intent: 'publish', note: '' });
  page = await load(route.loader, SHOP_A, '/app/studio');
  expect(page.body.liveVersion).toBe(2);
  expect(page.body.draft.saved).toBe(false);
  expect(page.body.live).toMatchObject({ customInstructions: 'Mention free shipping over $50.', tone: 'concise' });
  const [latest, first] = page.body.history;
  expect([latest.version, latest.note, first.version, first.note]).toEqual([2, 'publish', 1, 'free shipping']);
  // Version 1 shows what it changed from the defaults.
  expect(first.changes.map((c: { field: string }) => c.field)).toEqual(['customInstructions']);
  const text = latest.changes.find((c: { field: string }) => c.field === 'customInstructions');
  expect(text.parts.filter((p: { removed?: boolean }) => p.removed).map((p: { value: string }) => p.value.trim())).toEqual(['75']);
  expect(text.parts.filter((p: { added?: boolean }) => p.added).map((p: { value: string }) => p.value.trim())).toEqual(['50']);

  expect((await postForm(route.action, SHOP_B, '/app/studio', { intent: 'rollback', version: '1' })).status).toBe(404);
  expect((await postForm(route.action, SHOP_A, '/app/studio', { intent: 'rollback', version: '1' })).body.data).toEqual({ version: 3 });
  const live = JSON.parse((await t.db.shopSettings.findUniqueOrThrow({ where: { shop: SHOP_A } })).assistant);
  expect(live.customInstructions).toBe('Mention free shipping over $75.');
  expect((await load(route.loader, SHOP_B, '/app/studio')).body).toMatchObject({ liveVersion: 0, history: [] });
});

test('test questions: added in the eval format, run against the draft and live with pass/fail, scoped by shop', async () => {
  expect((await postForm(route.action, SHOP_A, '/app/studio', { intent: 'add-case', questions: 'Do you offer gift wrapping?', mustContain: '', mustNotContain: '' })).body.errors).toEqual({ mustContain: { key: 'studio.case.needExpectation' } });
  await postForm(route.action, SHOP_A, '/app/studio', { intent: 'add-case', questions: 'Do you offer gift wrapping?', mustContain: '$4', mustNotContain: 'free gift wrapping', language: 'en', product: '' });
  await postForm(route.action, SHOP_A, '/app/studio', { intent: 'add-case', questions: 'Do you offer gift wrapping?', mustContain: 'engraving', mustNotContain: '' });
  const cases = (await load(route.loader, SHOP_A, '/app/studio')).body.cases;
  expect(cases.map((c: { case: { turns: string[]; expect: unknown } }) => [c.case.turns, c.case.expect])).toEqual([
    [['Do you offer gift wrapping?'], { contains: ['$4'], notContains: ['free gift wrapping'], language: 'en' }],
    [['Do you offer gift wrapping?'], { contains: ['engraving'] }],
  ]);
  const before = await t.db.conversation.count({ where: { shop: SHOP_A, test: false } });
  const res = await postJson(route.action, SHOP_A, '/app/studio', { intent: 'run-cases', side: 'draft', settings: DEFAULT_SETTINGS });
  expect(res.body.data.side).toBe('draft');
  expect(res.body.data.results.map((r: { passed: boolean }) => r.passed)).toEqual([true, false]);
  expect(res.body.data.results[1].failures).toEqual(['reply lacks "engraving"']);
  expect((await postJson(route.action, SHOP_A, '/app/studio', { intent: 'run-cases', side: 'live' })).body.data.results).toHaveLength(2);
  expect(await t.db.conversation.count({ where: { shop: SHOP_A, test: false } })).toBe(before);

  expect((await load(route.loader, SHOP_B, '/app/studio')).body.cases).toEqual([]);
  expect((await postForm(route.action, SHOP_B, '/app/studio', { intent: 'delete-case', id: cases[0].id })).status).toBe(404);
  expect((await postForm(route.action, SHOP_A, '/app/studio', { intent: 'delete-case', id: cases[0].id })).status).toBe(200);
  expect(await t.db.studioTestCase.count({ where: { shop: SHOP_A } })).toBe(1);
});
