// Each language's lexicon compiled once into term indexes. English gets VADER's general lexicon
// underneath the review entries; the other languages rely on their review entries alone.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createTermIndex, parseEntries, type TermIndex } from '../term-index';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pl } from './pl';
import type { LanguageLexicon } from './types';

export const LEXICONS: Record<string, LanguageLexicon> = { en, pl, de, es, fr };
export const SUPPORTED_LANGUAGES = Object.keys(LEXICONS);

export interface CompiledLexicon {
  language: string;
  valences: TermIndex<number>;
  negators: TermIndex<true>;
  postNegators: TermIndex<true>;
  clauseJoiners: TermIndex<true>;
  modifiers: TermIndex<number>;
  contrast: TermIndex<true>;
  wishes: TermIndex<true>;
}

// VADER words that mean something else in reviews: "like" compares ("feels like sandpaper"),
// "kind"/"pretty" are mostly modifiers, and the others are everyday filler in reviews.
const VADER_EXCLUDED = new Set(['like', 'likes', 'kind', 'pretty', 'please', 'yes', 'no', 'ok', 'okay', 'fine', 'want', 'free', 'cut', 'fit', 'fits', 'hard', 'big', 'small', 'share', 'true', 'care', 'thank', 'thanks', 'matter', 'hot', 'cold', 'play', 'stop', 'joke', 'shoot']);

const BOOST = 0.3;
const DAMPEN = -0.4;

function vaderEntries(): [string, number][] {
  // The package's lexicon file (token TAB mean valence TAB ...): its JS copy is an ES module in a
  // CommonJS package, which not every loader accepts.
  const dir = path.dirname(createRequire(import.meta.url).resolve('vader-sentiment/package.json'));
  return fs
    .readFileSync(path.join(dir, 'vader_lexicon.txt'), 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter(([word, valence]) => word && valence && /^[a-z]+$/.test(word) && !VADER_EXCLUDED.has(word))
    .map(([word, valence]): [string, number] => [word, Number(valence)]);
}

function compile(language: string, lexicon: LanguageLexicon): CompiledLexicon {
  const own = parseEntries(lexicon.entries);
  const valences = createTermIndex<number>(language === 'en' ? [...vaderEntries(), ...own] : own);
  const flag = (words: string[]) => createTermIndex<true>(words.map((w) => [w, true]));
  return {
    language,
    valences,
    negators: flag(lexicon.negators),
    postNegators: flag(lexicon.postNegators ?? []),
    clauseJoiners: flag(lexicon.clauseJoiners ?? []),
    modifiers: createTermIndex<number>([
      ...lexicon.boosters.map((w): [string, number] => [w, BOOST]),
      ...lexicon.dampeners.map((w): [string, number] => [w, DAMPEN]),
    ]),
    contrast: flag(lexicon.contrast),
    wishes: flag(lexicon.wishes ?? []),
  };
}

const compiled = new Map<string, CompiledLexicon>();

/** The compiled lexicon of a language (English for languages without one). */
export function lexiconFor(language: string): CompiledLexicon {
  const key = LEXICONS[language] ? language : 'en';
  let lexicon = compiled.get(key);
  if (!lexicon) {
    lexicon = compile(key, LEXICONS[key]);
    compiled.set(key, lexicon);
  }
  return lexicon;
}

