import { bootApp, install } from '../helpers/app';
import type { TestDb } from '../helpers/db';
import { refreshFacts, deriveFacts } from '~/admin/facts.server';
import { load, postForm, SHOP_A, SHOP_B } from './helpers';
import { seedConversations } from './seed';

let t: TestDb;
let list: typeof import('~/routes/app.conversations._index');
let one: typeof import('~/routes/app.conversations.$id');
let inbox: typeof import('~/routes/app.handoffs');
const NOW = new Date('2026-11-20T12:00:00Z');
let aIds: string[];

beforeAll(async () => {
  t = await bootApp();
  list = await import('~/routes/app.conversations._index');
  one = await import('~/routes/app.conversations.$id');
  inbox = await import('~/routes/app.handoffs');
  await install(t, SHOP_A);
  await install(t, SHOP_B);
  // 60 conversations an hour apart; every 10th flagged, every 7th in Polish, #3 handed off,
  // #5 thumbed down, #8 asked about an order, #0 still going (its last message is recent).
  aIds = await seedConversations(t.db, SHOP_A, 60, {
    now: new Date(NOW.getTime() - 10 * 60_000),
    stepMs: 3600_000,
    conversation: (i) => ({ flagged: i % 10 === 0, locale: i % 7 === 0 ? 'pl' : 'en', email: i === 3 ? 'anna.kowalska@example.pl' : null, outcome: i === 3 ? 'handed_off' : null }),
    messages: (i) => [
      { role: 'user', content: i === 8 ? 'Where is my order #1001?' : `Looking for a gift ${i}` },
      {
        role: 'assistant',
        content: 'Here you go.',
        feedback: i === 5 ? -1 : null,
        meta: { engine: 'local', fallback: false, intent: i === 8 ? 'order_status' : 'product_search', toolCalls: [{ name: i === 8 ? 'order_status' : 'search_products', input: {}, ok: true }], products: i === 8 ? [] : [{ handle: 'ring', title: 'Ring', price: 20, currency: 'USD', url: '/products/ring' }], actions: [] },
      },
    ],
  });
  await seedConversations(t.db, SHOP_B, 5, { now: NOW, conversation: () => ({ email: 'b@b.example' }) });
  // A studio test conversation never shows up.
  await seedConversations(t.db, SHOP_A, 1, { now: NOW, conversation: () => ({ test: true }) });
  await refreshFacts(t.db, SHOP_A, { now: NOW, force: true });
  await t.db.handoff.create({ data: { shop: SHOP_A, conversationId: aIds[3], email: 'anna.kowalska@example.pl', question: 'Can I get this engraved?' } });
  await t.db.handoff.create({ data: { shop: SHOP_B, conversationId: 'other', email: 'b@b.example', question: 'B question' } });
});
afterAll(() => t.drop());

test('facts: idle conversations are settled, recent ones stay in progress, hand-offs are kept', async () => {
  const rows = await t.db.conversation.findMany({ where: { id: { in: [aIds[0], aIds[3], aIds[5], aIds[8], aIds[9]] } } });
  const by = Object.fromEntries(rows.map((r) => [r.id, r]));
  expect(by[aIds[0]]).toMatchObject({ outcome: null, topic: 'products' });
  expect(by[aIds[3]]).toMatchObject({ outcome: 'handed_off' });
  expect(by[aIds[5]]).toMatchObject({ outcome: 'abandoned', thumbsDown: true, sentiment: 'negative' });
  expect(by[aIds[8]]).toMatchObject({ outcome: 'resolved', orderRelated: true, topic: 'orders' });
  expect(by[aIds[9]]).toMatchObject({ outcome: 'resolved', sentiment: 'neutral' });
  expect(await t.db.conversationProduct.count({ where: { shop: SHOP_A, handle: 'ring' } })).toBe(59);
  // A second run with nothing new does nothing.
  expect(await refreshFacts(t.db, SHOP_A, { now: NOW, force: true })).toBe(0);
  expect(deriveFacts({ outcome: null, status: 'open', lastMessageAt: new Date(0) }, [{ role: 'user', meta: '{}', feedback: null, flagged: false }], NOW).outcome).toBe('abandoned');
});

test("facts: a complaint in what the shopper wrote makes the conversation negative when no thumb says otherwise", () => {
  const conv = (locale: string) => ({ outcome: null, status: 'open', lastMessageAt: NOW, locale });
  const user = (content: string, extra: Partial<{ feedback: number; flagged: boolean }> = {}) => ({ role: 'user', content, meta: '{}', feedback: null, flagged: false, ...extra });
  const reply = (feedback: number | null = null) => ({ role: 'assistant', meta: '{}', feedback, flagged: false });
  const mood = (locale: string, ...messages: ReturnType<typeof user | typeof reply>[]) => deriveFacts(conv(locale), messages, NOW).sentiment;
  expect(mood('en', user('Where is my order? It has been three weeks, this is terrible service.'), reply())).toBe('negative');
  expect(mood('pl', user('Gdzie jest moja paczka? Fatalna obsługa, czekam już trzy tygodnie.'), reply())).toBe('negative');
  expect(mood('de', user('Das ist eine Frechheit, mein Paket ist kaputt angekommen.'), reply())).toBe('negative');
  // Praise words in shopping questions are not a mood; only a thumb up makes it positive.
  expect(mood('en', user("I'd love a lovely gift for my wife, do you have this in blue?"), reply())).toBe('neutral');
  expect(mood('en', user('Do you have this in blue?'), reply())).toBe('neutral');
  // A thumb is the shopper's own verdict and wins over the words.
  expect(mood('en', user('This is terrible, where is my order?'), reply(1))).toBe('positive');
  expect(mood('en', user('Lovely, thanks!'), reply(-1))).toBe('negative');
  // Languages without a lexicon stay neutral rather than guessed.
  expect(mood('it', user('Servizio terribile, il mio ordine è in ritardo.'), reply())).toBe('neutral');
});

