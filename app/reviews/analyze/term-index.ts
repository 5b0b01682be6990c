// Word and phrase lookup over tokens. Lexicons hold thousands of entries, so instead of one
// regex per entry (slow) each entry is filed under its first word: exact words in one map and
// stems (entries written "wygodn*") in another, probed with each prefix of the token. A review
// of 60 tokens costs a few hundred map lookups.
import { foldText } from './text';

interface TermWord {
  text: string;
  prefix: boolean;
}

interface Term<T> {
  words: TermWord[];
  payload: T;
}

export interface TermMatch<T> {
  start: number;
  /** Exclusive. */
  end: number;
  payload: T;
}

// Stems shorter than this would match far too much ("do*").
const MIN_STEM = 3;

function parseWords(term: string): TermWord[] {
  return foldText(term)
    .replace(/[-']/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.endsWith('*') ? { text: w.slice(0, -1), prefix: true } : { text: w, prefix: false }));
}

function wordMatches(word: TermWord, token: string): boolean {
  return word.prefix ? token.startsWith(word.text) : token === word.text;
}

export interface TermIndex<T> {
  /** The longest entry starting at `tokens[at]`, if any. */
  matchAt(tokens: readonly string[], at: number): TermMatch<T> | null;
  /** Every non-overlapping match, scanning left to right, longest first at each position. */
  matchAll(tokens: readonly string[]): TermMatch<T>[];
  size: number;
}

/**
 * Builds an index. Later entries with the same words replace earlier ones, so a specific list can
 * be layered over a general one. Hyphens and apostrophes in entries separate words, as they do in
 * tokens of languages other than English; English tokens keep apostrophes, so both spellings of
 * an English entry ("don't buy") are filed.
 */
export function createTermIndex<T>(entries: Iterable<[term: string, payload: T]>): TermIndex<T> {
  const exact = new Map<string, Term<T>[]>();
  const stems = new Map<string, Term<T>[]>();
  const seen = new Map<string, Term<T>>();
  let maxStem = 0;

  const add = (words: TermWord[], payload: T) => {
    if (words.length === 0) return;
    const key = words.map((w) => w.text + (w.prefix ? '*' : '')).join(' ');
    const existing = seen.get(key);
    if (existing) {
      existing.payload = payload;
      return;
    }
    const first = words[0];
    if (first.prefix && first.text.length < MIN_STEM) return;
    const term = { words, payload };
    seen.set(key, term);
    const map = first.prefix ? stems : exact;
    const list = map.get(first.text) ?? [];
    list.push(term);
    // Longest first: the first that fits is the one to take.
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(first.text, list);
    if (first.prefix) maxStem = Math.max(maxStem, first.text.length);
  };

  for (const [term, payload] of entries) {
    add(parseWords(term), payload);
    if (term.includes("'")) {
      const joined = foldText(term).split(/\s+/).filter(Boolean);
      add(joined.map((w) => (w.endsWith('*') ? { text: w.slice(0, -1), prefix: true } : { text: w, prefix: false })), payload);
    }
  }

  const fits = (term: Term<T>, tokens: readonly string[], at: number) => {
    if (at + term.words.length > tokens.length) return false;
    for (let k = 1; k < term.words.length; k++) if (!wordMatches(term.words[k], tokens[at + k])) return false;
    return true;
  };

  function matchAt(tokens: readonly string[], at: number): TermMatch<T> | null {
    const token = tokens[at];
    let best: Term<T> | null = null;
    for (const term of exact.get(token) ?? []) {
      if (fits(term, tokens, at)) {
        best = term;
        break;
      }
    }
    for (let len = Math.min(token.length, maxStem); len >= MIN_STEM; len--) {
      for (const term of stems.get(token.slice(0, len)) ?? []) {
        if ((!best || term.words.length > best.words.length) && fits(term, tokens, at)) best = term;
      }
    }
    return best ? { start: at, end: at + best.words.length, payload: best.payload } : null;
  }

  return {
    matchAt,
    matchAll(tokens) {
      const out: TermMatch<T>[] = [];
      for (let i = 0; i < tokens.length; ) {
        const m = matchAt(tokens, i);
        if (m) {
          out.push(m);
          i = m.end;
        } else i++;
      }
      return out;
    },
    get size() {
      return seen.size;
    },
  };
}

/** "a 1.5, b c -2" → [["a", 1.5], ["b c", -2]]: the compact entry lists lexicon files use. */
export function parseEntries(list: string): [string, number][] {
  return list
    .split(/[,\n]/)
    .map((e) => e.trim())
    .filter(Boolean)
    .map((e) => {
      const m = /^(.+?)\s+(-?\d+(?:\.\d+)?)$/.exec(e);
      if (!m) throw new Error(`lexicon entry without a valence: "${e}"`);
      return [m[1], Number(m[2])];
    });
}
