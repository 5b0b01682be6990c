import { candidateNames, formatFromName, nameKey, nameSearchQuery, parseOrderNumber } from '../order-number';

test('the number is found however the shopper writes it', () => {
  for (const typed of ['#1001', '1001', 'order 1001', 'Order #1001?', 'zamówienie nr 1001', '(#1001)', 'n° 1001.']) {
    expect(parseOrderNumber(typed)).toEqual({ digits: '1001', asTyped: null });
  }
  expect(parseOrderNumber('NW-1001-X')).toEqual({ digits: '1001', asTyped: 'NW-1001-X' });
  expect(parseOrderNumber('my order is nw-1001-x, thanks')).toEqual({ digits: '1001', asTyped: 'nw-1001-x' });
  expect(parseOrderNumber('no number here')).toBeNull();
  expect(parseOrderNumber('1'.repeat(25))).toBeNull();
});

test('the shop format is read off a real order name, and applied to a bare number', () => {
  expect(formatFromName('#1001')).toEqual({ prefix: '#', suffix: '' });
  expect(formatFromName('NW-1001-X')).toEqual({ prefix: 'NW-', suffix: '-X' });
  expect(formatFromName('S2-100045')).toEqual({ prefix: 'S2-', suffix: '' });
  expect(formatFromName('draft')).toBeNull();
  const format = formatFromName('NW-2002-X')!;
  expect(candidateNames(parseOrderNumber('#1001')!, format)).toEqual(['NW-1001-X']);
  expect(candidateNames(parseOrderNumber('order 1001')!, { prefix: '#', suffix: '' })).toEqual(['#1001']);
  // What the shopper typed is tried too (the shop may have changed its format since).
  expect(candidateNames(parseOrderNumber('AB-1001')!, format)).toEqual(['NW-1001-X', 'AB-1001']);
  expect(nameKey('nw-1001-x')).toBe(nameKey('NW-1001-X'));
});

test('nothing typed can change the meaning of the search query', () => {
  const parsed = parseOrderNumber('1001" OR email:"*')!;
  const query = nameSearchQuery(candidateNames(parsed, { prefix: '#', suffix: '' }));
  expect(query).not.toMatch(/email|\*|OR email/);
  expect(query.match(/"/g)!.length % 2).toBe(0);
  expect(query).toMatch(/^name:"#1001"( OR name:"[A-Za-z0-9#\-_./]+")?$/);
});
