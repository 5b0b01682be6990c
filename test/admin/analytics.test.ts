import { bootApp, install } from '../helpers/app';
import type { TestDb } from '../helpers/db';
import { load, SHOP_A, SHOP_B } from './helpers';
import { seedConversations } from './seed';
import { recordAssistedOrder } from '~/admin/attribution.server';
import { normaliseQuestion } from '~/admin/analytics.server';

let t: TestDb;
let route: typeof import('~/routes/app.analytics');

beforeAll(async () => {
  t = await bootApp();
  route = await import('~/routes/app.analytics');
  await install(t, SHOP_A);
  await install(t, SHOP_B);
  const now = Date.now();
  await t.db.product.create({ data: { shop: SHOP_A, shopifyId: 'gid://shopify/Product/1', handle: 'ring', title: 'Silver Ring', sourceUpdatedAt: new Date() } });
  await seedConversations(t.db, SHOP_A, 6, {
    now: new Date(now - 3600_000),
    stepMs: 86_400_000,
    conversation: (i) => ({ locale: i < 4 ? 'en' : 'pl', outcome: i === 1 ? 'handed_off' : null }),
    messages: (i) => [
      { role: 'user', content: i % 2 ? 'Do you ship to Canada?' : 'do you ship to canada' },
      {
        role: 'assistant',
        content: 'ok',
        meta: {
          toolCalls: [{ name: i === 5 ? 'recommend_products' : 'search_products', input: {}, ok: true }],
          products: [{ handle: 'ring', title: 'Silver Ring', price: 20, currency: 'USD', url: '' }],
          actions: i === 0 ? [{ type: 'add_to_cart', variantId: '11', productHandle: 'ring', title: 'Silver Ring', quantity: 1 }] : [],
        },
      },
    ],
  });
  await seedConversations(t.db, SHOP_A, 3, { now: new Date(now), conversation: () => ({ test: true }) });
  await seedConversations(t.db, SHOP_B, 2, { now: new Date(now) });
  await t.db.usageRecord.create({ data: { shop: SHOP_A, model: 'm', costUsd: 0.42, inputTokens: 1000, outputTokens: 200 } });
});
afterAll(() => t.drop());

test('questions count together regardless of case, punctuation and numbers', () => {
  expect(normaliseQuestion('Do you ship to Canada?')).toBe(normaliseQuestion('do you ship to canada'));
  expect(normaliseQuestion('Order #1001 status')).toBe(normaliseQuestion('order 2002 status!'));
});

test('orders/create attributes the chat-added lines of an order, once, and ignores orders without them', async () => {
  const { handleWebhook } = await import('~/webhooks/handle.server');
  const order = {
    id: 5001,
    created_at: new Date().toISOString(),
    currency: 'EUR',
    note_attributes: [{ name: '_aisle_items', value: '11, gid://shopify/ProductVariant/12' }, { name: '_aisle_conversation', value: 'conv_abcdefgh' }],
    line_items: [
      { product_id: 1, variant_id: 11, price: '20.00', quantity: 2, total_discount: '5.00' },
      { product_id: 2, variant_id: 12, price: '10.00', quantity: 1 },
      { product_id: 3, variant_id: 99, price: '100.00', quantity: 1 },
    ],
  };
  const input = { shop: SHOP_A, topic: 'orders/create', webhookId: 'w1', payload: order, installed: true };
  expect(await handleWebhook(t.db, input)).toBe('processed');
  expect(await handleWebhook(t.db, input)).toBe('duplicate');
  expect(await t.db.assistedOrder.findMany({ where: { shop: SHOP_A } })).toEqual([expect.objectContaining({ orderId: '5001', revenue: 45, items: 3, currency: 'EUR', conversationId: 'conv_abcdefgh' })]);
  expect(await recordAssistedOrder(t.db, SHOP_A, { ...order, id: 5002, note_attributes: [] })).toBeNull();
  expect(await recordAssistedOrder(t.db, SHOP_A, { ...order, id: 5003, note_attributes: [{ name: '_aisle_items', value: '777' }] })).toBeNull();
  expect(await t.db.assistedOrder.count()).toBe(1);
});

test('the analytics loader counts the shop\'s real conversations by day, topic, language and product, with revenue and cost', async () => {
  const { status, body } = await load(route.loader, SHOP_A, '/app/analytics?days=7');
  expect(status).toBe(200);
  expect(body.days).toBe(7);
  expect(body.daily).toHaveLength(7);
  expect(body.numbers).toMatchObject({ conversations: 6, handedOff: 1, assistedOrders: 1, assistedRevenue: 45, costUsd: 0.42 });
  expect(body.daily.reduce((n: number, r: { conversations: number }) => n + r.conversations, 0)).toBe(6);
  expect(body.daily.reduce((n: number, r: { costUsd: number }) => n + r.costUsd, 0)).toBeCloseTo(0.42);
  expect(body.topics).toEqual([{ key: 'products', label: 'products', count: 6 }]);
  expect(body.languages).toEqual([
    { key: 'en', label: 'en', count: 4 },
    { key: 'pl', label: 'pl', count: 2 },
  ]);
  expect(body.productsAsked).toEqual([{ key: 'ring', label: 'Silver Ring', count: 5 }]);
  expect(body.productsRecommended).toEqual([{ key: 'ring', label: 'Silver Ring', count: 1 }]);
  expect(body.addToCartOffers).toBe(1);
  expect(body.questions).toEqual([{ key: 'do you ship to canada', label: expect.stringMatching(/ship to canada/i), count: 6 }]);
  expect((await load(route.loader, SHOP_A, '/app/analytics?days=12345')).body.days).toBe(30);
});

test('another shop sees only its own numbers', async () => {
  const { body } = await load(route.loader, SHOP_B, '/app/analytics');
  expect(body.numbers).toMatchObject({ conversations: 2, assistedOrders: 0, assistedRevenue: 0, costUsd: 0 });
  expect(body.productsAsked.map((p: { key: string }) => p.key)).not.toContain('ring');
});
