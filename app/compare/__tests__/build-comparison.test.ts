import { productRowData } from '~/catalog/products.server';
import { buildComparison } from '../build-comparison';
import { rainJacket, soldOutParka, windbreaker } from './fixtures';

// Intl puts a no-break space between amount and currency.
const plain = (s: string | null) => s?.replace(/\u00a0/g, ' ');
const rowsOf = (...products: (typeof rainJacket)[]) => products.map(productRowData);

test('rows cover price, stock, options, brand, type, attribute metafields and tags, each marked when the products differ', () => {
  const c = buildComparison(rowsOf(rainJacket, windbreaker), { currency: 'USD', language: 'en' });
  expect(c.products.map((p) => p.handle)).toEqual(['rain-jacket', 'windbreaker']);
  const byKey = Object.fromEntries(c.rows.map((r) => [r.key, r]));
  expect(byKey.price).toEqual({ key: 'price', group: 'price', attribute: 'Price', values: ['$120.00', '$60.00'], differs: true });
  expect(byKey.availability).toMatchObject({ values: ['In stock', 'In stock'], differs: false });
  expect(byKey['option:Size']).toMatchObject({ group: 'option', attribute: 'Size', values: ['S, M, L, XL', 'S, M'], differs: true });
  expect(byKey.vendor).toMatchObject({ values: ['Acme', 'Northwind'], differs: true });
  expect(byKey.type).toMatchObject({ values: ['Jackets', 'Jackets'], differs: false });
  expect(byKey['attribute:Material']).toMatchObject({ group: 'attribute', values: ['Recycled nylon', 'Polyester'], differs: true });
  // A product without the attribute shows null, and that is a difference.
  expect(byKey['attribute:Waterproof rating']).toMatchObject({ values: ['10,000 mm', null], differs: true });
  // SEO metafields are not product attributes; rows nobody has a value for are dropped (tags).
  expect(c.rows.some((r) => /title tag/i.test(r.attribute))).toBe(false);
  expect(byKey.tags).toBeUndefined();
});

test('products carry the public product shape plus review fields, null until reviews exist', () => {
  const c = buildComparison(rowsOf(rainJacket, windbreaker), { currency: 'USD', language: 'en' });
  expect(c.products[1]).toMatchObject({
    handle: 'windbreaker',
    url: '/products/windbreaker',
    price: 60,
    compareAtPrice: 80,
    currency: 'USD',
    available: true,
    image: 'https://cdn.example/2.jpg',
    rating: null,
    customersSay: null,
  });
  expect(c.products[1].variants).toHaveLength(2);

  const reviews = new Map([['windbreaker', { rating: 4.6, count: 12, customersSay: 'Light and packs small.' }]]);
  const rated = buildComparison(rowsOf(rainJacket, windbreaker), { currency: 'USD', language: 'en', reviews });
  expect(rated.products[1]).toMatchObject({ rating: { value: 4.6, count: 12 }, customersSay: 'Light and packs small.' });
  expect(rated.summary[1].points).toContain('best rated (4.6/5)');
});

test('"which one for whom" states only facts from the table', () => {
  const c = buildComparison(rowsOf(rainJacket, windbreaker, soldOutParka), { currency: 'USD', language: 'en' });
  const [jacket, breaker, parka] = c.summary;
  expect(jacket).toEqual({
    handle: 'rain-jacket',
    title: 'Rain Jacket',
    points: ['the only one in Size L, XL', 'Material: Recycled nylon', 'Waterproof rating: 10,000 mm'],
  });
  expect(breaker.points).toEqual(['the lowest price ($60.00)', 'on sale, 25% off', 'Material: Polyester']);
  expect(parka.points[0]).toBe('sold out right now');
});

test("labels, prices, titles and the summary follow the shopper's language", () => {
  const c = buildComparison(rowsOf(rainJacket, windbreaker), { currency: 'PLN', language: 'pl' });
  expect(c.products[0].title).toBe('Kurtka przeciwdeszczowa');
  const price = c.rows.find((r) => r.key === 'price')!;
  expect(price.attribute).toBe('Cena');
  expect(price.values.map(plain)).toEqual(['120,00 zł', '60,00 zł']);
  expect(c.rows.find((r) => r.key === 'availability')!.values).toEqual(['Dostępny', 'Dostępny']);
  expect(plain(c.summary[1].points[0])).toBe('najniższa cena (60,00 zł)');
  expect(c.language).toBe('pl');
});
