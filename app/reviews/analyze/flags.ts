// Signals that a review is spam, abusive, fake or aimed at the AI. Text signals reuse the chat
// safety screen's detectors (the same word lists, link and injection rules); the others compare a review with its rating
// and with the other reviews of the shop.
import { createHash } from 'node:crypto';
import { createAbuseDetector } from '~/safety/abuse';
import { createInjectionDetector } from '~/safety/injection';
import { normalizeText } from '~/safety/normalize';
import { createSpamDetector } from '~/safety/spam';
import type { ReviewFlag } from './types';

// The screen's "flag" threshold at standard sensitivity.
const SIGNAL_THRESHOLD = 0.45;
/** Stars and text this far apart: a five-star rant or a one-star rave, typical of paid reviews. */
const MISMATCH_SCORE = 0.5;
// Generic one-liners ("Great product!") repeat honestly across products; only longer texts that
// repeat word for word suggest copy-paste reviews.
const DUPLICATE_MIN_WORDS = 6;
/** This many reviews by one reviewer within the window is a burst. */
export const BURST_COUNT = 5;
export const BURST_WINDOW_MS = 24 * 3600_000;

export interface TextFlagInput {
  text: string;
  language: string;
  rating?: number | null;
  score: number;
  shopDomains?: readonly string[];
}

export function createTextFlagger() {
  const spam = createSpamDetector();
  const abuse = createAbuseDetector();
  const injection = createInjectionDetector();
  return function textFlags(input: TextFlagInput): ReviewFlag[] {
    const flags: ReviewFlag[] = [];
    const normalized = normalizeText(input.text);
    const ctx = { language: input.language, shopDomains: input.shopDomains ?? [] };
    const spamSignals = spam(normalized, ctx);
    if (spamSignals.some((s) => s.reason.includes('link'))) flags.push('link_spam');
    else if (spamSignals.reduce((sum, s) => sum + s.weight, 0) >= SIGNAL_THRESHOLD) flags.push('spam');
    if (abuse(normalized, ctx).reduce((sum, s) => sum + s.weight, 0) >= SIGNAL_THRESHOLD) flags.push('profanity');
    // Text aimed at the assistant that will read the review ("ignore previous instructions…"):
    // never a customer's opinion, so kept out of quotes like spam, and shown to the merchant.
    if (injection(normalized, ctx).reduce((sum, s) => sum + s.weight, 0) >= SIGNAL_THRESHOLD) flags.push('injection');
    const { rating, score } = input;
    if (rating != null && ((rating >= 4 && score <= -MISMATCH_SCORE) || (rating <= 2 && score >= MISMATCH_SCORE))) {
      flags.push('rating_mismatch');
    }
    return flags;
  };
}

/**
 * A fingerprint of a review's wording (letters and digits only, lower-cased), or null when the
 * text is too short for a repeat to mean anything. Stored with each review so duplicates across
 * products are one indexed lookup.
 */
export function contentFingerprint(text: string): string | null {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < DUPLICATE_MIN_WORDS) return null;
  return createHash('sha1').update(words.join(' ')).digest('base64url').slice(0, 22);
}

export interface BatchReview {
  index: number;
  product: string;
  fingerprint: string | null;
  reviewer?: string | null;
  createdAt?: Date | null;
}

/**
 * Flags that need the other reviews: the same wording under a different product, and one
 * reviewer posting many reviews within a day. Returns flags by the reviews' `index`.
 */
export function batchFlags(reviews: readonly BatchReview[]): Map<number, ReviewFlag[]> {
  const out = new Map<number, ReviewFlag[]>();
  const add = (index: number, flag: ReviewFlag) => {
    const list = out.get(index) ?? [];
    if (!list.includes(flag)) list.push(flag);
    out.set(index, list);
  };
  const byFingerprint = new Map<string, BatchReview[]>();
  for (const r of reviews) {
    if (!r.fingerprint) continue;
    const group = byFingerprint.get(r.fingerprint) ?? [];
    group.push(r);
    byFingerprint.set(r.fingerprint, group);
  }
  for (const group of byFingerprint.values()) {
    if (new Set(group.map((r) => r.product)).size > 1) for (const r of group) add(r.index, 'duplicate');
  }
  const byReviewer = new Map<string, BatchReview[]>();
  for (const r of reviews) {
    const who = r.reviewer?.trim().toLowerCase();
    if (!who || !r.createdAt) continue;
    const list = byReviewer.get(who) ?? [];
    list.push(r);
    byReviewer.set(who, list);
  }
  for (const list of byReviewer.values()) {
    if (list.length < BURST_COUNT) continue;
    list.sort((a, b) => a.createdAt!.getTime() - b.createdAt!.getTime());
    for (let i = 0, j = 0; j < list.length; j++) {
      while (list[j].createdAt!.getTime() - list[i].createdAt!.getTime() > BURST_WINDOW_MS) i++;
      if (j - i + 1 >= BURST_COUNT) for (let k = i; k <= j; k++) add(list[k].index, 'reviewer_burst');
    }
  }
  return out;
}
