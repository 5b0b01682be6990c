// "Which one is the cheapest?", "the most expensive sofa", "welches ist am besten bewertet?": a
// pick by one criterion, among the products shown or a kind of product. The words of the phrase
// are returned so they stay out of the catalog query ("most expensive" is not in product titles).
import { compilePattern, findPattern, LANGS, type Lang, type Pattern } from './patterns';

export type Superlative = 'cheapest' | 'priciest' | 'best_rated';

// prettier-ignore
const PHRASES: Record<Superlative, Record<Lang, string[]>> = {
  cheapest: {
    en: ['cheapest', 'least expensive', 'lowest price', 'lowest priced', 'most affordable'],
    pl: ['najtansz**', 'najnizsz** cen**', 'najbardziej przystepn**'],
    de: ['billigst**', 'gunstigst**', 'am billigsten', 'am gunstigsten', 'niedrigst** preis'],
    es: ['mas barat*', 'mas economic*', 'menor precio', 'precio mas bajo'],
    fr: ['moins cher*', 'plus abordable*', 'prix le plus bas'],
  },
  priciest: {
    en: ['most expensive', 'priciest', 'highest price', 'highest priced'],
    pl: ['najdroz**', 'najwyzsz** cen**'],
    de: ['teuerst**', 'am teuersten', 'hochst** preis'],
    es: ['mas car*', 'mayor precio', 'precio mas alto'],
    fr: ['plus cher*', 'prix le plus eleve'],
  },
  best_rated: {
    en: ['best rated', 'highest rated', 'top rated', 'best reviewed', 'best reviews'],
    pl: ['najlepiej ocenian**', 'najlepsze opinie', 'najwyzej ocenian**'],
    de: ['am besten bewertet**', 'best** bewertet**', 'beste** bewertungen'],
    es: ['mejor valorad*', 'mejores resenas', 'mejores opiniones'],
    fr: ['mieux note*', 'meilleurs avis'],
  },
};

const COMPILED: [Superlative, Pattern][] = (Object.keys(PHRASES) as Superlative[]).flatMap((kind) =>
  LANGS.flatMap((lang) => PHRASES[kind][lang].map((source) => [kind, compilePattern(source, lang)] as [Superlative, Pattern])),
);

export interface SuperlativeMatch {
  kind: Superlative;
  /** Indexes of the message's words (as `tokens` gives them) that make up the phrase. */
  words: number[];
}

/** The first superlative the message asks for, or null. Adjacent words only: "most" … "expensive" far apart is not one. */
export function superlativeOf(words: readonly string[]): SuperlativeMatch | null {
  for (const [kind, pattern] of COMPILED) {
    const span = findPattern(pattern, words, 0);
    if (span) return { kind, words: Array.from({ length: span[1] - span[0] }, (_, i) => span[0] + i) };
  }
  return null;
}