test('facts: a thumbs down given after the conversation settled is picked up on the next refresh', async () => {
  const reply = await t.db.message.findFirstOrThrow({ where: { conversationId: aIds[9], role: 'assistant' } });
  await t.db.message.update({ where: { id: reply.id }, data: { feedback: -1 } });
  expect(await refreshFacts(t.db, SHOP_A, { now: NOW, force: true })).toBe(1);
  expect(await t.db.conversation.findUniqueOrThrow({ where: { id: aIds[9] } })).toMatchObject({ thumbsDown: true, outcome: 'abandoned', sentiment: 'negative' });
  await t.db.message.update({ where: { id: reply.id }, data: { feedback: null } });
  await t.db.conversation.update({ where: { id: aIds[9] }, data: { thumbsDown: false, outcome: 'resolved', sentiment: 'neutral' } });
});

test('the list pages through every conversation of the shop, newest first, forward and back', async () => {
  const seen: string[] = [];
  let cursor: string | null = null;
  const pages: { items: { id: string }[]; prevCursor: string | null; nextCursor: string | null }[] = [];
  do {
    const { status, body } = await load(list.loader, SHOP_A, `/app/conversations${cursor ? `?after=${cursor}` : ''}`);
    expect(status).toBe(200);
    pages.push(body);
    seen.push(...body.items.map((i: { id: string }) => i.id));
    cursor = body.nextCursor;
  } while (cursor);
  expect(seen).toEqual(aIds);
  expect(pages.map((p) => p.items.length)).toEqual([25, 25, 10]);
  expect(pages[0].prevCursor).toBeNull();
  const back = await load(list.loader, SHOP_A, `/app/conversations?before=${pages[2].prevCursor}`);
  expect(back.body.items.map((i: { id: string }) => i.id)).toEqual(aIds.slice(25, 50));
  const first = await load(list.loader, SHOP_A, `/app/conversations?before=${back.body.prevCursor}`);
  expect(first.body.items.map((i: { id: string }) => i.id)).toEqual(aIds.slice(0, 25));
  expect(first.body.prevCursor).toBeNull();
});

test('filters narrow the list by indexed facts; e-mails are masked', async () => {
  const ids = async (qs: string) => (await load(list.loader, SHOP_A, `/app/conversations?${qs}`)).body.items.map((i: { id: string }) => i.id);
  expect(await ids('flagged=1')).toEqual(aIds.filter((_, i) => i % 10 === 0));
  expect(await ids('language=pl')).toEqual(aIds.filter((_, i) => i % 7 === 0));
  expect(await ids('outcome=handed_off')).toEqual([aIds[3]]);
  expect(await ids('outcome=open')).toEqual([aIds[0]]);
  expect(await ids('thumbsDown=1')).toEqual([aIds[5]]);
  expect(await ids('sentiment=negative')).toEqual([aIds[5]]);
  expect(await ids('orders=1')).toEqual([aIds[8]]);
  expect(await ids('q=order%20%231001')).toEqual([aIds[8]]);
  expect(await ids(`q=${aIds[12]}`)).toEqual([aIds[12]]);
  // NOW-10min - i hours: 2026-11-19 holds i = 12..35.
  expect(await ids('from=2026-11-19&to=2026-11-19')).toEqual(aIds.slice(12, 36));
  expect(await ids('outcome=bogus&flagged=yes')).toHaveLength(25);
  const row = (await load(list.loader, SHOP_A, '/app/conversations?outcome=handed_off')).body.items[0];
  expect(row.email).toBe('an***@example.pl');
  expect(JSON.stringify((await load(list.loader, SHOP_A, '/app/conversations')).body)).not.toContain('anna.kowalska');
});

test('another shop\'s conversations never appear, and its transcript is a 404', async () => {
  const b = await load(list.loader, SHOP_B, '/app/conversations');
  expect(b.body.items).toHaveLength(5);
  expect(b.body.items.some((i: { id: string }) => aIds.includes(i.id))).toBe(false);
  const call = (await import('../helpers/app')).call;
  const { asAdmin } = await import('./helpers');
  const res = await call((args) => one.loader({ ...args, params: { id: aIds[1] } }), await asAdmin(SHOP_B, `/app/conversations/${aIds[1]}`));
  expect(res.status).toBe(404);
});

