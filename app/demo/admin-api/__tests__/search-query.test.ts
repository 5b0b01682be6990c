import { compileSearch, parseSearchQuery, type SearchTerm } from '../search-query';

test('terms, comparators, quotes, AND / OR / NOT and parentheses', () => {
  expect(parseSearchQuery("title:'blue shirt' updated_at:>=2026-01-01 -tag:sale")).toEqual({
    kind: 'and',
    items: [
      { kind: 'term', term: { field: 'title', comparator: ':', value: 'blue shirt' } },
      { kind: 'term', term: { field: 'updated_at', comparator: '>=', value: '2026-01-01' } },
      { kind: 'not', item: { kind: 'term', term: { field: 'tag', comparator: ':', value: 'sale' } } },
    ],
  });
  expect(parseSearchQuery('(vendor:a OR vendor:b) AND NOT status:draft')).toEqual({
    kind: 'and',
    items: [
      {
        kind: 'or',
        items: [
          { kind: 'term', term: { field: 'vendor', comparator: ':', value: 'a' } },
          { kind: 'term', term: { field: 'vendor', comparator: ':', value: 'b' } },
        ],
      },
      { kind: 'not', item: { kind: 'term', term: { field: 'status', comparator: ':', value: 'draft' } } },
    ],
  });
  expect(parseSearchQuery('"free text"')).toEqual({ kind: 'term', term: { comparator: ':', value: 'free text' } });
});

test('OR binds looser than the implicit AND', () => {
  const values = (item: string[]) => (t: SearchTerm) => item.includes(t.value);
  const search = compileSearch<string[]>('a b OR c', (item, t) => values(item)(t), new Set());
  expect(search.matches(['a', 'b'])).toBe(true);
  expect(search.matches(['c'])).toBe(true);
  expect(search.matches(['a'])).toBe(false);
});

test('unknown fields match everything and are reported', () => {
  const search = compileSearch<string>('colour:blue title:x', (item, t) => item === t.value, new Set(['title']));
  expect(search.unknownFields).toEqual(['colour']);
  expect(search.matches('x')).toBe(true);
  expect(search.matches('y')).toBe(false);
});
