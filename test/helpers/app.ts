// Boots the real app modules against a fresh database for route tests: the environment is set
// the way production sets it, then routes are imported (the Shopify libraries read it at import).
// Requests are signed exactly as Shopify signs them.
import crypto from 'node:crypto';
import { appProxySignature } from '~/demo/app-proxy';
import { createTestDb, type TestDb } from './db';

export const TEST_API_KEY = 'testApiKey';
export const TEST_SECRET = 'testApiSecretKey';
export const APP_URL = 'https://my-test-app.myshopify.io';
const DEFAULT_SCOPES = 'read_products,read_orders,read_customers,read_legal_policies,read_translations,read_locales';

export async function bootApp(): Promise<TestDb> {
  const t = await createTestDb();
  process.env.SHOPIFY_API_KEY = TEST_API_KEY;
  process.env.SHOPIFY_API_SECRET = TEST_SECRET;
  process.env.SHOPIFY_APP_URL = APP_URL;
  process.env.AISLE_DISABLE_JOBS = '1';
  process.env.DATABASE_URL = t.config.kind === 'sqlite' ? `file:${t.config.url}` : t.config.url;
  return t;
}

/** Gives the shop an offline session, as an install would. */
export async function install(t: TestDb, shop: string): Promise<void> {
  await t.db.session.create({ data: { id: `offline_${shop}`, shop, state: 'x', isOnline: false, accessToken: 'shpat_test', scope: process.env.SCOPES ?? DEFAULT_SCOPES } });
  await t.db.shop.upsert({ where: { domain: shop }, create: { domain: shop, currency: 'USD' }, update: {} });
}

export function proxyRequest(
  path: string,
  opts: { shop: string; customerId?: string; timestamp?: number; tamper?: boolean; noSignature?: boolean; method?: string; body?: string; headers?: Record<string, string> },
): Request {
  const url = new URL(APP_URL + path);
  url.searchParams.set('shop', opts.shop);
  url.searchParams.set('logged_in_customer_id', opts.customerId ?? '');
  url.searchParams.set('path_prefix', '/apps/aisle');
  url.searchParams.set('timestamp', String(opts.timestamp ?? Math.floor(Date.now() / 1000)));
  if (!opts.noSignature) {
    const signature = appProxySignature(url.searchParams, TEST_SECRET);
    url.searchParams.set('signature', opts.tamper ? signature.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) : signature);
  }
  return new Request(url, { method: opts.method ?? 'GET', body: opts.body, headers: opts.headers });
}

export function webhookRequest(topic: string, shop: string, payload: unknown, opts: { id?: string; tamper?: boolean; method?: string } = {}): Request {
  const body = JSON.stringify(payload);
  const hmac = crypto.createHmac('sha256', TEST_SECRET).update(body).digest('base64');
  return new Request(`${APP_URL}/webhooks`, {
    method: opts.method ?? 'POST',
    body,
    headers: {
      'Content-Type': 'application/json',
      'X-Shopify-Topic': topic,
      'X-Shopify-Shop-Domain': shop,
      'X-Shopify-API-Version': '2026-10',
      'X-Shopify-Webhook-Id': opts.id ?? crypto.randomUUID(),
      'X-Shopify-Hmac-Sha256': opts.tamper ? hmac.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) : hmac,
    },
  });
}

/** Calls a Remix loader/action and returns the Response, whether it was returned or thrown. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function call(fn: (args: any) => unknown, request: Request): Promise<Response> {
  try {
    const result = await fn({ request, params: {}, context: {} });
    return result instanceof Response ? result : Response.json(result);
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}
