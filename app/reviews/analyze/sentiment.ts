// Lexicon sentiment for reviews, in the manner of VADER (Hutto & Gilbert, 2014): word valences,
// flipped by a negator shortly before, scaled by boosters ("very") and dampeners ("a bit"); in a
// sentence with "but", what follows outweighs what precedes. Phrases are matched before words, so
// "runs small" and "not worth" score as complaints whatever their words score alone.
import { lexiconFor, type CompiledLexicon } from './lexicons';
import type { Sentence } from './text';
import type { SentimentLabel } from './types';

const NEGATION_SCALE = -0.74;
const NEGATION_WINDOW = 3;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
const EXCLAMATION_BONUS = 0.3;
// The valence of a counterpoint with no lexicon word of its own: about that of "issue" (0.8).
const IMPLICIT_COUNTERPOINT = 0.8;
// Normalises a sum of valences into -1..1 (VADER's alpha): one strong word ≈ ±0.6.
const ALPHA = 15;
/** Scores at or beyond these are positive / negative; between is neutral. */
export const POSITIVE_FROM = 0.3;
export const NEGATIVE_FROM = -0.3;

export interface Hit {
  start: number;
  end: number;
  /** Valence after negation, modifiers and the contrast weight. */
  value: number;
}

export interface ScoredSentence {
  sentence: Sentence;
  hits: Hit[];
  /** Token index where the clause after a contrast word begins, or 0 when there is none. */
  clauseBreak: number;
  sum: number;
}

export interface TextSentiment {
  label: SentimentLabel;
  /** -1..1 */
  score: number;
  sentences: ScoredSentence[];
}

/**
 * Where the last contrast word inside the sentence starts and ends. One that opens or closes the
 * sentence ("However, the cuffs are tight." "Runs large, though.") splits nothing: the sentence
 * is itself the reservation to what came before, and all of it counts as the clause after.
 */
function findContrast(lex: CompiledLexicon, tokens: readonly string[]): { at: number; after: number } | null {
  let inside: { at: number; after: number } | null = null;
  let atEdge = false;
  for (let i = 0; i < tokens.length; i++) {
    const m = lex.contrast.matchAt(tokens, i);
    if (!m) continue;
    if (m.start === 0 || m.end >= tokens.length) atEdge = true;
    else inside = { at: m.start, after: m.end };
  }
  return inside ?? (atEdge ? { at: 0, after: 0 } : null);
}

function isNegator(lex: CompiledLexicon, tokens: readonly string[], at: number): boolean {
  return lex.negators.matchAt(tokens, at) !== null;
}

