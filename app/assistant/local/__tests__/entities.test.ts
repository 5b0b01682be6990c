import { extractEntities, type OrderNumberFormat } from '../nlu/entities';

const NW: OrderNumberFormat = { prefix: 'NW-', suffix: '' };
const SUFFIXED: OrderNumberFormat = { prefix: '', suffix: '-A' };

describe('order numbers in the shop format', () => {
  test.each([
    ['where is my order #1001', {}, '#1001'],
    ['order 1001 please', {}, '#1001'],
    ['gdzie jest moje zamówienie nr 1001', {}, '#1001'],
    ['Bestellnummer 1004', {}, '#1004'],
    ['wo ist meine Bestellung Nr. 1004?', {}, '#1004'],
    ['número de pedido 1002', {}, '#1002'],
    ['ma commande n° 1003', {}, '#1003'],
    ['order NW-1001 please', { orderNumberFormat: NW }, 'NW-1001'],
    ['my order nw1001', { orderNumberFormat: NW }, 'NW-1001'],
    ['zamówienie 1001', { orderNumberFormat: NW }, 'NW-1001'],
    ['order 1001-A', { orderNumberFormat: SUFFIXED }, '1001-A'],
    ['order 1001', { orderNumberFormat: SUFFIXED }, '1001-A'],
    ['it is NW-2040-X', {}, 'NW-2040-X'],
  ])('%s', (text, opts, expected) => {
    expect(extractEntities(text, opts).orderNumbers).toEqual([expected]);
  });

  test('a bare number is set aside (an order number only when the shopper is asked for one), not read as a price', () => {
    const e = extractEntities('1001');
    expect(e.orderNumbers).toEqual([]);
    expect(e.bareNumbers).toEqual(['1001']);
    expect(e.price).toBeNull();
  });
});

describe('contacts', () => {
  test('e-mails and phone numbers, apart from the order number', () => {
    const e = extractEntities('zamówienie #1001, mail Anna.Kowalska@Example.pl, tel. +48 601 234 567');
    expect(e.orderNumbers).toEqual(['#1001']);
    expect(e.emails).toEqual(['anna.kowalska@example.pl']);
    expect(e.phones).toEqual(['+48601234567']);
  });

  test('a long run of digits after "purchase" is an order, not a phone', () => {
    const e = extractEntities('I want to check purchase 113542617735902 status');
    expect(e.orderNumbers).toEqual(['#113542617735902']);
    expect(e.phones).toEqual([]);
  });

  test('a phone needs a "+", groups or a phone word', () => {
    expect(extractEntities('call 415 555 0134').phones).toEqual(['4155550134']);
    expect(extractEntities('Telefon: 0301234567').phones).toEqual(['0301234567']);
    expect(extractEntities('code 123456789').phones).toEqual([]);
  });
});

describe('prices', () => {
  test.each([
    ['waterproof jacket under 100', { max: 100 }],
    ['below $50', { max: 50 }],
    ['czerwona sukienka do 200 zł', { max: 200 }],
    ['od 50 do 100 zł', { min: 50, max: 100 }],
    ['unter 80 €', { max: 80 }],
    ['zwischen 20 und 40 Euro', { min: 20, max: 40 }],
    ['ab 30 €', { min: 30 }],
    ['entre 20 y 50', { min: 20, max: 50 }],
    ['menos de 45,50 €', { max: 45.5 }],
    ['moins de 30 €', { max: 30 }],
    ['de 20 à 50 €', { min: 20, max: 50 }],
    ['50-100', { min: 50, max: 100 }],
    ['over 1,299.99', { min: 1299.99 }],
    ['bis 1.299,99 €', { max: 1299.99 }],
    ['around 100 dollars', { min: 75, max: 125 }],
    ['a jacket, 60 €', { max: 60 }],
  ])('%s', (text, expected) => {
    expect(extractEntities(text).price).toEqual(expected);
  });

  test('durations and counts are not prices', () => {
    expect(extractEntities('can I return it within 30 days?').price).toBeNull();
    expect(extractEntities('delivery in under 5 days').price).toBeNull();
  });

  test('the currency word is taken with the price, so "złotych" is not gold', () => {
    const e = extractEntities('szukam naszyjnika do 100 złotych', { lang: 'pl' });
    expect(e.price).toEqual({ max: 100 });
    expect(e.remainder).toBe('szukam naszyjnika');
  });
});

describe('sizes, colours, quantities', () => {
  test.each([
    ['Herrenjacke in Größe M', 'de', ['M']],
    ['rozmiar M', 'pl', ['M']],
    ['w rozmiarze XL', 'pl', ['XL']],
    ['talla M', 'es', ['M']],
    ['taille 38', 'fr', ['38']],
    ['Größe 40', 'de', ['40']],
    ['add the M to my cart', 'en', ['M']],
    ['in size medium', 'en', ['M']],
    ['XXL please', 'en', ['XXL']],
    ['2xl', 'en', ['XXL']],
    ['L?', 'en', ['L']],
  ] as const)('%s', (text, lang, expected) => {
    expect(extractEntities(text, { lang }).sizes).toEqual(expected);
  });

  test('a size word after a short word is a size where no noun follows it', () => {
    expect(extractEntities('Add a large to my cart', { lang: 'en' }).sizes).toEqual(['L']);
    expect(extractEntities("I'll take it in medium", { lang: 'en' }).sizes).toEqual(['M']);
    expect(extractEntities('Añade la mediana al carrito', { lang: 'es' }).sizes).toEqual(['M']);
    expect(extractEntities('Il existe en grand ?', { lang: 'fr' }).sizes).toEqual(['L']);
    expect(extractEntities('I want a large sofa', { lang: 'en' }).sizes).toEqual([]);
    expect(extractEntities('une grande table', { lang: 'fr' }).sizes).toEqual([]);
  });

  test('a lone letter in a sentence is no size', () => {
    expect(extractEntities("I'm looking for a bag", { lang: 'en' }).sizes).toEqual([]);
    expect(extractEntities('is it a good gift for my mum', { lang: 'en' }).sizes).toEqual([]);
  });

  test.each([
    ['czerwona sukienka', 'pl', ['red']],
    ['niebieskiej koszuli', 'pl', ['blue']],
    ['Jacke in Dunkelblau', 'de', ['navy']],
    ['blaue Hose', 'de', ['blue']],
    ['chaquetas negras', 'es', ['black']],
    ['una camisa azul marino', 'es', ['navy']],
    ['une veste bleu marine', 'fr', ['navy']],
    ['boucles dorées', 'fr', ['gold']],
    ['grey or gray', 'en', ['grey']],
    ['¿La tienen en plateado?', 'es', ['silver']],
  ] as const)('colours: %s', (text, lang, expected) => {
    expect(extractEntities(text, { lang }).colours).toEqual(expected);
  });

  test('quantities', () => {
    expect(extractEntities('2x the blue one').quantity).toBe(2);
    expect(extractEntities('poproszę 3 sztuki').quantity).toBe(3);
    expect(extractEntities('the blue one').quantity).toBeNull();
  });
});
