// A review split the way the analysis reads it: sentences (kept as written, for quotes) and,
// within each, folded word tokens (lower-case, no diacritics) that lexicon entries are matched
// against. Folding lets "zle" meet "źle" and "tres" meet "très", as people type on phones.
import { foldDiacritics } from '~/safety/normalize';

export interface Sentence {
  /** The sentence as written, trimmed. */
  text: string;
  tokens: string[];
  /** Exclamation marks that end it (emphasis). */
  exclamations: number;
}

// Reviews are short; past this the rest only costs time and changes no conclusion.
export const MAX_REVIEW_CHARS = 5000;

const SENTENCE_END = /[^.!?…\n]+(?:[.!?…]+|\n+|$)/gu;
// Languages whose apostrophes join a word ("don't"); elsewhere an apostrophe separates an elided
// article or negation ("n'est", "l'article") from the word it precedes.
const KEEP_APOSTROPHE = new Set(['en']);

/** Lower-cased, diacritics folded, typographic apostrophes made ASCII. */
export function foldText(text: string): string {
  return foldDiacritics(text.normalize('NFKC').toLowerCase()).replace(/[’‘ʼ`´]/gu, "'");
}

export function tokenize(folded: string, language: string): string[] {
  const pattern = KEEP_APOSTROPHE.has(language) ? /[a-z0-9]+(?:'[a-z]+)*/g : /[a-z0-9]+/g;
  return folded.match(pattern) ?? [];
}

export function splitSentences(text: string, language: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const match of text.slice(0, MAX_REVIEW_CHARS).matchAll(SENTENCE_END)) {
    const raw = match[0].trim();
    if (!raw) continue;
    const tokens = tokenize(foldText(raw), language);
    if (tokens.length === 0) continue;
    sentences.push({ text: raw, tokens, exclamations: Math.min(3, (raw.match(/!/g) ?? []).length) });
  }
  return sentences;
}
