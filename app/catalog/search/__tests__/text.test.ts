import { parseQuery } from '../analyzer';
import { stemPolish } from '../polish-stemmer';
import { stems } from '../stemmers';
import { fold, foldLabel } from '../text';

test('folding lower-cases and removes accents, including letters Unicode does not decompose', () => {
  expect(fold('Złoty ŁAŃCUSZEK')).toBe('zloty lancuszek');
  expect(fold('Größe Straße')).toBe('grosse strasse');
  expect(fold('Año Café Crème Ångström Øre Œuvre')).toBe('ano cafe creme angstrom ore oeuvre');
  expect(foldLabel('  T-Shirts & Tops ')).toBe('t shirts tops');
});

test('the Polish stemmer conflates the case and number endings of nouns and adjectives', () => {
  const conflated = (...forms: string[]) => new Set(forms.map((f) => stemPolish(fold(f)))).size;
  expect(conflated('koszula', 'koszule', 'koszuli', 'koszulę', 'koszulą', 'koszulami', 'koszulach')).toBe(1);
  expect(conflated('naszyjnik', 'naszyjniki', 'naszyjnika', 'naszyjników', 'naszyjnikiem')).toBe(1);
  expect(conflated('złoty', 'złota', 'złote', 'złotego', 'złotej', 'złotych')).toBe(1);
  expect(conflated('niebieski', 'niebieska', 'niebieskie', 'niebieskiego', 'niebieskich')).toBe(1);
  // Short words keep at least three letters.
  expect(stemPolish('sofa')).toBe('sof');
  expect(stemPolish('but')).toBe('but');
});

test('snowball stems meet whether or not the accents were typed', () => {
  expect(stems('canapés', 'fr')).toEqual(expect.arrayContaining(stems('canapes', 'fr')));
  expect(stems('armbänder', 'de')).toEqual(stems('armbander', 'de'));
  expect(stems('necklaces', 'en')).toEqual(stems('necklace', 'en'));
  expect(stems('anything', 'xx')).toEqual([]);
});

test('a query drops stop words, keeps the last word as a prefix while typing, and offers compounds', () => {
  const parsed = parseQuery('necklace for the beach');
  expect(parsed.groups.map((g) => g.word)).toEqual(['necklace', 'beach']);
  expect(parsed.groups[1].variants[0]).toMatchObject({ term: 'beach', prefix: true });
  expect(parseQuery('necklace ').groups[0].variants[0].prefix).toBe(false);
  expect(parsed.compounds.map((c) => c.group.word)).toEqual(['necklacebeach']);
  // Only stop words: they are the query.
  expect(parseQuery('the').groups.map((g) => g.word)).toEqual(['the']);
  // Typo tolerance grows with length and is off for short words.
  const fuzz = (w: string) => parseQuery(`${w} `).groups[0].variants[0].fuzzy;
  expect([fuzz('sofa'), fuzz('jacket'), fuzz('dreamcatcher')]).toEqual([0, 1, 2]);
});
