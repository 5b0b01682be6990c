// The chat under hostile text and bad conditions, in Chromium against `npm run demo`: model and
// catalog text carrying script stays inert on both reply paths; refusals, outages, a lost
// connection and a slow reply each get a friendly state; contrast, reduced motion, right-to-left.
import type { Page, Route } from 'playwright-core';
import { ARTIFACTS, chat, startStorefront, type Storefront } from './storefront';

let sf: Storefront;
beforeAll(async () => {
  sf = await startStorefront();
}, 120_000);
afterAll(() => sf?.close());

const STREAM = '**/api/chat/stream**';
const CONVERSATION = 'xssTestConversation00001';

const HOSTILE_TEXT = [
  'Here is <img src=x onerror="window.__xss=1"> and <script>window.__xss=2</script>',
  '[click me](javascript:window.__xss=3) [also](JaVaScRiPt:window.__xss=4) [data](data:text/html,<script>window.__xss=5</script>)',
  '<a href="javascript:window.__xss=6">raw link</a> <svg onload="window.__xss=7"></svg> <iframe src="javascript:window.__xss=8"></iframe>',
  '- item with <b onmouseover="window.__xss=9">bold?</b>',
];

const hostileProduct = {
  handle: 'evil',
  title: '<img src=x onerror="window.__xss=10">Evil',
  url: 'javascript:window.__xss=11',
  image: 'javascript:window.__xss=12',
  price: 10,
  compareAtPrice: null,
  currency: 'USD',
  available: true,
  vendor: '<script>window.__xss=13</script>',
  productType: '',
  tags: [],
  options: [{ name: 'Size', values: ['<img src=x onerror=window.__xss=14>'] }],
  variants: [
    {
      id: 'gid://shopify/ProductVariant/1',
      title: '<img src=x onerror=window.__xss=15>',
      price: 10,
      compareAtPrice: null,
      available: true,
      options: [],
    },
  ],
};

const reply = {
  conversationId: CONVERSATION,
  messageId: 'm-xss',
  reply: HOSTILE_TEXT.join('\n\n'),
  language: 'en',
  products: [hostileProduct],
  actions: [
    { type: 'quick_replies', replies: ['<img src=x onerror="window.__xss=16">'] },
    { type: 'add_to_cart', variantId: '1', productHandle: 'evil', title: '<script>window.__xss=17</script>', quantity: 1 },
  ],
  comparison: {
    products: [hostileProduct, { ...hostileProduct, handle: 'evil2' }],
    rows: [{ attribute: '<img src=x onerror=window.__xss=18>', values: ['<script>window.__xss=19</script>', 'x'], differs: true }],
  },
  engine: 'claude',
  fallback: false,
};

