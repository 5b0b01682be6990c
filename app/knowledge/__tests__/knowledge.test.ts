import { createTestDb, type TestDb } from '../../../test/helpers/db';
import { demoStore } from '~/orders/__tests__/helpers';
import { seedFaq } from '../faq';
import { findPassages } from '../knowledge-base';
import { chunk } from '../passages';
import { rankPassages } from '../relevance';

const SHOP = 'northwind-goods.myshopify.com';
const TITLES: Record<string, string> = {
  REFUND_POLICY: 'Refund policy',
  SHIPPING_POLICY: 'Shipping policy',
  PRIVACY_POLICY: 'Privacy policy',
  TERMS_OF_SERVICE: 'Terms of service',
};

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  const store = await demoStore();
  for (const [type, body] of Object.entries(store.policies)) {
    await t.db.policy.create({
      data: { shop: SHOP, type, title: TITLES[type] ?? type, body, url: `https://northwind.example/policies/${type.toLowerCase()}` },
    });
  }
  await seedFaq(t.db, SHOP, [
    ...store.faq,
    { q: 'Czy mogę odebrać zamówienie osobiście?', a: 'Tak, w naszym showroomie w Krakowie.', locale: 'pl' },
  ]);
  await t.db.policy.create({
    data: { shop: 'other.myshopify.com', type: 'SHIPPING_POLICY', title: 'Shipping', body: 'We ship by pigeon to PO boxes only.' },
  });
});
afterAll(() => t.drop());

const ask = (topic: Parameters<typeof findPassages>[1]['topic'], question?: string, languages = ['en']) =>
  findPassages(t.db, { shop: SHOP, topic, question, languages });

test('a question finds the passage that answers it, among policies and FAQ', async () => {
  const wrap = await ask('any', 'Do you offer gift wrapping?');
  expect(wrap.matched).toBe(true);
  expect(wrap.passages[0]).toMatchObject({ source: 'faq', title: 'Do you offer gift wrapping?' });
  const jewelry = await ask('returns', 'can I return earrings I bought, the jewelry ones');
  expect(jewelry.passages[0]).toMatchObject({ source: 'policy', type: 'REFUND_POLICY' });
  expect(jewelry.passages[0].text).toContain('Jewelry can be returned within 14 days');
  const express = await ask('any', 'how much is express shiping?');
  expect(express.passages[0].type).toBe('SHIPPING_POLICY');
  const address = await ask('shipping', 'change the delivery address after I ordered');
  expect(address.passages.map((p) => p.title)).toContain('Can I change my shipping address after ordering?');
});

test("a topic without a question (or one in another language) is answered by the topic's own text", async () => {
  const shipping = await ask('shipping');
  expect(shipping).toMatchObject({
    matched: false,
    passages: [{ type: 'SHIPPING_POLICY', url: expect.stringContaining('shipping_policy') }],
  });
  expect(shipping.passages[0].text).not.toContain('pigeon');
  const polish = await ask('returns', 'Ile mam dni na zwrot?', ['pl', 'en']);
  expect(polish.passages.map((p) => p.type)).toEqual(['REFUND_POLICY']);
  const faq = await ask('faq');
  expect(faq.passages.map((p) => p.title)).toEqual([
    'Do you offer gift wrapping?',
    'Are your jewelry pieces hypoallergenic?',
    'How do I find my size?',
    'Can I change my shipping address after ordering?',
    'Do you have a physical store?',
  ]);
});

test('FAQ entries written for another language stay out; nothing relevant means nothing returned', async () => {
  expect((await ask('faq', undefined, ['pl', 'en'])).passages.map((p) => p.title)).toContain('Czy mogę odebrać zamówienie osobiście?');
  expect((await ask('faq', undefined, ['de', 'en'])).passages.map((p) => p.title)).not.toContain('Czy mogę odebrać zamówienie osobiście?');
  expect(await ask('any', 'is the moon made of cheese?')).toEqual({ passages: [], matched: false });
  // Question words alone match nothing.
  expect(await ask('any', 'can you do it, how?')).toEqual({ passages: [], matched: false });
});

test('seeding the FAQ again replaces it', async () => {
  await seedFaq(t.db, 'seed.myshopify.com', [
    { q: 'A?', a: 'a' },
    { q: 'B?', a: 'b' },
  ]);
  await seedFaq(t.db, 'seed.myshopify.com', [{ q: 'C?', a: 'c' }]);
  expect(await t.db.faqEntry.findMany({ where: { shop: 'seed.myshopify.com' }, select: { question: true, position: true } })).toEqual([
    { question: 'C?', position: 0 },
  ]);
});

test('long policies are cut at sentence ends into short passages, so the answer is the sentence that matters', () => {
  const sentences = Array.from(
    { length: 30 },
    (_, i) => `Rule ${i + 1} says something about topic ${i % 3 === 0 ? 'customs duties' : 'other things'} here.`,
  );
  const parts = chunk(sentences.join(' '), 200);
  expect(parts.length).toBeGreaterThan(5);
  for (const p of parts) {
    expect(p.length).toBeLessThanOrEqual(200);
    expect(p).toMatch(/^Rule \d+/);
    expect(p).toMatch(/here\.$/);
  }
  const ranked = rankPassages(
    parts.map((text, order) => ({ source: 'policy', type: 'X', title: 'Terms', text, url: null, order })),
    'customs duties',
    3,
  );
  expect(ranked.length).toBeGreaterThan(0);
  for (const p of ranked) expect(p.text).toContain('customs duties');
});
