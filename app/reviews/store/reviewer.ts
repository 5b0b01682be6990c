// Reviewers are recognised across reviews by a salted hash of their e-mail, never the address:
// enough to spot one person posting a burst of reviews, and nothing a leak could reveal.
import { createHash } from 'node:crypto';

export function reviewerHash(shop: string, email: string | null | undefined): string | null {
  const e = email?.trim().toLowerCase();
  return e ? createHash('sha256').update(`${shop}\u0000${e}`).digest('hex').slice(0, 32) : null;
}

/** The key that makes a re-import change nothing: same product, reviewer, words and stars. */
export function dedupeKey(parts: { productId: string; reviewer: string; body: string; rating: number | null }): string {
  const words = (parts.body.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  return createHash('sha256').update([parts.productId, parts.reviewer.trim().toLowerCase(), words, parts.rating ?? ''].join('\u0000')).digest('base64url').slice(0, 32);
}
