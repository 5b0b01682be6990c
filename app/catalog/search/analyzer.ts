// Turns text into index terms and a query into MiniSearch query groups. Both sides go through the
// same folding and stemming, so what is indexed is what a query looks for:
// - index: every word as written (folded, for as-you-type prefixes) plus its stems in the language
//   of the text (the shop's primary locale for the base fields, the locale of each translation);
// - query: every word as written plus its stems in every supported language (a shopper's language
//   is not known and often differs from the storefront's), typo tolerance scaled by length, a
//   prefix on the last word while it is being typed, synonyms, and "bean bag" ⇄ "beanbag".
import { QUERY_LANGUAGES, stems } from './stemmers';
import { fold, STOPWORDS, words } from './text';

/**
 * Index terms of a text written in `language` (a stemmer language, or undefined for none).
 * `asWritten: false` keeps only the stems (the word itself where there is no stemmer): for long
 * low-weight text, where matching a prefix as it is typed is not worth the memory.
 */
export function indexTerms(text: string, language: string | undefined, asWritten = true): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    const folded = fold(word);
    if (folded.length < 2 || STOPWORDS.has(folded)) continue;
    const wordStems = stems(word, language);
    if (asWritten || wordStems.length === 0) out.push(folded);
    for (const s of wordStems) if ((s !== folded || !asWritten) && s.length > 1) out.push(s);
  }
  return out;
}

const LETTERS_ONLY = /^\p{L}+$/u;

/** Adjacent word pairs written together ("Long Sleeve" → "longsleeve"), for compound queries. */
export function joinedPairs(text: string): string[] {
  const ws = words(text).map(fold);
  const out: string[] = [];
  for (let i = 0; i + 1 < ws.length; i++) {
    // Model codes ("GSR 12V") would only add a unique term per product.
    if (LETTERS_ONLY.test(ws[i]) && LETTERS_ONLY.test(ws[i + 1])) out.push(ws[i] + ws[i + 1]);
  }
  return out;
}

// German writes compounds as one word ("Vanillekerze", "Lederjacke"), and a shopper asks for
// "Kerze" or "Jacke". Without a dictionary the split point is unknown, so every tail of the stem
// that leaves a head of at least MIN_HEAD letters is indexed (a separate, lower-weighted field):
// "vanillekerz" → "llekerz", "lekerz", "ekerz", "kerz". The odd tails match nothing real.
const COMPOUND_LANGUAGES = new Set(['de']);
const MIN_HEAD = 4;
const MIN_TAIL = 4;

/** Tails of compound words in a text, for the languages that write compounds as one word. */
export function compoundTails(text: string, language: string | undefined): string[] {
  if (!language || !COMPOUND_LANGUAGES.has(language)) return [];
  const out: string[] = [];
  for (const word of words(text)) {
    const stem = stems(word, language)[0] ?? fold(word);
    for (let i = MIN_HEAD; stem.length - i >= MIN_TAIL; i++) out.push(stem.slice(i));
  }
  return out;
}

// A handful of shopping words that shoppers and merchants name differently. Matched on the English
// stem of the query word; each alternative is searched as well, at a lower weight.
const SYNONYM_GROUPS = [
  ['sofa', 'couch', 'settee'],
  ['jumper', 'sweater', 'pullover'],
  ['pants', 'trousers'],
  ['sneakers', 'trainers'],
  ['bag', 'handbag', 'purse'],
  ['tee', 'tshirt'],
  ['pillow', 'cushion'],
  ['lamp', 'light'],
];
const SYNONYMS = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) {
  for (const word of group) {
    SYNONYMS.set(
      stems(word, 'en')[0],
      group.filter((w) => w !== word),
    );
  }
}

export interface QueryVariant {
  term: string;
  /** Maximum edit distance (0 = exact). */
  fuzzy: number;
  prefix: boolean;
  /** Weight relative to the word as typed. */
  boost: number;
}

export interface QueryGroup {
  word: string;
  variants: QueryVariant[];
}

export interface ParsedQuery {
  groups: QueryGroup[];
  /** Adjacent words written together ("bean bag" → "beanbag"), by position of the first word. */
  compounds: { at: number; group: QueryGroup }[];
  /** Folded words of the whole query, space-joined: compared with titles for the exact-title boost. */
  normalized: string;
}

/**
 * Edit distance allowed for a term: none up to four letters, where one typo makes another word
 * ("sofa" → "soft"), one up to eight, two beyond.
 */
export function fuzzinessFor(term: string): number {
  if (term.length < 5) return 0;
  return term.length < 9 ? 1 : 2;
}

const MIN_PREFIX = 3;
const MAX_WORDS = 12;
const SYNONYM_BOOST = 0.6;
const STEM_BOOST = 0.9;

function groupFor(word: string, prefix: boolean, typos = true): QueryGroup {
  const folded = fold(word);
  const variants = new Map<string, QueryVariant>();
  const fuzz = (term: string) => (typos ? fuzzinessFor(term) : 0);
  variants.set(folded, { term: folded, fuzzy: fuzz(folded), prefix: prefix && folded.length >= MIN_PREFIX, boost: 1 });
  const add = (term: string, boost: number, fuzzy: number) => {
    if (term.length > 1 && !variants.has(term)) variants.set(term, { term, fuzzy, prefix: false, boost });
  };
  for (const language of QUERY_LANGUAGES) for (const s of stems(word, language)) add(s, STEM_BOOST, fuzz(s));
  // Synonyms are exact: a typo tolerance on a word the shopper didn't type only adds noise.
  for (const synonym of SYNONYMS.get(stems(word, 'en')[0]) ?? []) {
    add(synonym, SYNONYM_BOOST, 0);
    for (const s of stems(synonym, 'en')) add(s, SYNONYM_BOOST, 0);
  }
  return { word: folded, variants: [...variants.values()] };
}

/**
 * Parses a shopper's query. While the last word may be incomplete (no trailing space) it also
 * matches as a prefix.
 */
export function parseQuery(q: string): ParsedQuery {
  const all = words(q);
  // Single letters and digits are not indexed ("7 chakra", "t-shirt"): they would match anything.
  const meaningful = all.filter((w) => w.length > 1 && !STOPWORDS.has(fold(w)));
  // Each word costs a pass over its postings; past a dozen words a query is a paste, not a search.
  const kept = (meaningful.length ? meaningful : all).slice(0, MAX_WORDS);
  const typing = !/\s$/.test(q);
  const groups = kept.map((w, i) => groupFor(w, typing && i === kept.length - 1));
  const compounds =
    kept.length > 1 && kept.length <= 5 ? kept.slice(0, -1).map((w, i) => ({ at: i, group: groupFor(w + kept[i + 1], false, false) })) : [];
  return { groups, compounds, normalized: all.map(fold).join(' ') };
}
