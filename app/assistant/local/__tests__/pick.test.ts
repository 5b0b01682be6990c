// "Which one is the cheapest / the most expensive / the best rated?" over the demo store: among
// the products on screen, or a kind of product named in the message, in five languages.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { queueDemoReviews } from '~/reviews/demo';
import { runDueImports } from '~/reviews/import/jobs';
import { refreshAfterImport } from '~/reviews/summary/refresh';
import { superlativeOf } from '../nlu/superlative';
import { tokens } from '../nlu/text';
import { understand } from '../nlu/understand';
import { createDemoWorld, type DemoWorld } from './demo-world';

const DEMO_STORE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../demo-store');

let w: DemoWorld;
beforeAll(async () => {
  w = await createDemoWorld();
  await queueDemoReviews(w.t.db, w.shop.shop, DEMO_STORE_DIR);
  await runDueImports({ db: w.t.db, log: () => {}, onImported: async (s, products) => void (await refreshAfterImport(w.t.db, s, products)) });
}, 120_000);
afterAll(() => w.t.drop());

const handles = (out: { products: { handle: string }[] }) => out.products.map((p) => p.handle);
const priceOf = (handle: string) => Math.min(...w.store.products.find((p) => p.handle === handle)!.variants.map((v) => v.price));

describe('understanding a pick', () => {
  test.each([
    ['which one is the cheapest?', 'cheapest'],
    ['który jest najtańszy?', 'cheapest'],
    ['Welches ist am günstigsten?', 'cheapest'],
    ['¿cuál es el más barato?', 'cheapest'],
    ['lequel est le moins cher ?', 'cheapest'],
    ['the most expensive sofa', 'priciest'],
    ['najdroższa sofa', 'priciest'],
    ['welches ist am teuersten', 'priciest'],
    ['¿cuál es el más caro?', 'priciest'],
    ['le plus cher', 'priciest'],
    ['which is the best rated?', 'best_rated'],
    ['który jest najlepiej oceniany?', 'best_rated'],
    ['welches ist am besten bewertet?', 'best_rated'],
    ['¿cuál está mejor valorado?', 'best_rated'],
    ['lequel est le mieux noté ?', 'best_rated'],
  ])('%s → %s', (message, kind) => {
    expect(superlativeOf(tokens(message))?.kind).toBe(kind);
  });

  test('is no pick in ordinary questions, and leaves its words out of the catalog query', () => {
    expect(superlativeOf(tokens('is it expensive to ship to the UK?'))).toBeNull();
    expect(superlativeOf(tokens('do you have cheap necklaces?'))).toBeNull();
    const u = understand('what is the most expensive sofa?', { lang: 'en', hasShownProducts: false, awaiting: null });
    expect(u).toMatchObject({ intent: 'product_search', superlative: 'priciest', otherWords: [] });
    expect(understand('what is the cheapest shipping?', { lang: 'en', hasShownProducts: true, awaiting: null }).intent).toBe('shipping');
    expect(understand('which one is the cheapest?', { lang: 'en', hasShownProducts: true, awaiting: null }).intent).toBe('compare');
  });
});

describe('picking among the products on screen', () => {
  test('en: the cheapest of the necklaces shown, then the rest in price order', async () => {
    const c = w.conversation();
    const listed = handles(await c.say('Do you have necklaces?'));
    const out = await c.say('Which one is the cheapest?');
    const cheapest = [...listed].sort((a, b) => priceOf(a) - priceOf(b));
    expect(handles(out)).toEqual(cheapest);
    expect(out.reply).toMatch(/^The cheapest is \*\*[^*]+\*\*, at \$\d+\.\d\d\.\n\nIn order:\n- /);
    expect(out.reply).toContain(`$${priceOf(cheapest[0]).toFixed(2)}`);
    // Only the products on screen: no new search.
    expect(out.toolCalls.map((t) => t.name)).toEqual(listed.map(() => 'product_details'));
  });

  test('de: "Welches ist am teuersten?" after sofas', async () => {
    const c = w.conversation({ language: 'de' });
    await c.say('Habt ihr Sofas?');
    const out = await c.say('Welches ist am teuersten?');
    expect(handles(out)[0]).toBe('cream-sofa');
    expect(out.reply).toMatch(/^Am teuersten ist \*\*Cremefarbenes Sofa\*\*, für 500,00/);
  });

  test('pl, es, fr: the cheapest of the list, said in the shopper’s language', async () => {
    for (const [lang, search, ask, lead] of [
      ['pl', 'szukam sofy', 'Która jest najtańsza?', 'Najtańszy jest **'],
      ['es', 'busco sofás', '¿Cuál es el más barato?', 'El más barato es **'],
      ['fr', 'vous avez des canapés ?', 'Lequel est le moins cher ?', 'Le moins cher est **'],
    ] as const) {
      const c = w.conversation({ language: lang });
      await c.say(search);
      const out = await c.say(ask);
      expect(handles(out)[0]).toBe('grey-sofa');
      expect(out.reply.startsWith(lead)).toBe(true);
    }
  });

  test('best rated: ranked by average stars from the reviews, with the counts', async () => {
    const c = w.conversation();
    await c.say('show me sofas');
    const out = await c.say('Which one is the best rated?');
    expect(out.reply).toMatch(/^The best rated is \*\*[^*]+\*\*: \d\.\d\/5 from \d+ reviews\.\n\nIn order:\n- \*\*/);
    const ratings = [...out.reply.matchAll(/: (\d\.\d)\/5 from/g)].map((m) => Number(m[1]));
    expect(ratings.length).toBeGreaterThanOrEqual(1);
    expect([...ratings].sort((a, b) => b - a)).toEqual(ratings);
  });

  test('with nothing on screen and no kind named, it asks which products', async () => {
    const out = await w.conversation().say('which one is the best rated?');
    expect(out.reply).toBe('Which products do you mean? Search for some first, then ask me which one is the cheapest or the best rated.');
  });
});

describe('picking within a kind of product', () => {
  test('"the cheapest sofa" searches sofas in price order', async () => {
    const out = await w.conversation().say('What is your cheapest sofa?');
    expect(handles(out)).toEqual(['grey-sofa', 'yellow-sofa', 'cream-sofa']);
    expect(out.toolCalls[0]).toMatchObject({ name: 'search_products', input: expect.objectContaining({ sort: 'price_low' }) });
    expect(out.reply.startsWith('The cheapest is **Grey Sofa**, at $29.99.')).toBe(true);
  });

  test('"cheapest shipping" is still a shipping question', async () => {
    const out = await w.conversation().say('what is the cheapest shipping?');
    expect(out.toolCalls.map((t) => t.name)).toEqual(['store_policies']);
  });
});