export function scoreSentence(lex: CompiledLexicon, sentence: Sentence): ScoredSentence {
  const { tokens } = sentence;
  const contrast = findContrast(lex, tokens);
  const raw: { start: number; end: number; valence: number }[] = [];
  // Where a wish's clause runs: praise inside it is what the product lacks, not what it has.
  let wishFrom = -1;
  let wishTo = -1;
  for (let i = 0; i < tokens.length; ) {
    const wish = wishFrom < 0 ? lex.wishes.matchAt(tokens, i) : null;
    if (wish) {
      wishFrom = wish.end;
      wishTo = contrast && contrast.at >= wish.end ? contrast.at : tokens.length;
    }
    const m = lex.valences.matchAt(tokens, i);
    const phrase = m && m.end - m.start > 1;
    // Modifiers and negators shape the next word rather than carry sentiment themselves
    // ("so", "pretty", "no"), unless they open a phrase ("no complaints", "too small").
    if (!phrase && (lex.modifiers.matchAt(tokens, i) || isNegator(lex, tokens, i))) {
      i++;
      continue;
    }
    if (m) {
      raw.push({ start: m.start, end: m.end, valence: m.payload });
      i = m.end;
    } else i++;
  }

  const hits: Hit[] = raw.map((h, index) => {
    let value = h.valence;
    const clauseStart = contrast && h.start >= contrast.after ? contrast.after : 0;
    // Any negator counts once: French "ne … pas" and Polish "nie … nigdy" are one negation, not two,
    // and a phrase that opens with its own ("not great", "n'est pas terrible", "nunca llegó … no
    // responden") is not flipped again by one before it.
    const ownNegation = h.end - h.start > 1 && isNegator(lex, tokens, h.start);
    let negated = false;
    for (let k = Math.max(clauseStart, h.start - NEGATION_WINDOW); k < h.start && !ownNegation; k++) if (isNegator(lex, tokens, k)) negated = true;
    if (!negated && !ownNegation) {
      // German-style negation after the word: "passt nicht", unless "nicht" opens the next hit or
      // a conjunction starts another clause first ("unfreundlich und hat nicht geholfen").
      const next = raw[index + 1];
      for (let k = h.end; k < Math.min(tokens.length, h.end + NEGATION_WINDOW); k++) {
        if (lex.clauseJoiners.matchAt(tokens, k)) break;
        if (lex.postNegators.matchAt(tokens, k) && !(next && next.start <= k + 2)) {
          negated = true;
          break;
        }
      }
    }
    if (negated) value *= NEGATION_SCALE;
    for (let k = h.start - 1; k >= Math.max(0, h.start - 2); k--) {
      const mod = lex.modifiers.matchAt(tokens, k);
      if (!mod) break;
      value *= 1 + mod.payload;
    }
    if (contrast) value *= h.start < contrast.at ? BEFORE_CONTRAST : AFTER_CONTRAST;
    return { start: h.start, end: h.end, value };
  }).filter((h) => !(h.value > 0 && h.start >= wishFrom && h.start < wishTo));

  // "Comfy, but I'd size up": a contrast after praise announces a reservation even when its
  // clause has no lexicon word, and one after a complaint a concession ("broke, but I still use
  // it"). The clause after the contrast then counts as a mild word of the opposite sign.
  if (contrast && contrast.after > 0 && contrast.after < tokens.length && !hits.some((h) => h.start >= contrast.after)) {
    const before = hits.reduce((s, h) => s + h.value, 0);
    if (before !== 0) hits.push({ start: contrast.after, end: contrast.after, value: -Math.sign(before) * IMPLICIT_COUNTERPOINT * AFTER_CONTRAST });
  }

  let sum = hits.reduce((s, h) => s + h.value, 0);
  if (sum !== 0) sum += Math.sign(sum) * EXCLAMATION_BONUS * sentence.exclamations;
  return { sentence, hits, clauseBreak: contrast?.after ?? 0, sum };
}

export function normalizeScore(sum: number): number {
  return sum / Math.sqrt(sum * sum + ALPHA);
}

/**
 * A review that praises and complains in comparable measure ("comfy, but the seams came apart")
 * is mixed: neutral, whatever side its sum leans to. Comparable means the weaker side is at least
 * this share of the stronger one.
 */
export const MIXED_RATIO = 1 / 3;

export function labelFor(score: number, praise = 0, complaint = 0): SentimentLabel {
  const weaker = Math.min(praise, complaint);
  if (weaker > 0 && weaker >= MIXED_RATIO * Math.max(praise, complaint)) return 'neutral';
  return score >= POSITIVE_FROM ? 'positive' : score <= NEGATIVE_FROM ? 'negative' : 'neutral';
}

export function scoreSentences(language: string, sentences: Sentence[]): TextSentiment {
  const lex = lexiconFor(language);
  const scored = sentences.map((s) => scoreSentence(lex, s));
  const score = round3(normalizeScore(scored.reduce((s, x) => s + x.sum, 0)));
  let praise = 0;
  let complaint = 0;
  for (const s of scored) for (const h of s.hits) if (h.value > 0) praise += h.value; else complaint -= h.value;
  return { label: labelFor(score, praise, complaint), score, sentences: scored };
}

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
