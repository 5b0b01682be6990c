// Admin route tests: requests carrying real session tokens (signed as Shopify admin signs them, via
// the library's own test helper) for a given shop, and calls that return the route's Response.
import { RequestType, setUpValidRequest } from '@shopify/shopify-api/test-helpers';
import { APP_URL, call, TEST_API_KEY, TEST_SECRET } from '../helpers/app';

export const SHOP_A = 'admin-a.myshopify.com';
export const SHOP_B = 'admin-b.myshopify.com';

const storeName = (shop: string) => shop.replace('.myshopify.com', '');

export function asAdmin(shop: string, path: string, init?: RequestInit): Promise<Request> {
  return setUpValidRequest({ type: RequestType.Bearer, store: storeName(shop), apiKey: TEST_API_KEY, apiSecretKey: TEST_SECRET }, new Request(`${APP_URL}${path}`, init));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fn = (args: any) => unknown;

export async function load(fn: Fn, shop: string, path: string) {
  const res = await call(fn, await asAdmin(shop, path));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, body: (await res.json()) as any };
}

export async function postForm(fn: Fn, shop: string, path: string, fields: Record<string, string>) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  const res = await call(fn, await asAdmin(shop, path, { method: 'POST', body }));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, body: (await res.json()) as any };
}

export async function postJson(fn: Fn, shop: string, path: string, json: unknown) {
  const res = await call(fn, await asAdmin(shop, path, { method: 'POST', body: JSON.stringify(json), headers: { 'Content-Type': 'application/json' } }));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, body: (await res.json()) as any };
}
