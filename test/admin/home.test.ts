import { bootApp, install } from '../helpers/app';
import type { TestDb } from '../helpers/db';
import { load, SHOP_A, SHOP_B } from './helpers';
import { seedConversations } from './seed';
import { refreshFacts } from '~/admin/facts.server';
import { alerts, homeNumbers } from '~/admin/home.server';

let t: TestDb;
let route: typeof import('~/routes/app._index');
const NOW = new Date('2026-11-20T12:00:00Z');

beforeAll(async () => {
  t = await bootApp();
  route = await import('~/routes/app._index');
  await install(t, SHOP_A);
  await install(t, SHOP_B);
  // A: 10 conversations over the last 20 days (every other day), #2 handed off, #4 thumbed down.
  await seedConversations(t.db, SHOP_A, 10, {
    now: new Date('2026-11-20T08:00:00Z'),
    stepMs: 2 * 86_400_000,
    conversation: (i) => ({ outcome: i === 2 ? 'handed_off' : null }),
    messages: (i) => [
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello', feedback: i === 4 ? -1 : null },
    ],
  });
  await seedConversations(t.db, SHOP_B, 3, { now: NOW });
  await t.db.assistedOrder.create({ data: { shop: SHOP_A, orderId: '1', revenue: 80, items: 1, orderCreatedAt: new Date('2026-11-19T00:00:00Z') } });
  await t.db.assistedOrder.create({ data: { shop: SHOP_A, orderId: '2', revenue: 20, items: 1, orderCreatedAt: new Date('2026-11-01T00:00:00Z') } });
  await t.db.usageRecord.create({ data: { shop: SHOP_A, model: 'm', costUsd: 1.5, createdAt: new Date('2026-11-18T00:00:00Z') } });
  await refreshFacts(t.db, SHOP_A, { now: NOW, force: true });
});
afterAll(() => t.drop());

test('key numbers for 7 and 30 days count the shop\'s own conversations, outcomes, revenue and cost', async () => {
  const { week, month } = await homeNumbers(t.db, SHOP_A, NOW);
  // Days 2026-11-14..20 hold conversations 0..3 (Nov 20, 18, 16, 14).
  expect(week).toMatchObject({ conversations: 4, resolved: 3, handedOff: 1, abandoned: 0, resolutionRate: 0.75, handoffRate: 0.25, assistedOrders: 1, assistedRevenue: 80, costUsd: 1.5 });
  expect(month).toMatchObject({ conversations: 10, resolved: 8, handedOff: 1, abandoned: 1, thumbsDown: 1, assistedOrders: 2, assistedRevenue: 100 });
  expect(month.resolutionRate).toBeCloseTo(0.8);
  expect((await homeNumbers(t.db, SHOP_B, NOW)).month).toMatchObject({ conversations: 3, assistedRevenue: 0, costUsd: 0 });
});

test('the setup guide reflects real state, per shop', async () => {
  const a = await load(route.loader, SHOP_A, '/app');
  expect(a.status).toBe(200);
  expect(Object.fromEntries(a.body.steps.map((s: { id: string; done: boolean }) => [s.id, s.done]))).toEqual({ catalog: false, embed: true, configure: false, test: true });
  await t.db.promptVersion.create({ data: { shop: SHOP_B, version: 1, settings: '{}' } });
  await t.db.conversation.deleteMany({ where: { shop: SHOP_B } });
  const b = await load(route.loader, SHOP_B, '/app');
  expect(Object.fromEntries(b.body.steps.map((s: { id: string; done: boolean }) => [s.id, s.done]))).toEqual({ catalog: false, embed: false, configure: true, test: false });
});

test('alerts: unreadable key, model failing, cap near or reached, failed sync, flagged conversations, open hand-offs', async () => {
  expect(await alerts(t.db, SHOP_B, {}, NOW)).toEqual([]);
  await t.db.shopSettings.create({ data: { shop: SHOP_B, anthropicKey: 'v1:bogus:sealed:value', monthlyCapUsd: 10 } });
  for (let i = 0; i < 3; i++) await t.db.usageRecord.create({ data: { shop: SHOP_B, model: 'm', costUsd: 3, outcome: 'fallback', createdAt: new Date(NOW.getTime() - 3600_000) } });
  await t.db.syncJob.create({ data: { shop: SHOP_B, status: 'failed', error: 'Admin API 401' } });
  await seedConversations(t.db, SHOP_B, 2, { now: NOW, conversation: () => ({ flagged: true }) });
  await t.db.handoff.create({ data: { shop: SHOP_B, conversationId: 'x', email: 'a@b.example', question: 'q?' } });
  const list = await alerts(t.db, SHOP_B, { AISLE_ENCRYPTION_KEY: 'a'.repeat(64) }, NOW);
  expect(list.map((a) => a.id)).toEqual(['keyUnreadable', 'modelFailing', 'capNear', 'syncFailed', 'flagged', 'handoffs']);
  expect(list.find((a) => a.id === 'capNear')?.values).toEqual({ spent: '9.00', cap: '10.00' });
  await t.db.usageRecord.create({ data: { shop: SHOP_B, model: 'm', costUsd: 2, createdAt: new Date(NOW.getTime() - 3600_000) } });
  expect((await alerts(t.db, SHOP_B, {}, NOW)).map((a) => a.id)).toContain('capReached');
  // None of B's trouble shows on A's home.
  expect((await alerts(t.db, SHOP_A, {}, NOW)).map((a) => a.id)).toEqual([]);
});
