import { searchParamsSchema } from '..';

const parse = (query: string) => searchParamsSchema.safeParse(new URLSearchParams(query));
const errors = (query: string) => {
  const result = parse(query);
  if (result.success) throw new Error(`expected "${query}" to be rejected`);
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

test('parses every parameter of GET /proxy/search, with repeated options', () => {
  const result = parse(
    'q=%20red%20shirt%20&minPrice=10&maxPrice=49.5&available=true&type=Shirts&vendor=Acme&tag=summer' +
      '&option=Size:M&option=Color:%20Navy%20Blue&limit=20&locale=pt-BR&shop=x.myshopify.com&signature=abc',
  );
  expect(result.success && result.data).toEqual({
    q: 'red shirt',
    minPrice: 10,
    maxPrice: 49.5,
    available: true,
    type: 'Shirts',
    vendor: 'Acme',
    tag: 'summer',
    options: [
      { name: 'Size', value: 'M' },
      { name: 'Color', value: 'Navy Blue' },
    ],
    limit: 20,
    locale: 'pt-BR',
  });
});

test('defaults: empty query, 12 results, no filters; empty values count as absent', () => {
  expect(parse('').success && parse('').data).toEqual({ q: '', options: [], limit: 12 });
  const blank = parse('q=&minPrice=&type=&available=&limit=&locale=');
  expect(blank.success && blank.data).toEqual({ q: '', options: [], limit: 12 });
  const notAvailable = parse('available=false');
  expect(notAvailable.success && notAvailable.data.available).toBe(false);
});

test('accepts a plain object too (e.g. from a JSON body)', () => {
  const result = searchParamsSchema.safeParse({ q: 'mug', option: 'Size:L', maxPrice: 20, available: true, limit: '5' });
  expect(result.success && result.data).toMatchObject({
    q: 'mug',
    options: [{ name: 'Size', value: 'L' }],
    maxPrice: 20,
    available: true,
    limit: 5,
  });
});

test.each([
  ['minPrice=-1', 'minPrice: minPrice must not be negative'],
  ['maxPrice=cheap', 'maxPrice: maxPrice must be a number'],
  ['minPrice=50&maxPrice=10', 'maxPrice: maxPrice must not be below minPrice'],
  ['limit=0', 'limit: limit must be between 1 and 50'],
  ['limit=51', 'limit: limit must be between 1 and 50'],
  ['limit=2.5', 'limit: limit must be a whole number'],
  ['limit=ten', 'limit: limit must be a whole number'],
  ['option=Size', 'option.0: option must look like Name:Value (e.g. Size:M), got "Size"'],
  ['option=Size:M&option=:Blue', 'option.1: option must look like Name:Value (e.g. Size:M), got ":Blue"'],
  ['available=yes', 'available: available must be true or false'],
  ['locale=english!', 'locale: locale must look like "en" or "pt-BR"'],
])('rejects %s', (query, message) => {
  expect(errors(query)).toContain(message);
});

test('reports every bad value at once', () => {
  expect(errors('minPrice=-1&limit=500&option=bad')).toHaveLength(3);
});
