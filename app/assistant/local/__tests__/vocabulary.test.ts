import { tokens } from '../nlu/text';
import { analyseVocabulary } from '../nlu/vocabulary';
import type { Lang } from '../nlu/patterns';

const terms = (text: string, lang: Lang) => analyseVocabulary(tokens(text), lang).matches.map((m) => m.term);

describe('shopping words of five languages become English catalog terms', () => {
  test.each([
    // Polish: case endings of nouns and adjectives
    ['kurtka', 'pl', ['jacket']],
    ['kurtki', 'pl', ['jacket']],
    ['kurtkę', 'pl', ['jacket']],
    ['kurtek', 'pl', ['jacket']],
    ['niebieskiej koszuli', 'pl', ['blue', 'shirt']],
    ['czerwona sukienka', 'pl', ['red', 'dress']],
    ['złoty naszyjnik', 'pl', ['gold', 'necklace']],
    ['skórzane torebki damskie', 'pl', ['leather', 'bag', 'women']],
    ['wełniany sweter', 'pl', ['wool', 'sweater']],
    // "bluzka" is any top in Polish, the blouse included
    ['bluzka w paski', 'pl', ['top', 'striped']],
    ['jedwabnej bluzki', 'pl', ['silk', 'top']],
    // German: plurals, adjective endings, compounds
    ['Jacken', 'de', ['jacket']],
    ['rote Kleider', 'de', ['red', 'dress']],
    ['Herrenjacke', 'de', ['men', 'jacket']],
    ['Lederjacken', 'de', ['leather', 'jacket']],
    ['Goldkette', 'de', ['gold', 'necklace']],
    ['Regenjacke', 'de', ['waterproof', 'jacket']],
    ['Vanillekerze', 'de', ['vanilla', 'candle']],
    // Spanish
    ['chaquetas', 'es', ['jacket']],
    ['chaquetas de cuero negras', 'es', ['jacket', 'leather', 'black']],
    ['pendientes de plata', 'es', ['earrings', 'silver']],
    ['camisa azul marino', 'es', ['shirt', 'navy']],
    // French: plurals, feminine forms, multi-word terms
    ['vestes', 'fr', ['jacket']],
    ['vestes en cuir noir', 'fr', ['jacket', 'leather', 'black']],
    ["boucles d'oreilles dorées", 'fr', ['earrings', 'gold']],
    ['une chemise bleu marine', 'fr', ['shirt', 'navy']],
    ['table de chevet', 'fr', ['bedside table']],
    // English plurals and synonyms
    ['wool jumpers', 'en', ['wool', 'sweater']],
    ['throw pillows', 'en', ['pillow']],
    ['bean bag', 'en', ['beanbag']],
  ] as const)('%s (%s)', (text, lang, expected) => {
    expect(terms(text, lang)).toEqual(expected);
  });

  test('a stem takes only its inflection endings: "szarfa" is not grey, "better" is not a German bed', () => {
    expect(terms('szarfa', 'pl')).toEqual([]);
    expect(terms('which is better', 'en')).toEqual([]);
  });

  test('forms that are other words in English count only in their own language', () => {
    expect(terms('rot', 'de')).toEqual(['red']);
    expect(terms('rot', 'en')).toEqual([]);
    expect(terms('buty', 'pl')).toEqual(['shoes']);
    expect(terms('but not this one', 'en')).toEqual([]);
    expect(terms('add to basket', 'en')).toEqual([]);
  });

  test('words that match nothing are reported, so names can go to the search as written', () => {
    const words = tokens('ocean blue shirt');
    const { unmatched } = analyseVocabulary(words, 'en');
    expect(unmatched.map((i) => words[i])).toEqual(['ocean']);
  });
});
