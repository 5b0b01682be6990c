// Word patterns with light stemming, for intent cues and the shopping vocabulary. A pattern is one
// or more folded words separated by spaces; each word is
//   "koszul*"  the stem plus one of the language's inflection endings (koszula, koszule, koszulami),
//   "zamow**"  the stem plus anything (zamówienie, zamówiłam, zamówić),
//   "order"    exactly that word.
// Listing a language's endings instead of stemming keeps the matching predictable: "szar*" (grey)
// matches "szara", "szarych" but not "szarfa" (a scarf).
import { fold } from './text';

export type Lang = 'en' | 'pl' | 'de' | 'es' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'pl', 'de', 'es', 'fr'];

// Folded inflection endings of nouns and adjectives (and a few verb forms for English).
const ENDINGS: Record<Lang, string[]> = {
  en: ['', 's', 'es', 'ed', 'ing', 'd'],
  pl: [
    '',
    'a',
    'e',
    'i',
    'o',
    'u',
    'y',
    'ie',
    'ia',
    'iu',
    'io',
    'ii',
    'ach',
    'ami',
    'em',
    'om',
    'ow',
    'ego',
    'ej',
    'emu',
    'ym',
    'ymi',
    'ych',
    'ich',
    'imi',
    'iego',
    'iej',
    'iemu',
    'im',
  ],
  de: ['', 'e', 'en', 'er', 'es', 'em', 'n', 's', 'ern', 'ens'],
  es: ['', 'a', 'o', 'as', 'os', 'es', 's'],
  fr: ['', 'e', 's', 'es', 'x', 'ee', 'ees', 'aux'],
};
const ENDING_SETS = Object.fromEntries(LANGS.map((l) => [l, new Set(ENDINGS[l])])) as Record<Lang, Set<string>>;

export type WordMatcher = (word: string) => boolean;

export function wordMatcher(spec: string, lang: Lang): WordMatcher {
  const w = fold(spec);
  if (w.endsWith('**')) {
    const stem = w.slice(0, -2);
    return (word) => word.startsWith(stem);
  }
  if (w.endsWith('*')) {
    const stem = w.slice(0, -1);
    const endings = ENDING_SETS[lang];
    return (word) => word.startsWith(stem) && endings.has(word.slice(stem.length));
  }
  return (word) => word === w;
}

export interface Pattern {
  source: string;
  lang: Lang;
  words: WordMatcher[];
}

export function compilePattern(source: string, lang: Lang): Pattern {
  return {
    source,
    lang,
    words: source
      .trim()
      .split(/\s+/)
      .map((s) => wordMatcher(s, lang)),
  };
}

/** How many words may stand between two words of a cue ("where is my order" ~ "where is my last order"). */
export const CUE_GAP = 2;

/**
 * Where the pattern occurs in the words: [start, end) of the first occurrence, or null. Words of a
 * phrase must appear in order, with at most `maxGap` other words between neighbours.
 */
export function findPattern(p: Pattern, words: readonly string[], maxGap = CUE_GAP, from = 0): [number, number] | null {
  for (let start = from; start < words.length; start++) {
    if (!p.words[0](words[start])) continue;
    let at = start;
    let ok = true;
    for (let k = 1; k < p.words.length && ok; k++) {
      ok = false;
      for (let j = at + 1; j <= at + 1 + maxGap && j < words.length; j++) {
        if (p.words[k](words[j])) {
          at = j;
          ok = true;
          break;
        }
      }
    }
    if (ok) return [start, at + 1];
  }
  return null;
}
