// Shapes of the per-review analysis: what an import stores, the CLI prints and the report reads.

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

/** Built-in aspects; merchants add their own names (see `CustomAspect`). */
export const BUILT_IN_ASPECTS = [
  'quality',
  'fit_sizing',
  'shipping',
  'price_value',
  'customer_service',
  'packaging',
  'durability',
] as const;
export type BuiltInAspect = (typeof BUILT_IN_ASPECTS)[number];

/** A merchant-defined aspect: a name and the words that mention it, in any of the shop's languages. */
export interface CustomAspect {
  name: string;
  /** Words or phrases; a trailing `*` matches any ending ("zipper*" → "zippers"). */
  terms: string[];
}

export interface AspectMention {
  aspect: string;
  sentiment: SentimentLabel;
  /** -1..1, the sentiment of the clauses that mention the aspect. */
  score: number;
  /** The sentence that mentions it, as written (trimmed): the evidence for pros/cons. */
  quote: string;
}

export type ReviewFlag =
  | 'link_spam'
  | 'spam'
  | 'profanity'
  | 'injection'
  | 'duplicate'
  | 'rating_mismatch'
  | 'reviewer_burst';

export interface ReviewText {
  /** Stable id of the review (the review app's, or derived from its content). */
  id: string;
  title?: string | null;
  body: string;
  /** 1..5 stars when known; only the fake signals use it, never the sentiment. */
  rating?: number | null;
}

export interface ReviewAnalysis {
  id: string;
  /** ISO 639-1 code. */
  language: string;
  sentiment: SentimentLabel;
  /** -1 (very negative) .. 1 (very positive). */
  score: number;
  aspects: AspectMention[];
  flags: ReviewFlag[];
}
