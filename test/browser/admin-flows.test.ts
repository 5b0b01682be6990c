// The admin's "done when", in a real browser against `npm run demo`: a newcomer sets up the
// assistant, adds an FAQ answer, writes a draft in the prompt studio, tries it side by side with
// live, runs a test question against it, publishes; a shopper chats on the storefront; the
// merchant sees that conversation, its outcome and its numbers, and the admin speaks Polish.
import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BROWSER_UA, CHROMIUM_ARGS, startDemo, type DemoProcess } from '../helpers/demo-process';

let demo: DemoProcess;
let browser: Browser;
let page: Page;
const shots = 'test-artifacts/admin';

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  // Conversations settle at once and facts refresh on every page load, so the walkthrough sees
  // outcomes without waiting 30 minutes.
  demo = await startDemo({ env: { AISLE_CONVERSATION_IDLE_MINUTES: '0', AISLE_FACTS_MIN_INTERVAL_MS: '0' } });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  page = await browser.newPage({ userAgent: BROWSER_UA, viewport: { width: 1280, height: 900 }, locale: 'en-US' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

/** Opens an admin page and waits until React has hydrated it (typing before that is lost). */
async function open(path: string) {
  await page.goto(demo.url + path, { waitUntil: 'networkidle' });
  const hydrated = () => page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', undefined, { timeout: 20_000 });
  // The dev server optimises newly seen dependencies on a first visit and then reloads the page.
  await hydrated().catch(async () => {
    await page.reload({ waitUntil: 'networkidle' });
    await hydrated();
  });
}

const toast = (text: string | RegExp) => page.locator('.demo-toast', { hasText: text }).first().waitFor({ timeout: 20_000 });

test('settings: a wrong field is explained and nothing typed is lost; a valid save goes live; an FAQ answer is added', async () => {
  await open('/app/settings');
  await page.getByLabel('Assistant name').fill('Ada');
  await page.getByLabel('Hand-off contact e-mail').fill('not-an-email');
  await page.getByRole('button', { name: 'Save', exact: true }).first().click();
  await page.getByText('Enter a valid e-mail address, like name@example.com.').waitFor();
  expect(await page.getByLabel('Assistant name').inputValue()).toBe('Ada');
  await page.getByLabel('Hand-off contact e-mail').fill('team@northwind.example');
  await page.getByRole('button', { name: 'Save', exact: true }).first().click();
  await toast(/Settings saved \(version 1\)/);

  await page.getByRole('button', { name: 'Add question' }).first().click();
  await page.getByLabel('Question', { exact: true }).fill('Do you engrave jewelry?');
  await page.getByLabel('Answer', { exact: true }).fill('Yes, engraving is free on all silver pieces.');
  await page.getByRole('button', { name: 'Add question' }).nth(1).click();
  await toast('Question added');
  await page.getByText('Do you engrave jewelry?').waitFor();
  await page.screenshot({ path: `${shots}/settings.png`, fullPage: true });
}, 90_000);

test('prompt studio: draft tried side by side, a test question passes, the draft is published with history', async () => {
  await open('/app/studio');
  await page.getByLabel('Custom instructions').fill('Mention free shipping over $75 when shoppers ask about delivery.');
  // The demo store's FAQ answers this one ("$4 per item").
  await page.getByLabel("Shopper's question").fill('Do you offer gift wrapping?');
  await page.getByRole('button', { name: 'Ask both' }).click();
  for (const side of ['draft', 'live']) await page.getByTestId(`studio-${side}`).getByText(/\$4/).first().waitFor({ timeout: 30_000 });

  await page.getByLabel("Shopper's message(s)").fill('Do you offer gift wrapping?');
  await page.getByLabel('A right reply mentions').last().fill('$4');
  await page.getByRole('button', { name: 'Add test question' }).last().click();
  await page.getByText('Test questions (1)').waitFor();
  await page.getByRole('button', { name: 'Run all against the draft' }).click();
  await page.getByText('1 of 1 passed (Draft)').waitFor({ timeout: 30_000 });

  await page.getByRole('button', { name: 'Save draft' }).first().click();
  await toast('Draft saved');
  await page.getByLabel('What changed (optional)').fill('free shipping line');
  await page.getByRole('button', { name: 'Publish draft' }).click();
  await toast('Published as version 2');
  await page.getByText('free shipping line').waitFor();
  await page.screenshot({ path: `${shots}/studio.png`, fullPage: true });
}, 120_000);

test('a storefront chat shows up with its outcome, transcript and numbers; studio tests do not', async () => {
  await page.goto(demo.url + '/');
  const chat = await page.evaluate(async () => {
    const res = await fetch('/apps/aisle/chat', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify({ message: 'Do you have a linen shirt?' }) });
    return (await res.json()) as { conversationId: string; messageId: string };
  });
  expect(chat.conversationId).toBeTruthy();

  await open('/app/conversations');
  const row = page.getByRole('row', { name: /Do you have a linen shirt\?/ });
  await row.waitFor();
  expect(await page.getByRole('row').count()).toBe(2); // the header and the shopper's chat only
  await row.getByText('Resolved').waitFor();
  await row.getByRole('link').first().click();
  await page.getByText('search_products').first().waitFor();
  await page.getByRole('button', { name: 'This reply was wrong…' }).click();
  await page.getByLabel('A right reply mentions').fill('linen');
  await page.getByRole('button', { name: 'Create test question' }).click();
  await toast('Test question added to the prompt studio');
  await page.screenshot({ path: `${shots}/transcript.png`, fullPage: true });

  await open('/app/analytics?days=7');
  await page.getByTestId('analytics-conversations').waitFor();
  expect(await page.getByTestId('analytics-conversations').textContent()).toBe('1');
  expect(await page.getByTestId('analytics-resolutionRate').textContent()).toBe('100%');
  await page.getByText('Definitions').waitFor();
  await page.screenshot({ path: `${shots}/analytics.png`, fullPage: true });

  await open('/app');
  expect(await page.getByTestId('setup-embed').getAttribute('data-done')).toBe('yes');
  expect(await page.getByTestId('setup-configure').getAttribute('data-done')).toBe('yes');
  expect(await page.getByTestId('number-conversations').textContent()).toBe('1');
}, 120_000);

test('the admin follows the merchant\'s language: Polish strings and Polaris translations', async () => {
  await open('/app/conversations?locale=pl');
  await page.getByRole('heading', { name: 'Rozmowy' }).waitFor();
  await page.getByText('Ustawienia', { exact: true }).first().waitFor();
  await page.screenshot({ path: `${shots}/conversations-pl.png`, fullPage: true });
}, 60_000);
