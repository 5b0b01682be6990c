import { createTestDb, type TestDb } from '../../../test/helpers/db';
import { demoStore } from '~/orders/__tests__/helpers';
import { seedFaq } from '../faq';
import { findPassages } from '../knowledge-base';
import { chunk } from '../passages';
import { policyBodyIn } from '../policy-translations';
import { rankPassages } from '../relevance';

const SHOP = 'northwind-goods.myshopify.com';
/** The same shop with its policies translated (policy-translations.json), as the sync stores them. */
const TRANSLATED = 'translated.myshopify.com';
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
  // Shipping translated into pl and pt-BR, the refund policy into nothing: the fallback.
  const shipping = store.policyTranslations!.SHIPPING_POLICY;
  await t.db.policy.create({
    data: {
      shop: TRANSLATED,
      type: 'SHIPPING_POLICY',
      title: 'Shipping policy',
      body: store.policies.SHIPPING_POLICY,
      translations: JSON.stringify({
        pl: { body: shipping.pl },
        'pt-BR': { body: 'Pedidos feitos antes das 14h são enviados no mesmo dia.' },
      }),
    },
  });
  await t.db.policy.create({
    data: { shop: TRANSLATED, type: 'REFUND_POLICY', title: 'Refund policy', body: store.policies.REFUND_POLICY },
  });
});
afterAll(() => t.drop());

const ask = (topic: Parameters<typeof findPassages>[1]['topic'], question?: string, language = 'en') =>
  findPassages(t.db, { shop: SHOP, topic, question, language, primaryLocale: 'en' });

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
  const polish = await ask('returns', 'Ile mam dni na zwrot?', 'pl');
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
  expect((await ask('faq', undefined, 'pl')).passages.map((p) => p.title)).toContain('Czy mogę odebrać zamówienie osobiście?');
  expect((await ask('faq', undefined, 'de')).passages.map((p) => p.title)).not.toContain('Czy mogę odebrać zamówienie osobiście?');
  expect(await ask('any', 'is the moon made of cheese?')).toEqual({ passages: [], matched: false });
  // Question words alone match nothing.
  expect(await ask('any', 'can you do it, how?')).toEqual({ passages: [], matched: false });
});

test("a translated policy is read in the shopper's language, an untranslated one in the shop's, and each passage says which", async () => {
  const inShop = (topic: Parameters<typeof findPassages>[1]['topic'], question: string | undefined, language: string) =>
    findPassages(t.db, { shop: TRANSLATED, topic, question, language, primaryLocale: 'en' });

  // Ranked against the Polish text: the question's words are found in it.
  const polish = await inShop('any', 'jaki jest czas dostawy?', 'pl');
  expect(polish.matched).toBe(true);
  expect(polish.passages).toEqual([
    expect.objectContaining({
      type: 'SHIPPING_POLICY',
      language: 'pl',
      text: expect.stringContaining('Standardowa dostawa trwa 3-5 dni roboczych'),
    }),
  ]);
  // Not translated into Polish: the English original, marked as English.
  const refund = await inShop('returns', 'Ile mam dni na zwrot?', 'pl');
  expect(refund.passages).toEqual([
    expect.objectContaining({ type: 'REFUND_POLICY', language: 'en', text: expect.stringContaining('within 30 days of delivery') }),
  ]);
  // German: no translation, English; the shop's own language: English.
  for (const language of ['de', 'en']) {
    const shipping = await inShop('shipping', undefined, language);
    expect(shipping.passages.map((p) => [p.language, p.text.slice(0, 26)])).toEqual([['en', 'Orders placed before 2 pm ']]);
  }
  // A language without a region finds the shop's regional translation.
  expect((await inShop('shipping', undefined, 'pt')).passages[0]).toMatchObject({
    language: 'pt-BR',
    text: expect.stringContaining('14h'),
  });
});

test('the FAQ says its language too; a malformed translation falls back to the original', async () => {
  const faq = await ask('faq', undefined, 'pl');
  expect(faq.passages.find((p) => p.title === 'Czy mogę odebrać zamówienie osobiście?')?.language).toBe('pl');
  expect(faq.passages.find((p) => p.title === 'Do you offer gift wrapping?')?.language).toBe('en');

  const policy = { body: 'Original.', translations: JSON.stringify({ pl: { body: 'Oryginał.' }, de: { body: '  ' } }) };
  expect(policyBodyIn(policy, 'pl', 'en')).toEqual({ body: 'Oryginał.', language: 'pl' });
  expect(policyBodyIn(policy, 'pl-PL', 'en')).toEqual({ body: 'Oryginał.', language: 'pl' });
  expect(policyBodyIn(policy, 'de', 'en')).toEqual({ body: 'Original.', language: 'en' });
  expect(policyBodyIn(policy, 'en-GB', 'en')).toEqual({ body: 'Original.', language: 'en' });
  expect(policyBodyIn({ body: 'Original.', translations: '{"pl": "not an object"}' }, 'pl', 'en')).toEqual({
    body: 'Original.',
    language: 'en',
  });
  expect(policyBodyIn({ body: 'Original.', translations: 'not json' }, 'pl', 'en')).toEqual({ body: 'Original.', language: 'en' });
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
    parts.map((text, order) => ({ source: 'policy', type: 'X', title: 'Terms', text, language: 'en', url: null, order })),
    'customs duties',
    3,
  );
  expect(ranked.length).toBeGreaterThan(0);
  for (const p of ranked) expect(p.text).toContain('customs duties');
});
