// Which passages answer a question. A shop has a few dozen passages, so each question is scored
// against all of them directly: every meaningful word of the question counts once (matched as
// written, by any of its stems in the five languages — the catalog search's folding and stemmers —
// or, for long words, with one typo), weighted by how rare it is among the passages, a little more
// in a title. A passage must match two of the question's words (its only word, for a one-word
// question) to count: one shared word ("sell", "order") is not an answer. Question words ("can", "how", "czy", "wie") are dropped
// first: every FAQ entry has them.
import { QUERY_LANGUAGES, stems } from '~/catalog/search/stemmers';
import { fold, STOPWORDS, words } from '~/catalog/search/text';
import type { Passage } from './passages';

// prettier-ignore
const QUESTION_WORDS = new Set(
  [
    // en
    'you', 'your', 'yours', 'we', 'our', 'us', 'it', 'its', 'can', 'could', 'do', 'does', 'did', 'what', 'how', 'when', 'where', 'which', 'who', 'why',
    'are', 'was', 'be', 'have', 'has', 'will', 'would', 'should', 'there', 'this', 'that', 'if', 'at', 'by', 'from', 'as', 'so', 'get', 'please', 'about',
    'much', 'many', 'long', 'one', 'ones', 'all', 'more', 'need', 'want', 'like', 'just', 'also', 'im', 'not', 'no', 'yes',
    // pl
    'czy', 'jak', 'jaki', 'jaka', 'jakie', 'co', 'gdzie', 'kiedy', 'ile', 'moge', 'mozna', 'jest', 'sa', 'mam', 'macie', 'wy', 'ja', 'mi', 'sie', 'to', 'po', 'o',
    'za', 'od', 'prosze', 'nie', 'tak',
    // de
    'ich', 'sie', 'wir', 'ihr', 'es', 'kann', 'konnen', 'wie', 'was', 'wo', 'wann', 'welche', 'ist', 'sind', 'habe', 'haben', 'habt', 'gibt', 'bei', 'von', 'auf',
    'bitte', 'lange', 'viel', 'nicht', 'ja', 'nein',
    // es
    'puedo', 'puede', 'pueden', 'como', 'que', 'donde', 'cuando', 'cual', 'es', 'son', 'tienen', 'tengo', 'hay', 'se', 'me', 'mi', 'su', 'sus', 'ustedes', 'por',
    'favor', 'cuanto', 'no', 'si',
    // fr
    'je', 'vous', 'nous', 'est', 'sont', 'comment', 'quoi', 'qui', 'ou', 'quand', 'quel', 'quelle', 'puis', 'peux', 'pouvez', 'avez', 'ai', 'il', 'y', 'a', 'ce',
    'ca', 'combien', 'votre', 'vos', 'mon', 'ma', 'mes', 'ne', 'pas', 'oui',
  ].map(fold),
);

const TYPO_MIN_LENGTH = 6;
const TITLE_BOOST = 1.5;

interface WordForms {
  /** The word folded, as written. */
  word: string;
  /** The word and its stems in every supported language. */
  forms: Set<string>;
}

/** The meaningful words of a text, each with the forms it may appear under. */
export function meaningfulWords(text: string): WordForms[] {
  const out = new Map<string, WordForms>();
  for (const raw of words(text)) {
    const word = fold(raw);
    if (word.length < 2 || STOPWORDS.has(word) || QUESTION_WORDS.has(word) || out.has(word)) continue;
    const forms = new Set([word]);
    for (const language of QUERY_LANGUAGES) for (const s of stems(raw, language)) if (s.length > 2) forms.add(s);
    out.set(word, { word, forms });
  }
  return [...out.values()];
}

/** Edit distance at most one (one letter added, dropped or changed). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

interface IndexedText {
  forms: Set<string>;
  longWords: string[];
}

function indexText(text: string): IndexedText {
  const ws = meaningfulWords(text);
  return { forms: new Set(ws.flatMap((w) => [...w.forms])), longWords: ws.map((w) => w.word).filter((w) => w.length >= TYPO_MIN_LENGTH) };
}

function contains(text: IndexedText, q: WordForms): boolean {
  for (const f of q.forms) if (text.forms.has(f)) return true;
  return q.word.length >= TYPO_MIN_LENGTH && text.longWords.some((w) => withinOneEdit(w, q.word));
}

/** Passages that answer the question, best first; none when nothing does. */
export function rankPassages(passages: Passage[], question: string, limit: number): Passage[] {
  const query = meaningfulWords(question);
  if (query.length === 0 || passages.length === 0) return [];
  const indexed = passages.map((p) => ({ p, title: indexText(p.title), text: indexText(p.text) }));
  const hits: number[][] = indexed.map((x) => query.map((q) => (contains(x.title, q) ? TITLE_BOOST : contains(x.text, q) ? 1 : 0)));
  // Rarer words say more: "engraved" picks one passage, "order" half of them.
  const idf = query.map((_, k) => Math.log(1 + passages.length / Math.max(1, hits.filter((h) => h[k] > 0).length)));
  const needed = Math.min(2, query.length);
  return indexed
    .map((x, i) => ({ p: x.p, matched: hits[i].filter((h) => h > 0).length, score: hits[i].reduce((sum, h, k) => sum + h * idf[k], 0) }))
    .filter((s) => s.matched >= needed)
    .sort((a, b) => b.score - a.score || a.p.order - b.p.order)
    .slice(0, limit)
    .map((s) => s.p);
}