function sse(events: [string, unknown][]): string {
  return events.map(([event, data]) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`).join('');
}

/** Everything in the chat's shadow root that could run script or lead to it. */
async function dangerousNodes(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('aisle-chat')!.shadowRoot!;
    const all = [...root.querySelectorAll('*')];
    return {
      scripts: all
        .filter((el) => ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'svg'].includes(el.tagName) && !el.closest('button, .launcher, .icon-btn'))
        .map((el) => el.outerHTML),
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
      links: all
        .filter((el) => el.tagName === 'A')
        .map((el) => (el as HTMLAnchorElement).href)
        .filter((href) => !/^(https?:|mailto:|tel:)/.test(href)),
      images: all
        .filter((el) => el.tagName === 'IMG')
        .map((el) => (el as HTMLImageElement).src)
        .filter((src) => !/^https?:/.test(src)),
      xss: (window as unknown as { __xss?: number }).__xss ?? null,
    };
  });
}

const clean = { scripts: [], handlers: [], links: [], images: [], xss: null };

test('hostile model and catalog text streamed in pieces renders as text, never as markup', async () => {
  const { page, dialogs } = await sf.shopper();
  await page.route(STREAM, (route: Route) =>
    route.fulfill({
      headers: { 'content-type': 'text/event-stream' },
      body: sse([
        ['start', { conversationId: CONVERSATION, language: 'en' }],
        // Split inside tags and links, as tokens arrive.
        ...HOSTILE_TEXT.join('\n\n')
          .match(/[\s\S]{1,7}/g)!
          .map((delta): [string, unknown] => ['text', { delta }]),
        ['products', { products: reply.products }],
        ['comparison', { comparison: reply.comparison }],
        ['actions', { actions: reply.actions }],
        ['done', { reply }],
      ]),
    }),
  );
  await page.goto('/');
  await chat.open(page);
  await chat.ask(page, 'show me something');
  const bot = chat.lastBot(page);
  await expect(bot.locator('.md').textContent()).resolves.toContain('<img src=x onerror="window.__xss=1">');
  await expect(bot.locator('.card-title').textContent()).resolves.toBe('<img src=x onerror="window.__xss=10">Evil');
  // The javascript: links are plain text: nothing to click through to.
  await bot.getByText('click me').click();
  // The quick reply with markup is sent as text and answered like any message.
  await bot.locator('.chip').click();
  await page.locator('aisle-chat .msg.bot .feedback').nth(1).waitFor();
  await expect(page.locator('aisle-chat .msg.user .bubble').last().textContent()).resolves.toContain(
    '<img src=x onerror="window.__xss=16">',
  );
  expect(await dangerousNodes(page)).toEqual(clean);
  expect(dialogs).toEqual([]);
  await page.screenshot({ path: `${ARTIFACTS}/11-xss-inert.png` });
  await page.context().close();
}, 60_000);

test('the same hostile reply through the proxied JSON fallback is just as inert', async () => {
  const { page, dialogs } = await sf.shopper();
  // No stream token: the widget falls back to the proxied, whole reply.
  await page.route('**/apps/aisle/chat-token', (route) => route.fulfill({ status: 503, json: { error: 'unavailable' } }));
  let proxied = 0;
  await page.route('**/apps/aisle/chat', (route) => {
    proxied++;
    return route.fulfill({ json: reply });
  });
  await page.goto('/');
  await chat.open(page);
  await chat.ask(page, 'again');
  expect(proxied).toBe(1);
  await expect(chat.lastBot(page).locator('.md').textContent()).resolves.toContain('<script>window.__xss=2</script>');
  expect(await dangerousNodes(page)).toEqual(clean);
  expect(dialogs).toEqual([]);
  await page.context().close();
}, 60_000);

test('what the shopper types is shown as typed, and the real assistant never turns it into markup', async () => {
  const { page, dialogs } = await sf.shopper();
  await page.goto('/');
  await chat.open(page);
  const payload = '<img src=x onerror="window.__xss=20"> <script>window.__xss=21</script> [x](javascript:window.__xss=22) bracelet';
  await chat.ask(page, payload);
  await expect(page.locator('aisle-chat .msg.user .bubble').last().textContent()).resolves.toContain(payload);
  expect(await dangerousNodes(page)).toEqual(clean);
  expect(dialogs).toEqual([]);
  await page.context().close();
}, 60_000);

test('rate limited: the shopper is told how long to wait, keeps their words, and can send again after', async () => {
  const { page } = await sf.shopper();
  let limited = true;
  await page.route(STREAM, (route) =>
    limited
      ? route.fulfill({
          status: 429,
          headers: { 'Retry-After': '2' },
          json: { error: 'rate_limited', message: 'Too many messages', retryAfterSeconds: 2 },
        })
      : route.fallback(),
  );
  await page.goto('/');
  await chat.open(page);
  await chat.input(page).fill('Do you have a bracelet?');
  await chat.input(page).press('Enter');
  await chat.status(page).filter({ hasText: 'Please wait 2 s' }).waitFor();
  await expect(chat.input(page).inputValue()).resolves.toBe('Do you have a bracelet?');
  await expect(page.locator('aisle-chat .send').isDisabled()).resolves.toBe(true);
  await page.screenshot({ path: `${ARTIFACTS}/12-rate-limited.png` });
  limited = false;
  await page.locator('aisle-chat .send:not([disabled])').waitFor({ timeout: 10_000 });
  await expect(chat.status(page).textContent()).resolves.toBe('');
  await page.locator('aisle-chat .send').click();
  await page.locator('aisle-chat .msg.bot .feedback').first().waitFor({ timeout: 30_000 });
  await page.context().close();
}, 60_000);

test('blocked, too long and conversation limit each say what happened', async () => {
  const { page } = await sf.shopper();
  const answers = [
    { status: 403, json: { error: 'blocked', message: 'paused', retryAfterSeconds: 1 }, says: 'This chat is paused for now' },
    { status: 413, json: { error: 'payload_too_large', message: 'too big' }, says: 'That message is too long' },
    { status: 409, json: { error: 'conversation_limit', message: 'long' }, says: 'This conversation has grown long' },
  ];
  let current = answers[0];
  await page.route(STREAM, (route) =>
    route.fulfill({ status: current.status, json: current.json, headers: current.status === 403 ? { 'Retry-After': '1' } : {} }),
  );
  await page.goto('/');
  await chat.open(page);
  for (const answer of answers) {
    current = answer;
    await page.locator('aisle-chat .send:not([disabled])').waitFor({ timeout: 10_000 });
    await chat.input(page).fill('hello');
    await chat.input(page).press('Enter');
    await chat.status(page).filter({ hasText: answer.says }).waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/13-${answer.json.error}.png` });
  }
  // The limit offers a fresh conversation.
  await chat.status(page).getByRole('button', { name: 'Start a new conversation' }).click();
  await expect(page.locator('aisle-chat .msg').count()).resolves.toBe(1);
  await page.context().close();
}, 60_000);

