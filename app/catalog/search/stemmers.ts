// One stemmer per language, each returning the folded forms a word is indexed and queried under.
// Snowball stemmers (compiled to JS by @orama/stemmers, Apache-2.0) for the languages Snowball has;
// our light suffix stripper for Polish, which Snowball lacks.
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemPolish } from './polish-stemmer';
import { fold } from './text';

type Stem = (lowerWord: string) => string[];

// Snowball rules read accents (French "-ée", Spanish "-ción"), so the accented word is stemmed and
// the stem folded; the folded word is stemmed too, so that a query typed without accents meets it.
function snowball(stem: (w: string) => string): Stem {
  return (word) => {
    const folded = fold(word);
    const a = fold(stem(word));
    const b = stem(folded);
    return a === b ? [a] : [a, b];
  };
}

const STEMMERS: Record<string, Stem> = {
  en: snowball(english),
  de: snowball(german),
  es: snowball(spanish),
  fr: snowball(french),
  it: snowball(italian),
  pt: snowball(portuguese),
  nl: snowball(dutch),
  pl: (word) => [stemPolish(fold(word))],
};

/** Languages whose stems every query is tried under (the query's language is not known). */
export const QUERY_LANGUAGES = Object.keys(STEMMERS);

/** "pt-BR" → "pt". Returns undefined for a language without a stemmer. */
export function stemLanguage(locale: string | undefined): string | undefined {
  const base = locale?.toLowerCase().split(/[-_]/)[0];
  return base && base in STEMMERS ? base : undefined;
}

// Stemming is the costliest step of indexing and querying (every query word is stemmed in every
// language), and a catalog's vocabulary is small and repetitive: remember recent results. Bounded
// by clearing, which is crude but keeps memory flat under any input.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, Map<string, string[]>>(Object.keys(STEMMERS).map((l) => [l, new Map()]));

/** Folded stems of a lower-cased word in one language (none for an unsupported language). */
export function stems(word: string, language: string | undefined): string[] {
  const stem = language ? STEMMERS[language] : undefined;
  if (!stem) return [];
  const known = memo.get(language!)!;
  let out = known.get(word);
  if (!out) {
    if (known.size >= MEMO_LIMIT) known.clear();
    out = stem(word);
    known.set(word, out);
  }
  return out;
}
