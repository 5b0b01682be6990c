// One review in, its analysis out: language, sentiment with a score, aspects with evidence, and
// text flags. Offline and synchronous; the same function serves imports, the push endpoint and
// `npm run reviews -- analyze`. Flags that need the other reviews (duplicates, bursts) are added
// by the caller with `batchFlags`.
import { detectLanguage } from '~/lang/detect';
import { compileAspects, findAspects } from './aspects';
import { createTextFlagger } from './flags';
import { SUPPORTED_LANGUAGES } from './lexicons';
import { scoreSentences } from './sentiment';
import { splitSentences } from './text';
import type { TermIndex } from './term-index';
import type { CustomAspect, ReviewAnalysis, ReviewText, SentimentLabel } from './types';

export interface AnalyzerOptions {
  /** Languages a review may be in (the shop's); defaults to the five with lexicons. */
  languages?: string[];
  customAspects?: CustomAspect[];
  /** The shop's own domains: links to them are not link spam. */
  shopDomains?: string[];
}

export interface AnalyzeContext {
  /** The shop's or storefront's language, used when the text is too short to tell. */
  languageHint?: string;
}

export type ReviewAnalyzer = (review: ReviewText, ctx?: AnalyzeContext) => ReviewAnalysis;

export function reviewText(review: Pick<ReviewText, 'title' | 'body'>): string {
  const title = review.title?.trim();
  const body = review.body.trim();
  // Review apps often repeat the body's opening words as the title: count them once.
  if (!title || body.toLowerCase().startsWith(title.toLowerCase().replace(/[.!…\s]+$/u, ''))) return body;
  return /[.!?…]$/u.test(title) ? `${title} ${body}` : `${title}. ${body}`;
}

/**
 * The sentiment of any short text in a language with a lexicon (a shopper's chat messages, say),
 * by the same rules as reviews; null for other languages.
 */
export function textSentiment(text: string, language: string): { label: SentimentLabel; score: number } | null {
  if (!SUPPORTED_LANGUAGES.includes(language)) return null;
  const { label, score } = scoreSentences(language, splitSentences(text, language));
  return { label, score };
}

export function createReviewAnalyzer(options: AnalyzerOptions = {}): ReviewAnalyzer {
  const languages = options.languages?.length ? options.languages : SUPPORTED_LANGUAGES;
  const textFlags = createTextFlagger();
  const aspectIndexes = new Map<string, TermIndex<string>>();
  const aspectsFor = (language: string) => {
    let index = aspectIndexes.get(language);
    if (!index) {
      index = compileAspects(language, options.customAspects);
      aspectIndexes.set(language, index);
    }
    return index;
  };

  return function analyze(review, ctx = {}) {
    const text = reviewText(review);
    const { language } = detectLanguage(text, { allowed: languages, hint: ctx.languageHint });
    const sentences = splitSentences(text, language);
    const sentiment = scoreSentences(language, sentences);
    return {
      id: review.id,
      language,
      sentiment: sentiment.label,
      score: sentiment.score,
      aspects: findAspects(aspectsFor(language), sentiment.sentences),
      flags: textFlags({ text, language, rating: review.rating, score: sentiment.score, shopDomains: options.shopDomains }),
    };
  };
}