test('an outage offers a retry that works once the assistant is back', async () => {
  const { page } = await sf.shopper();
  let down = true;
  const outage = (route: Route) =>
    down ? route.fulfill({ status: 503, json: { error: 'unavailable', message: 'down' } }) : route.fallback();
  await page.route(STREAM, outage);
  await page.route('**/apps/aisle/chat', outage);
  await page.goto('/');
  await chat.open(page);
  await chat.input(page).fill('Do you have a bracelet?');
  await chat.input(page).press('Enter');
  const retry = chat.status(page).getByRole('button', { name: 'Try again' });
  await retry.waitFor();
  await expect(chat.status(page).textContent()).resolves.toContain('Something went wrong');
  await page.screenshot({ path: `${ARTIFACTS}/14-error.png` });
  down = false;
  await chat.input(page).fill('');
  await retry.click();
  await page.locator('aisle-chat .msg.bot .feedback').first().waitFor({ timeout: 30_000 });
  await expect(page.locator('aisle-chat .msg.user').count()).resolves.toBe(1);
  await page.context().close();
}, 60_000);

test('offline: the message waits, visibly, and goes out when the connection is back', async () => {
  const { context, page } = await sf.shopper();
  await page.goto('/');
  await chat.open(page);
  await context.setOffline(true);
  await chat.input(page).fill('Do you have a bracelet?');
  await chat.input(page).press('Enter');
  await chat.status(page).filter({ hasText: "You're offline" }).waitFor();
  await page.locator('aisle-chat .msg.user.pending').waitFor();
  await page.screenshot({ path: `${ARTIFACTS}/15-offline.png` });
  await context.setOffline(false);
  await page.locator('aisle-chat .msg.bot .feedback').first().waitFor({ timeout: 30_000 });
  await expect(page.locator('aisle-chat .msg.user').count()).resolves.toBe(1);
  await expect(page.locator('aisle-chat .msg.user.pending').count()).resolves.toBe(0);
  await context.close();
}, 60_000);

test('a slow reply is announced as slow, then arrives', async () => {
  const { page } = await sf.shopper();
  await page.route(STREAM, async (route) => {
    await new Promise((r) => setTimeout(r, 7000));
    await route.fallback();
  });
  await page.goto('/');
  await chat.open(page);
  await chat.input(page).fill('Do you have a bracelet?');
  await chat.input(page).press('Enter');
  await chat.status(page).filter({ hasText: 'longer than usual' }).waitFor({ timeout: 15_000 });
  // The typing indicator is announced while waiting.
  await expect(chat.lastBot(page).getAttribute('aria-busy')).resolves.toBe('true');
  await page.locator('aisle-chat .msg.bot .feedback').first().waitFor({ timeout: 30_000 });
  await expect(chat.status(page).textContent()).resolves.toBe('');
  await page.context().close();
}, 60_000);

test('a forgotten conversation starts afresh instead of failing', async () => {
  const { page } = await sf.shopper();
  await page.addInitScript(() =>
    localStorage.setItem('aisle:conversation', JSON.stringify({ shop: 'northwind-goods.myshopify.com', id: 'unknownConversation00001' })),
  );
  await page.goto('/');
  await chat.open(page);
  await page.locator('aisle-chat .msg.bot', { hasText: 'What are you looking for?' }).waitFor();
  await chat.ask(page, 'Do you have a bracelet?');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('aisle:conversation')!).id);
  expect(stored).not.toBe('unknownConversation00001');
  await page.context().close();
}, 60_000);

