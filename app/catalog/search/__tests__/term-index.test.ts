import { FIELDS, TermIndex, type FieldTerms } from '../term-index';

function doc(fields: Partial<Record<(typeof FIELDS)[number], string>>): FieldTerms {
  return Object.fromEntries(FIELDS.map((f) => [f, fields[f]?.split(' ') ?? []])) as unknown as FieldTerms;
}
const exact = (term: string) => [{ term, fuzzy: 0, prefix: false, boost: 1 }];

test('AND needs every group, OR ranks documents with more groups first', () => {
  const index = new TermIndex();
  const a = index.add(doc({ title: 'red mug' }));
  const b = index.add(doc({ title: 'red teapot' }));
  expect(index.query([exact('red'), exact('mug')], true).docs).toEqual([a]);
  const any = index.query([exact('red'), exact('mug')], false);
  expect(any.docs.sort()).toEqual([a, b].sort());
  expect(any.scores[any.docs.indexOf(a)]).toBeGreaterThan(any.scores[any.docs.indexOf(b)]);
});

test('a title match outweighs a description match; prefix and typo matches count less than exact ones', () => {
  const index = new TermIndex();
  const inTitle = index.add(doc({ title: 'wallet' }));
  const inDescription = index.add(doc({ title: 'bag', description: 'wallet' }));
  const { docs, scores } = index.query([exact('wallet')], true);
  expect(scores[docs.indexOf(inTitle)]).toBeGreaterThan(scores[docs.indexOf(inDescription)]);

  const exactScore = index.query([exact('wallet')], true).scores[0];
  const prefixScore = index.query([[{ term: 'wall', fuzzy: 0, prefix: true, boost: 1 }]], true).scores[0];
  const typoScore = index.query([[{ term: 'walet', fuzzy: 1, prefix: false, boost: 1 }]], true).scores[0];
  expect(prefixScore).toBeLessThan(exactScore);
  expect(typoScore).toBeLessThan(exactScore);
});

test('removed documents disappear at once; compaction frees their postings and numbers for reuse', () => {
  const index = new TermIndex();
  const docs = Array.from({ length: 10 }, (_, i) => index.add(doc({ title: `lamp n${i}` })));
  for (const d of docs.slice(0, 6)) index.remove(d);
  expect(index.size).toBe(4);
  expect(index.query([exact('lamp')], true).docs.sort()).toEqual(docs.slice(6).sort());
  const termsBefore = index.termCount;
  index.compact();
  expect(index.termCount).toBe(termsBefore - 6); // n0..n5 had no other document
  const reused = index.add(doc({ title: 'candle' }));
  expect(docs.slice(0, 6)).toContain(reused);
  expect(index.query([exact('lamp')], true).docs.sort()).toEqual(docs.slice(6).sort());
  expect(index.query([exact('candle')], true).docs).toEqual([reused]);
});
