// "What do people say about X?" over the demo store with its reviews imported the way demo mode
// imports them (demo-store/reviews.csv, a Judge.me export, through the background import job):
// the local engine answers in five languages from the product's review digest, and every quote it
// shows is a customer's own words about that product.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { queueDemoReviews } from '~/reviews/demo';
import { runDueImports } from '~/reviews/import/jobs';
import { refreshAfterImport } from '~/reviews/summary/refresh';
import { createDemoWorld, type DemoWorld } from './demo-world';

const DEMO_STORE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../demo-store');
const reviewRows = parse(fs.readFileSync(path.join(DEMO_STORE_DIR, 'reviews.csv'), 'utf8'), { columns: true }) as {
  title: string;
  body: string;
  product_handle: string;
}[];

let w: DemoWorld;
beforeAll(async () => {
  w = await createDemoWorld();
  const shop = w.shop.shop;
  expect(await queueDemoReviews(w.t.db, shop, DEMO_STORE_DIR)).toEqual(expect.any(String));
  await runDueImports({ db: w.t.db, log: () => {}, onImported: (s, products) => refreshAfterImport(w.t.db, s, products).then(() => {}) });
}, 120_000);
afterAll(() => w.t.drop());

const countOf = (handle: string) => reviewRows.filter((r) => r.product_handle === handle).length;

/** The quoted passages of a reply, in any of the five languages' quotation marks. */
function quotes(reply: string): string[] {
  return [...reply.matchAll(/[“„«]\s?([^”“»]+?)\s?[”“»]/g)].map((m) => m[1].replace(/…$/, ''));
}

function expectGrounded(reply: string, handle: string) {
  const texts = reviewRows.filter((r) => r.product_handle === handle).map((r) => `${r.title}\n${r.body}`);
  const found = quotes(reply);
  expect(found.length).toBeGreaterThan(0);
  for (const q of found) expect(texts.some((t) => t.includes(q))).toBe(true);
}

describe('the assistant quotes what customers say', () => {
  test('en: names the product, counts and average, then a praise and a complaint in customers’ words', async () => {
    const out = await w.conversation().say('What do people say about the black leather bag?');
    expect(out.products.map((p) => p.handle)).toEqual(['black-leather-bag']);
    expect(out.reply).toContain('What customers say about **Black Leather Bag**:');
    expect(out.reply).toMatch(new RegExp(`From ${countOf('black-leather-bag')} reviews \\(average \\d\\.\\d/5\\)`));
    expectGrounded(out.reply, 'black-leather-bag');
    expect(out.toolCalls.map((c) => c.name)).toContain('product_details');
  });

  test('pl: the summary is said in Polish, the quotes stay as customers wrote them', async () => {
    const out = await w.conversation({ language: 'pl' }).say('Co klienci mówią o różowym fotelu?');
    expect(out.products.map((p) => p.handle)).toEqual(['pink-armchair']);
    expect(out.reply).toContain('Co klienci mówią o **');
    expect(out.reply).toContain(`Na podstawie ${countOf('pink-armchair')} opinii`);
    expectGrounded(out.reply, 'pink-armchair');
  });

  test('de: "Wie sind die Bewertungen vom gelben Sofa?"', async () => {
    const out = await w.conversation({ language: 'de' }).say('Wie sind die Bewertungen vom gelben Sofa?');
    expect(out.products.map((p) => p.handle)).toEqual(['yellow-sofa']);
    expect(out.reply).toContain(`Aus ${countOf('yellow-sofa')} Bewertungen`);
  });

  test('es: a follow-up about the product on screen', async () => {
    const c = w.conversation({ language: 'es' });
    await c.say('busco una pala de jardín');
    const out = await c.say('¿Qué opiniones tiene?');
    expect(out.products.map((p) => p.handle)).toEqual(['gardening-hand-trowel']);
    expect(out.reply).toContain(`Según ${countOf('gardening-hand-trowel')} reseñas`);
  });

  test('fr: "quels sont les avis sur le canapé jaune ?"', async () => {
    const out = await w.conversation({ language: 'fr' }).say('Quels sont les avis sur le canapé jaune ?');
    expect(out.products.map((p) => p.handle)).toEqual(['yellow-sofa']);
    expect(out.reply).toContain(`D'après ${countOf('yellow-sofa')} avis`);
  });

  test('a product nobody reviewed gets "no reviews yet", not an invented opinion', async () => {
    const reviewed = new Set(reviewRows.map((r) => r.product_handle));
    const product = w.store.products.find((p) => !reviewed.has(p.handle) && p.status === 'ACTIVE')!;
    const out = await w.conversation().say(`Any reviews of the ${product.title}?`);
    expect(out.reply).toContain(`**${product.title}** has no customer reviews yet.`);
    expect(quotes(out.reply)).toEqual([]);
  });

  test('"which has better reviews?" ranks the compared products by their average stars', async () => {
    const out = await w.conversation().say('Which has better reviews, the black leather bag or the yellow sofa?');
    expect(out.comparison?.products.map((p) => p.handle).sort()).toEqual(['black-leather-bag', 'yellow-sofa']);
    const rating = out.comparison!.rows.find((r) => r.attribute === 'Rating')!;
    expect(rating.values).toEqual([expect.stringMatching(/^\d\.\d\/5 ★ \(\d+\)$/), expect.stringMatching(/^\d\.\d\/5 ★ \(\d+\)$/)]);
    const ranked = [...out.reply.matchAll(/- \*\*([^*]+)\*\*: (\d\.\d)\/5 from (\d+) reviews/g)].map((m) => ({ title: m[1], rating: Number(m[2]), count: Number(m[3]) }));
    expect(ranked.map((r) => r.title).sort()).toEqual(['Black Leather Bag', 'Yellow Sofa']);
    expect(ranked[0].rating).toBeGreaterThanOrEqual(ranked[1].rating);
    expect(ranked.find((r) => r.title === 'Yellow Sofa')?.count).toBe(countOf('yellow-sofa'));
  });

  test('a general question about a reviewed product mentions its rating', async () => {
    const c = w.conversation();
    await c.say('black leather bag');
    const out = await c.say('tell me more about it');
    expect(out.reply).toMatch(new RegExp(`Customers rate it \\d\\.\\d/5 \\(${countOf('black-leather-bag')} reviews\\)\\.`));
  });
});
