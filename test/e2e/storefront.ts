// Shared steps for the storefront browser tests: a demo server per test file (as `npm run demo`
// runs it), one Chromium per file, and the chat driven the way a shopper drives it.
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { BROWSER_UA, CHROMIUM_ARGS, startDemo, type DemoProcess } from '../helpers/demo-process';

export const ARTIFACTS = 'test-artifacts/storefront';

export interface Storefront {
  demo: DemoProcess;
  browser: Browser;
  /** A fresh shopper: own cookies (cart, conversation), own storage. */
  shopper(opts?: Parameters<Browser['newContext']>[0]): Promise<{ context: BrowserContext; page: Page; dialogs: string[] }>;
  close(): Promise<void>;
}

export async function startStorefront(): Promise<Storefront> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const demo = await startDemo();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const contexts: BrowserContext[] = [];
  return {
    demo,
    browser,
    async shopper(opts = {}) {
      const context = await browser.newContext({ userAgent: BROWSER_UA, baseURL: demo.url, ...opts });
      contexts.push(context);
      // The demo store's images live on Shopify's CDN, unreachable here: fail them at once.
      await context.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
      const page = await context.newPage();
      // An alert() from injected script would land here: tests assert there were none.
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      return { context, page, dialogs };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser?.close();
      await demo?.stop();
    },
  };
}

export const chat = {
  launcher: (page: Page) => page.locator('aisle-chat .launcher'),
  panel: (page: Page) => page.locator('aisle-chat .panel'),
  input: (page: Page) => page.locator('aisle-chat textarea.input'),
  bots: (page: Page) => page.locator('aisle-chat .msg.bot'),
  lastBot: (page: Page) => page.locator('aisle-chat .msg.bot').last(),
  status: (page: Page) => page.locator('aisle-chat .status'),

  async open(page: Page): Promise<void> {
    await chat.launcher(page).click();
    await chat.panel(page).waitFor({ state: 'visible' });
  },

  /** Sends a message and waits until the assistant's reply is complete (its thumbs appear). */
  async ask(page: Page, text: string): Promise<void> {
    const done = await page.locator('aisle-chat .msg.bot .feedback').count();
    await chat.input(page).fill(text);
    await chat.input(page).press('Enter');
    await page.locator('aisle-chat .msg.bot .feedback').nth(done).waitFor({ timeout: 30_000 });
  },
};

/** The element focused inside the chat's shadow root, described for assertions. */
export function focusedInChat(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector('aisle-chat');
    const el = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (document.activeElement !== host || !el) return null;
    return `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}|${el.closest('.panel') ? 'panel' : 'outside'}|${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}`;
  });
}

export async function cartCount(page: Page): Promise<number> {
  const cart = await page.evaluate(() => fetch('/cart.js').then((r) => r.json()));
  return (cart as { item_count: number }).item_count;
}

const unescapeHtml = (s: string) =>
  s.replace(/&(#\d+|quot|lt|gt|amp);/g, (_m, e: string) =>
    e[0] === '#' ? String.fromCharCode(Number(e.slice(1))) : { quot: '"', lt: '<', gt: '>', amp: '&' }[e]!,
  );
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Serves pages as if the merchant had changed a block's settings in the theme editor (demo mode
 * renders the defaults): `change` edits the configuration of blocks whose JSON matches `which`.
 */
export function withBlockConfig(
  page: Page,
  which: (config: Record<string, unknown>) => boolean,
  change: (config: Record<string, unknown> & { settings: Record<string, unknown> }) => void,
) {
  return page.route(/\/products\/[^/?]+(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/data-config="([^"]*)"/g, (whole, raw: string) => {
      const config = JSON.parse(unescapeHtml(raw));
      if (!which(config)) return whole;
      change(config);
      return `data-config="${escapeHtml(JSON.stringify(config))}"`;
    });
    await route.fulfill({ response, body: html });
  });
}
