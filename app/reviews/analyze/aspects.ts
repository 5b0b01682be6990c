// Which aspects a review talks about, and how it feels about each: the sentiment of the clause
// that names the aspect (after "but" a new clause starts), or of its sentence when that clause
// carries no sentiment word of its own.
import { ASPECT_TERMS } from './aspect-terms';
import { normalizeScore, labelFor, round3, type ScoredSentence } from './sentiment';
import { createTermIndex, type TermIndex } from './term-index';
import type { AspectMention, CustomAspect } from './types';

const MAX_QUOTE_CHARS = 240;

export function compileAspects(language: string, custom: readonly CustomAspect[] = []): TermIndex<string> {
  const builtIn = ASPECT_TERMS[language] ?? ASPECT_TERMS.en;
  const entries: [string, string][] = [];
  for (const [aspect, terms] of Object.entries(builtIn)) for (const term of terms) entries.push([term, aspect]);
  // Merchant terms last: they win where they reuse a built-in word.
  for (const aspect of custom) for (const term of aspect.terms) entries.push([term, aspect.name]);
  return createTermIndex(entries);
}

function quoteOf(text: string): string {
  return text.length <= MAX_QUOTE_CHARS ? text : `${text.slice(0, MAX_QUOTE_CHARS - 1).trimEnd()}…`;
}

export function findAspects(index: TermIndex<string>, sentences: readonly ScoredSentence[]): AspectMention[] {
  const best = new Map<string, AspectMention>();
  for (const s of sentences) {
    for (const m of index.matchAll(s.sentence.tokens)) {
      const afterBreak = s.clauseBreak > 0 && m.start >= s.clauseBreak;
      const inClause = s.hits.filter((h) => (s.clauseBreak === 0 ? true : h.start >= s.clauseBreak === afterBreak));
      const clauseSum = inClause.reduce((sum, h) => sum + h.value, 0);
      const score = round3(normalizeScore(clauseSum !== 0 ? clauseSum : s.sum));
      const mention: AspectMention = { aspect: m.payload, sentiment: labelFor(score), score, quote: quoteOf(s.sentence.text) };
      const previous = best.get(m.payload);
      // One mention per aspect per review: the most opinionated one is the best evidence.
      if (!previous || Math.abs(score) > Math.abs(previous.score)) best.set(m.payload, mention);
    }
  }
  return [...best.values()];
}
