// One product's review digest: star distribution, sentiment split, monthly trend, the aspects
// customers praise and complain about (counted, each with quotes and the ids of the reviews they
// come from) and a templated "customers say" line per shop language built only from those counts.
import type { Db } from '~/db/client.server';
import type { AspectMention, SentimentLabel } from '../analyze/types';
import { joinItems, phrasesFor } from './phrases';

export interface Quote {
  reviewId: string;
  text: string;
  language: string;
}

export interface AspectTally {
  aspect: string;
  count: number;
  quotes: Quote[];
}

export interface ProductSummaryData {
  productId: string;
  handle: string;
  reviews: number;
  averageRating: number | null;
  /** Counts of 1..5 stars. */
  distribution: [number, number, number, number, number];
  sentiment: Record<SentimentLabel, number>;
  trend: { month: string; reviews: number; score: number }[];
  pros: AspectTally[];
  cons: AspectTally[];
  says: Record<string, string>;
}

const MAX_QUOTES = 3;
const TOP_ASPECTS = 5;
// An aspect named by one review is an anecdote, not something "customers" say.
const MIN_MENTIONS = 2;
const TREND_MONTHS = 12;

export interface SummaryReview {
  id: string;
  productHandle: string;
  rating: number | null;
  sentiment: string;
  score: number;
  aspects: string;
  language: string;
  reviewedAt: Date;
  flagged: boolean;
}

export const SUMMARY_SELECT = { id: true, productHandle: true, rating: true, sentiment: true, score: true, aspects: true, language: true, reviewedAt: true, flagged: true } as const;

export async function buildProductSummary(db: Db, shop: string, productId: string, locales: string[]): Promise<ProductSummaryData> {
  const reviews = await db.review.findMany({ where: { shop, productId, published: true }, select: SUMMARY_SELECT });
  return summarize(productId, reviews, locales);
}

/** The digest of one product's published reviews (any order). */
export function summarize(productId: string, reviews: readonly SummaryReview[], locales: string[]): ProductSummaryData {
  const distribution: ProductSummaryData['distribution'] = [0, 0, 0, 0, 0];
  const sentiment: Record<SentimentLabel, number> = { positive: 0, neutral: 0, negative: 0 };
  const months = new Map<string, { reviews: number; scoreSum: number }>();
  const tallies = { positive: new Map<string, { count: number; quotes: (Quote & { strength: number })[] }>(), negative: new Map<string, { count: number; quotes: (Quote & { strength: number })[] }>() };
  let ratingSum = 0;
  let rated = 0;
  for (const r of reviews) {
    if (r.rating) {
      distribution[r.rating - 1]++;
      ratingSum += r.rating;
      rated++;
    }
    sentiment[r.sentiment as SentimentLabel]++;
    const month = r.reviewedAt.toISOString().slice(0, 7);
    const m = months.get(month) ?? { reviews: 0, scoreSum: 0 };
    m.reviews++;
    m.scoreSum += r.score;
    months.set(month, m);
    // Flagged reviews (spam, abuse, copies) count in the totals but are never quoted or tallied.
    if (r.flagged) continue;
    for (const a of JSON.parse(r.aspects) as AspectMention[]) {
      if (a.sentiment === 'neutral') continue;
      const map = tallies[a.sentiment];
      const t = map.get(a.aspect) ?? { count: 0, quotes: [] };
      t.count++;
      t.quotes.push({ reviewId: r.id, text: a.quote, language: r.language, strength: Math.abs(a.score) });
      map.set(a.aspect, t);
    }
  }
  const top = (map: typeof tallies.positive): AspectTally[] =>
    [...map]
      .filter(([, t]) => t.count >= MIN_MENTIONS)
      .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
      .slice(0, TOP_ASPECTS)
      .map(([aspect, t]) => ({
        aspect,
        count: t.count,
        quotes: t.quotes
          .sort((a, b) => b.strength - a.strength || a.text.length - b.text.length)
          .slice(0, MAX_QUOTES)
          .map(({ strength: _s, ...q }) => q),
      }));
  const pros = top(tallies.positive);
  const cons = top(tallies.negative);
  const averageRating = rated ? Math.round((ratingSum / rated) * 10) / 10 : null;
  const trend = [...months]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .slice(-TREND_MONTHS)
    .map(([month, m]) => ({ month, reviews: m.reviews, score: Math.round((m.scoreSum / m.reviews) * 100) / 100 }));
  const says: Record<string, string> = {};
  for (const locale of locales) says[locale] = customersSay(locale, reviews.length, averageRating, pros, cons, sentiment);
  return { productId, handle: reviews[0]?.productHandle ?? '', reviews: reviews.length, averageRating, distribution, sentiment, trend, pros, cons, says };
}

export function customersSay(locale: string, reviews: number, average: number | null, pros: AspectTally[], cons: AspectTally[], sentiment: Record<SentimentLabel, number>): string {
  if (reviews === 0) return '';
  const p = phrasesFor(locale);
  const name = (aspect: string) => p.aspects[aspect] ?? aspect.replace(/_/g, ' ');
  const avg = average == null ? null : average.toFixed(1);
  const parts = [p.basedOn(reviews, avg)];
  if (pros.length) parts.push(p.praise(joinItems(pros.slice(0, 3).map((t) => p.item(name(t.aspect), t.count)), locale)));
  else parts.push(p.noAspects(Math.round((sentiment.positive / reviews) * 100)));
  if (cons.length) parts.push(p.complain(joinItems(cons.slice(0, 2).map((t) => p.item(name(t.aspect), t.count)), locale)));
  return parts.join(' ');
}
