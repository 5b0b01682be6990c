import { bootApp, call, install, webhookRequest } from '../helpers/app';
import type { TestDb } from '../helpers/db';

let t: TestDb;
let route: typeof import('~/routes/webhooks');
const SHOP = 'webhook-shop.myshopify.com';
const OTHER = 'other-shop.myshopify.com';

beforeAll(async () => {
  t = await bootApp();
  route = await import('~/routes/webhooks');
  await install(t, SHOP);
  await install(t, OTHER);
});
afterAll(() => t.drop());

const productPayload = (id: number, title: string, updatedAt: string) => ({
  id,
  admin_graphql_api_id: `gid://shopify/Product/${id}`,
  handle: `p-${id}`,
  title,
  body_html: '<p>Warm <b>wool</b></p>',
  vendor: 'Acme',
  product_type: 'Sweaters',
  tags: 'winter, wool',
  status: 'active',
  updated_at: updatedAt,
  options: [{ name: 'Size', values: ['S', 'M'] }],
  variants: [
    { admin_graphql_api_id: `gid://shopify/ProductVariant/${id}1`, title: 'S', sku: 'S1', price: '49.00', compare_at_price: '59.00', inventory_quantity: 0, inventory_management: 'shopify', inventory_policy: 'deny', option1: 'S' },
    { admin_graphql_api_id: `gid://shopify/ProductVariant/${id}2`, title: 'M', sku: 'M1', price: '49.00', compare_at_price: null, inventory_quantity: 4, inventory_management: 'shopify', inventory_policy: 'deny', option1: 'M' },
  ],
  images: [{ src: 'https://cdn.example/s.jpg', alt: null }],
});

async function seedConversation(shop: string, customerId: string | null, email: string | null) {
  return t.db.conversation.create({
    data: { id: `c_${Math.random().toString(36).slice(2)}`, shop, customerId, email, messages: { create: [{ shop, role: 'user', content: 'Where is my order?' }] } },
  });
}

test('a signed products/update writes the product; a redelivery changes nothing', async () => {
  const res = await call(route.action, webhookRequest('products/update', SHOP, productPayload(1, 'Wool sweater', '2026-11-01T10:00:00Z'), { id: 'wh-1' }));
  expect(res.status).toBe(200);
  const row = await t.db.product.findFirstOrThrow({ where: { shop: SHOP, shopifyId: 'gid://shopify/Product/1' } });
  expect(row).toMatchObject({ title: 'Wool sweater', description: 'Warm wool', available: true, priceMin: 49 });
  const again = await call(route.action, webhookRequest('products/update', SHOP, productPayload(1, 'Changed', '2026-11-02T10:00:00Z'), { id: 'wh-1' }));
  expect(await again.json()).toEqual({ outcome: 'duplicate' });
  expect((await t.db.product.findFirstOrThrow({ where: { shop: SHOP, shopifyId: 'gid://shopify/Product/1' } })).title).toBe('Wool sweater');
});

test('an older products/update arriving late does not overwrite a newer one', async () => {
  await call(route.action, webhookRequest('products/update', SHOP, productPayload(2, 'Newer', '2026-11-05T10:00:00Z')));
  await call(route.action, webhookRequest('products/update', SHOP, productPayload(2, 'Older', '2026-11-04T10:00:00Z')));
  expect((await t.db.product.findFirstOrThrow({ where: { shop: SHOP, shopifyId: 'gid://shopify/Product/2' } })).title).toBe('Newer');
});

test('products/delete tombstones the product', async () => {
  await call(route.action, webhookRequest('products/create', SHOP, productPayload(3, 'Doomed', '2026-11-01T10:00:00Z')));
  await call(route.action, webhookRequest('products/delete', SHOP, { id: 3 }));
  expect((await t.db.product.findFirstOrThrow({ where: { shop: SHOP, shopifyId: 'gid://shopify/Product/3' } })).deletedAt).not.toBeNull();
});

