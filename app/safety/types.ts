// Shapes shared by the screen's detectors and its combiner.

export type Category = 'abuse' | 'threat' | 'spam' | 'injection' | 'flooding';
export type Sensitivity = 'low' | 'standard' | 'high';
export type Verdict = 'allow' | 'flag' | 'block';

/** One piece of evidence a detector found. Weights of one category add up. */
export interface Signal {
  category: Category;
  weight: number;
  /** Short, stable, human-readable: "injection: instruction override (de)". */
  reason: string;
}

export interface ScreenContext {
  /** ISO 639-1 code of the message; detected when absent. */
  language?: string;
  sensitivity?: Sensitivity;
  /** The shop's own domains: links to them are never spam. */
  shopDomains?: string[];
}

export interface ScreenResult {
  verdict: Verdict;
  /** Categories whose evidence reached the flag threshold, strongest first. */
  categories: Category[];
  reasons: string[];
  /** 0..1: strongest category's evidence relative to the block threshold (1 = blocks). */
  score: number;
  /** The message with invisible characters, fake role tags and floods removed, when that changed it. */
  sanitized?: string;
}

/** The views of one message that detectors match against, computed once per message. */
export interface NormalizedText {
  /** NFKC, invisible/control characters removed, Cyrillic look-alikes in Latin words mapped. Case kept. */
  clean: string;
  /** `clean` lower-cased. */
  lower: string;
  /** `lower` without diacritics (ł→l, ß→ss): "zabiję cię" and "zabije cie" read the same. */
  folded: string;
  /** `folded` with leetspeak undone, spaced-out letters joined and letter floods collapsed. */
  squeezed: string;
  /** Length of the whole message; the views above may cover only its beginning. */
  length: number;
}

export interface DetectorContext {
  /** ISO 639-1 code the message was judged to be in. */
  language: string;
  shopDomains: readonly string[];
}

export type Detector = (text: NormalizedText, ctx: DetectorContext) => Signal[];
