// Hand-off e-mails: one per request to the merchant's address, reply-to the shopper, retried on
// SMTP failure, never twice, nothing sent without an address, and the inbox untouched either way.
import { createTestDb, type TestDb } from '../../../test/helpers/db';
import { emailNewHandoffs, handoffEmailText, MAX_ATTEMPTS } from '../notify';

const SHOP = 'handoff-mail.myshopify.com';
const QUIET = 'no-address.myshopify.com';
const NOW = new Date('2026-11-25T12:00:00Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

interface Sent {
  from?: string;
  to?: string;
  replyTo?: string;
  subject?: string;
  text?: string;
}

function transport(fail = 0) {
  const sent: Sent[] = [];
  let failures = fail;
  return {
    sent,
    sendMail: async (m: Sent) => {
      if (failures-- > 0) throw new Error('SMTP down');
      sent.push(m);
      return {};
    },
  };
}

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
  for (const [domain, email] of [
    [SHOP, 'team@northwind.example'],
    [QUIET, null],
  ] as const) {
    await t.db.shop.upsert({ where: { domain }, create: { domain, name: domain === SHOP ? 'Northwind Goods' : 'Quiet' }, update: {} });
    await t.db.shopSettings.upsert({ where: { shop: domain }, create: { shop: domain, assistant: JSON.stringify({ handoffEmail: email }) }, update: {} });
  }
  const conversation = await t.db.conversation.create({ data: { id: 'conv-1', shop: SHOP } });
  await t.db.message.create({ data: { conversationId: conversation.id, shop: SHOP, role: 'user', content: 'Can I change the engraving on my order?', createdAt: minutes(-3) } });
  await t.db.message.create({ data: { conversationId: conversation.id, shop: SHOP, role: 'assistant', content: "I can pass this to the shop's team. What is your e-mail?", createdAt: minutes(-2) } });
  await t.db.handoff.create({ data: { shop: SHOP, conversationId: 'conv-1', email: 'anna@example.com', question: 'Change the engraving on order #1002 to "A+J"', createdAt: minutes(-1) } });
  await t.db.conversation.create({ data: { id: 'conv-2', shop: QUIET } });
  await t.db.handoff.create({ data: { shop: QUIET, conversationId: 'conv-2', email: 'bob@example.com', question: 'Do you ship to Norway?', createdAt: minutes(-1) } });
});
afterEach(() => t.drop());

test('sends one e-mail per request to the merchant, reply-to the shopper, with the transcript', async () => {
  const smtp = transport();
  expect(await emailNewHandoffs(t.db, { transport: smtp, now: NOW, from: 'Aisle <n@aisle.test>' })).toBe(1);
  expect(smtp.sent).toHaveLength(1);
  const [mail] = smtp.sent;
  expect(mail).toMatchObject({ from: 'Aisle <n@aisle.test>', to: 'team@northwind.example', replyTo: 'anna@example.com', subject: 'Northwind Goods: a shopper asked for your team' });
  expect(mail.text).toContain('Change the engraving on order #1002 to "A+J"');
  expect(mail.text).toContain('Shopper: Can I change the engraving on my order?');
  expect(mail.text).toContain('https://admin.shopify.com/store/handoff-mail/apps/aisle-assistant/app/handoffs');
  // Sent once: the next sweep finds nothing.
  expect(await emailNewHandoffs(t.db, { transport: smtp, now: minutes(10) })).toBe(0);
  expect(smtp.sent).toHaveLength(1);
  // The shop without an address got nothing, and its request is still waiting in its inbox.
  const quiet = await t.db.handoff.findFirstOrThrow({ where: { shop: QUIET } });
  expect(quiet).toMatchObject({ status: 'open', notifiedAt: null, notifyAttempts: 0 });
});

test('an SMTP failure is retried on a later sweep, up to the limit; the request stays open', async () => {
  const smtp = transport(MAX_ATTEMPTS + 1);
  expect(await emailNewHandoffs(t.db, { transport: smtp, now: NOW })).toBe(0);
  // Within the lease a second instance does not retry the same request.
  expect(await emailNewHandoffs(t.db, { transport: smtp, now: NOW })).toBe(0);
  let row = await t.db.handoff.findFirstOrThrow({ where: { shop: SHOP } });
  expect(row.notifyAttempts).toBe(1);
  for (let i = 1; i <= MAX_ATTEMPTS + 1; i++) await emailNewHandoffs(t.db, { transport: smtp, now: minutes(3 * i) });
  row = await t.db.handoff.findFirstOrThrow({ where: { shop: SHOP } });
  expect(row).toMatchObject({ status: 'open', notifiedAt: null, notifyAttempts: MAX_ATTEMPTS });
  expect(smtp.sent).toHaveLength(0);
});

test('a failure then a success sends exactly once', async () => {
  const smtp = transport(1);
  await emailNewHandoffs(t.db, { transport: smtp, now: NOW });
  expect(await emailNewHandoffs(t.db, { transport: smtp, now: minutes(3) })).toBe(1);
  expect(await emailNewHandoffs(t.db, { transport: smtp, now: minutes(6) })).toBe(0);
  expect(smtp.sent).toHaveLength(1);
  expect((await t.db.handoff.findFirstOrThrow({ where: { shop: SHOP } })).notifiedAt).toEqual(minutes(3));
});

test('without SMTP, or for an uninstalled shop, nothing is sent or marked', async () => {
  expect(await emailNewHandoffs(t.db, { transport: null, now: NOW })).toBe(0);
  await t.db.shop.update({ where: { domain: SHOP }, data: { uninstalledAt: NOW } });
  const smtp = transport();
  expect(await emailNewHandoffs(t.db, { transport: smtp, now: NOW })).toBe(0);
  expect(smtp.sent).toEqual([]);
  expect((await t.db.handoff.findFirstOrThrow({ where: { shop: SHOP } })).notifyAttempts).toBe(0);
});

test('the text names the shop, the shopper and the question, and clips long messages', () => {
  const text = handoffEmailText({
    shopName: 'Northwind',
    email: 'a@b.example',
    question: 'Where is my parcel?',
    createdAt: NOW,
    transcript: [{ role: 'user', content: 'x'.repeat(2000) }],
    inboxUrl: 'https://admin.example/inbox',
  });
  expect(text).toContain('A shopper on Northwind asked to talk to your team (2026-11-25 12:00 UTC).');
  expect(text).toContain("Shopper's e-mail: a@b.example");
  expect(text.split('\n').find((l) => l.startsWith('Shopper: '))!.length).toBeLessThan(620);
});