test('a tampered or missing HMAC is rejected with 401 and writes nothing', async () => {
  const before = await t.db.webhookDelivery.count();
  const tampered = await call(route.action, webhookRequest('products/update', SHOP, productPayload(9, 'Evil', '2026-11-01T10:00:00Z'), { tamper: true }));
  expect(tampered.status).toBe(401);
  const req = webhookRequest('products/update', SHOP, productPayload(9, 'Evil', '2026-11-01T10:00:00Z'));
  req.headers.delete('X-Shopify-Hmac-Sha256');
  const missing = await call(route.action, req);
  expect([400, 401]).toContain(missing.status);
  expect(await t.db.product.count({ where: { shopifyId: 'gid://shopify/Product/9' } })).toBe(0);
  expect(await t.db.webhookDelivery.count()).toBe(before);
});

test('unsupported methods get 405 and oversized bodies 413', async () => {
  expect((await call(route.loader as never, new Request('https://x/webhooks'))).status).toBe(405);
  const big = webhookRequest('products/update', SHOP, { pad: 'x'.repeat(6 * 1024 * 1024) });
  expect((await call(route.action, big)).status).toBe(413);
});

test('catalog webhooks for a shop that is not installed write nothing', async () => {
  const res = await call(route.action, webhookRequest('products/create', 'never-installed.myshopify.com', productPayload(7, 'Ghost', '2026-11-01T10:00:00Z')));
  expect(await res.json()).toEqual({ outcome: 'ignored' });
  expect(await t.db.product.count({ where: { shop: 'never-installed.myshopify.com' } })).toBe(0);
});

test('customers/data_request records what Aisle holds about that customer only', async () => {
  await seedConversation(SHOP, '501', 'ann@example.com');
  await seedConversation(SHOP, '502', 'bob@example.com');
  await call(route.action, webhookRequest('customers/data_request', SHOP, { shop_domain: SHOP, customer: { id: 501, email: 'ann@example.com' }, data_request: { id: 1 } }));
  const exp = await t.db.dataExport.findFirstOrThrow({ where: { shop: SHOP, customerId: '501' } });
  const report = JSON.parse(exp.payload);
  expect(report.conversations).toHaveLength(1);
  expect(report.conversations[0].messages[0].content).toBe('Where is my order?');
});

test('customers/redact deletes that customer\'s conversations, and no one else\'s', async () => {
  const mine = await seedConversation(SHOP, '601', 'cy@example.com');
  const byEmail = await seedConversation(SHOP, null, 'cy@example.com');
  const other = await seedConversation(SHOP, '602', 'dee@example.com');
  const otherShop = await seedConversation(OTHER, '601', 'cy@example.com');
  const res = await call(route.action, webhookRequest('customers/redact', SHOP, { shop_domain: SHOP, customer: { id: 601, email: 'cy@example.com' } }));
  expect(res.status).toBe(200);
  expect(await t.db.conversation.count({ where: { id: { in: [mine.id, byEmail.id] } } })).toBe(0);
  expect(await t.db.message.count({ where: { conversationId: { in: [mine.id, byEmail.id] } } })).toBe(0);
  expect(await t.db.conversation.count({ where: { id: { in: [other.id, otherShop.id] } } })).toBe(2);
});

test('app/uninstalled ends sessions and stops work; shop/redact erases the shop and only it', async () => {
  const shop = 'leaving.myshopify.com';
  await install(t, shop);
  await t.db.syncJob.create({ data: { shop, status: 'pending' } });
  await call(route.action, webhookRequest('products/create', shop, productPayload(11, 'Gone soon', '2026-11-01T10:00:00Z')));
  await seedConversation(shop, '1', 'x@example.com');
  await call(route.action, webhookRequest('app/uninstalled', shop, { id: 1 }));
  expect(await t.db.session.count({ where: { shop } })).toBe(0);
  expect((await t.db.syncJob.findFirstOrThrow({ where: { shop } })).status).toBe('failed');
  expect((await t.db.shop.findUniqueOrThrow({ where: { domain: shop } })).uninstalledAt).not.toBeNull();

  const otherProducts = await t.db.product.count({ where: { shop: SHOP } });
  await call(route.action, webhookRequest('shop/redact', shop, { shop_domain: shop, shop_id: 1 }));
  for (const count of [
    t.db.product.count({ where: { shop } }),
    t.db.conversation.count({ where: { shop } }),
    t.db.message.count({ where: { shop } }),
    t.db.syncJob.count({ where: { shop } }),
    t.db.shop.count({ where: { domain: shop } }),
  ]) {
    expect(await count).toBe(0);
  }
  expect(await t.db.product.count({ where: { shop: SHOP } })).toBe(otherProducts);
});
