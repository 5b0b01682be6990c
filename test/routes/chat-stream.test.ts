import { bootApp, call, install, proxyRequest, APP_URL } from '../helpers/app';
import type { TestDb } from '../helpers/db';

let t: TestDb;
let tokenRoute: typeof import('~/routes/proxy.chat-token');
let stream: typeof import('~/routes/api.chat.stream');
const SHOP = 'stream-shop.myshopify.com';

beforeAll(async () => {
  t = await bootApp();
  tokenRoute = await import('~/routes/proxy.chat-token');
  stream = await import('~/routes/api.chat.stream');
  await install(t, SHOP);
  await t.db.shop.update({ where: { domain: SHOP }, data: { domains: JSON.stringify(['www.stream-shop.example']) } });
});
afterAll(() => t.drop());

async function token(customerId?: string) {
  const res = await call(tokenRoute.action, proxyRequest('/proxy/chat-token', { shop: SHOP, customerId, method: 'POST' }));
  expect(res.status).toBe(200);
  return (await res.json()) as { token: string; streamUrl: string; expiresAt: string };
}

const streamRequest = (url: string, opts: { token?: string; origin?: string; method?: string; body?: unknown }) =>
  new Request(url, {
    method: opts.method ?? 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'text/event-stream',
      ...(opts.token ? { Authorization: `Bearer ${opts.token}` } : {}),
      ...(opts.origin ? { Origin: opts.origin } : {}),
    },
    body: opts.method === 'OPTIONS' ? undefined : JSON.stringify(opts.body ?? { message: 'Hello' }),
  });

test('a proxy-signed token lets the shop\'s storefront stream a turn from the app origin, with CORS for that origin only', async () => {
  const { token: tk, streamUrl } = await token();
  expect(streamUrl).toBe(`${APP_URL}/api/chat/stream?shop=${SHOP}`);
  const res = await call(stream.action, streamRequest(streamUrl, { token: tk, origin: 'https://www.stream-shop.example' }));
  expect(res.status).toBe(200);
  expect(res.headers.get('access-control-allow-origin')).toBe('https://www.stream-shop.example');
  expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
  const text = await res.text();
  expect(text).toMatch(/^event: start\n/);
  expect(text).toMatch(/event: done\n/);
});

test('other origins, missing or forged tokens, and a token used for another shop are refused', async () => {
  const { token: tk, streamUrl } = await token();
  expect((await call(stream.action, streamRequest(streamUrl, { token: tk, origin: 'https://evil.example' }))).status).toBe(403);
  expect((await call(stream.action, streamRequest(streamUrl, { origin: 'https://www.stream-shop.example' }))).status).toBe(401);
  const forged = tk.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
  expect((await call(stream.action, streamRequest(streamUrl, { token: forged }))).status).toBe(401);
  const otherShopUrl = `${APP_URL}/api/chat/stream?shop=other.myshopify.com`;
  expect((await call(stream.action, streamRequest(otherShopUrl, { token: tk }))).status).toBe(401);
});

test('preflight: allowed origin gets 204 with CORS headers, others 403', async () => {
  const url = `${APP_URL}/api/chat/stream?shop=${SHOP}`;
  const ok = await call(stream.action, streamRequest(url, { method: 'OPTIONS', origin: 'https://www.stream-shop.example' }));
  expect(ok.status).toBe(204);
  expect(ok.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
  const bad = await call(stream.action, streamRequest(url, { method: 'OPTIONS', origin: 'https://evil.example' }));
  expect(bad.status).toBe(403);
  expect(bad.headers.get('access-control-allow-origin')).toBeNull();
});

test('the token carries the logged-in customer: the streamed conversation belongs to them', async () => {
  const { token: tk, streamUrl } = await token('1001');
  const text = await (await call(stream.action, streamRequest(streamUrl, { token: tk }))).text();
  const conversationId = JSON.parse(/event: start\ndata: (.*)\n/.exec(text)![1]).conversationId;
  expect((await t.db.conversation.findUniqueOrThrow({ where: { id: conversationId } })).customerId).toBe('1001');
});