test('thumbs up and down are saved on the reply and can be taken back', async () => {
  const { page } = await sf.shopper();
  await page.goto('/');
  await chat.open(page);
  await chat.ask(page, 'Do you have a bracelet?');
  const helpful = chat.lastBot(page).getByRole('button', { name: 'Helpful', exact: true });
  const feedback = async () => {
    const id = await page.evaluate(() => JSON.parse(localStorage.getItem('aisle:conversation')!).id);
    const history = await page.evaluate((c) => fetch(`/apps/aisle/history?conversationId=${c}`).then((r) => r.json()), id);
    return history.messages.at(-1).feedback;
  };
  await helpful.click();
  await page.locator('aisle-chat .thumb[aria-pressed="true"]').waitFor();
  await expect(settles(feedback, 1)).resolves.toBe(1);
  await chat.lastBot(page).getByRole('button', { name: 'Not helpful' }).click();
  await expect(settles(feedback, -1)).resolves.toBe(-1);
  await expect(helpful.getAttribute('aria-pressed')).resolves.toBe('false');
  await chat.lastBot(page).getByRole('button', { name: 'Not helpful' }).click();
  await expect(settles(feedback, null)).resolves.toBe(null);
  await page.context().close();
}, 60_000);

/** Serves the demo's home page with a change, as a differently built theme would render it. */
function rewritePage(page: Page, change: (html: string) => string) {
  return page.route(/\/$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: change(await response.text()) });
  });
}

/** Reads `read()` until it gives `wanted` (the save is asynchronous), or gives up and returns the last value. */
async function settles<T>(read: () => Promise<T>, wanted: T, attempts = 50): Promise<T> {
  let value = await read();
  for (let i = 0; i < attempts && value !== wanted; i++) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/** WCAG contrast of an element's text against the first opaque background behind it. */
function contrastOf(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const root = document.querySelector('aisle-chat')!.shadowRoot!;
    const el = root.querySelector(sel) as HTMLElement;
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) =>
      [r, g, b]
        .map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
    let bg: number[] = [255, 255, 255];
    for (
      let node: Element | null = el;
      node;
      node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null
    ) {
      const c = rgb(getComputedStyle(node).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] === 1)) {
        bg = c.slice(0, 3);
        break;
      }
    }
    const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(bg)].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  }, selector);
}

test('contrast of 4.5:1 or more, with the theme colour or a hard one; reduced motion; right to left', async () => {
  const { page } = await sf.shopper({ reducedMotion: 'reduce' });
  // A theme whose accent is a light yellow (a Dawn-style colour variable): it must stay readable.
  await rewritePage(page, (html) => html.replace('</head>', '<style>:root{--color-button:255, 214, 64}</style></head>'));
  await page.goto('/');
  await chat.open(page);
  await chat.ask(page, 'Where is my order?');
  await chat.lastBot(page).locator('form').waitFor();
  await expect(
    page.evaluate(() => getComputedStyle(document.querySelector('aisle-chat')!.shadowRoot!.querySelector('.launcher')!).backgroundColor),
  ).resolves.toBe('rgb(255, 214, 64)');
  for (const selector of [
    '.launcher .label',
    '.head h2',
    '.msg.user .bubble',
    '.msg.bot .bubble',
    '.form-title',
    '.field label',
    '.inline-form .primary',
    '.chip',
  ]) {
    const present = await page.locator(`aisle-chat ${selector}`).count();
    if (!present) continue;
    expect({ selector, ok: (await contrastOf(page, selector)) >= 4.5 }).toEqual({ selector, ok: true });
  }
  await expect(
    page.evaluate(() => getComputedStyle(document.querySelector('aisle-chat')!.shadowRoot!.querySelector('.panel')!).animationName),
  ).resolves.toBe('none');
  await page.screenshot({ path: `${ARTIFACTS}/16-theme-accent.png` });

  // Right to left: the shopper's messages sit on the left, the assistant's on the right.
  const rtl = await sf.shopper();
  await rewritePage(rtl.page, (html) => html.replace('<html ', '<html dir="rtl" '));
  await rtl.page.goto('/');
  await chat.open(rtl.page);
  await chat.ask(rtl.page, 'Do you have a bracelet?');
  const user = (await rtl.page.locator('aisle-chat .msg.user .bubble').boundingBox())!;
  const bot = (await rtl.page.locator('aisle-chat .msg.bot .bubble').last().boundingBox())!;
  expect(user.x).toBeLessThan(bot.x);
  await rtl.page.screenshot({ path: `${ARTIFACTS}/17-rtl.png` });
  await rtl.context.close();
  await page.context().close();
}, 90_000);