test('the transcript shows tools and products; a wrong reply becomes a studio test case', async () => {
  const { call } = await import('../helpers/app');
  const { asAdmin } = await import('./helpers');
  const withId = (fn: typeof one.loader | typeof one.action, id: string) => (args: object) => fn({ ...(args as Parameters<typeof one.loader>[0]), params: { id } });
  const res = await call(withId(one.loader, aIds[8]), await asAdmin(SHOP_A, `/app/conversations/${aIds[8]}`));
  const body = await res.json();
  expect(body.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant']);
  expect(body.messages[1].tools).toEqual([{ name: 'order_status', ok: true }]);
  const reply = body.messages[1].id;

  const post = async (shop: string, id: string, fields: Record<string, string>) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    const r = await call(withId(one.action, id), await asAdmin(shop, `/app/conversations/${id}`, { method: 'POST', body: form }));
    return { status: r.status, body: await r.json() };
  };
  expect((await post(SHOP_A, aIds[8], { intent: 'make-test', messageId: reply, mustContain: '', mustNotContain: '' })).body.errors).toEqual({ mustContain: { key: 'studio.case.needExpectation' } });
  expect((await post(SHOP_B, aIds[8], { intent: 'make-test', messageId: reply, mustContain: 'tracking' })).status).toBe(404);
  const made = await post(SHOP_A, aIds[8], { intent: 'make-test', messageId: reply, mustContain: 'tracking|shipped', mustNotContain: 'tomorrow\nguarantee' });
  expect(made.status).toBe(200);
  const stored = await t.db.studioTestCase.findUniqueOrThrow({ where: { id: made.body.data.id } });
  expect(stored.shop).toBe(SHOP_A);
  expect(JSON.parse(stored.case)).toEqual({ id: expect.stringMatching(/^reply-/), locale: 'en', turns: ['Where is my order #1001?'], expect: { contains: ['tracking|shipped'], notContains: ['tomorrow', 'guarantee'] } });
  const again = await (await call(withId(one.loader, aIds[8]), await asAdmin(SHOP_A, `/app/conversations/${aIds[8]}`))).json();
  expect(again.messages[1].testCaseId).toBe(stored.id);
});

test('the hand-off inbox lists the shop\'s requests with the full e-mail and changes status only for its own', async () => {
  const open = await load(inbox.loader, SHOP_A, '/app/handoffs');
  expect(open.body.items).toEqual([expect.objectContaining({ email: 'anna.kowalska@example.pl', question: 'Can I get this engraved?', status: 'open' })]);
  expect(open.body.counts).toEqual({ open: 1, answered: 0, closed: 0 });
  const bId = (await t.db.handoff.findFirstOrThrow({ where: { shop: SHOP_B } })).id;
  expect((await postForm(inbox.action, SHOP_A, '/app/handoffs', { id: bId, status: 'closed' })).status).toBe(404);
  expect((await t.db.handoff.findUniqueOrThrow({ where: { id: bId } })).status).toBe('open');
  expect((await postForm(inbox.action, SHOP_A, '/app/handoffs', { id: open.body.items[0].id, status: 'answered' })).status).toBe(200);
  const answered = await load(inbox.loader, SHOP_A, '/app/handoffs?status=answered');
  expect(answered.body.items).toHaveLength(1);
  expect(answered.body.counts).toEqual({ open: 0, answered: 1, closed: 0 });
});

test('the hand-off inbox pages forward and back through many requests', async () => {
  const base = Date.UTC(2026, 10, 1);
  await t.db.handoff.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({ shop: SHOP_A, conversationId: `paged-${i}`, email: `p${i}@example.com`, question: `Question ${i}`, status: 'closed', createdAt: new Date(base + i * 60_000) })),
  });
  const pages: { items: { question: string }[]; nextCursor: string | null; prevCursor: string | null }[] = [];
  let query = '/app/handoffs?status=closed';
  for (;;) {
    const { status, body } = await load(inbox.loader, SHOP_A, query);
    expect(status).toBe(200);
    pages.push(body);
    if (!body.nextCursor) break;
    query = `/app/handoffs?status=closed&after=${body.nextCursor}`;
  }
  expect(pages.map((p) => p.items.length)).toEqual([25, 25, 10]);
  expect(pages.flatMap((p) => p.items.map((i) => i.question))).toEqual(Array.from({ length: 60 }, (_, i) => `Question ${59 - i}`));
  expect(pages[0].prevCursor).toBeNull();
  // Back from the last page gives the middle page again, then the first.
  const back = await load(inbox.loader, SHOP_A, `/app/handoffs?status=closed&before=${pages[2].prevCursor}`);
  expect(back.body.items).toEqual(pages[1].items);
  const first = await load(inbox.loader, SHOP_A, `/app/handoffs?status=closed&before=${back.body.prevCursor}`);
  expect(first.body.items).toEqual(pages[0].items);
  expect(first.body.prevCursor).toBeNull();
  await t.db.handoff.deleteMany({ where: { shop: SHOP_A, conversationId: { startsWith: 'paged-' } } });
});
