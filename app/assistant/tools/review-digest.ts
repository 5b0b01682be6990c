// What customers' reviews say about a product, in the shape the tools hand to the model and the
// local engine: counts and the "customers say" line are ours (built from counted aspects), the
// quotes are strangers' words and go out fenced as untrusted data, one quote per aspect so a
// claim can be traced to a review without flooding the context.
import { customersSay } from '~/reviews/summary/build-summary';
import { PHRASES } from '~/reviews/summary/phrases';
import { reviewSummaryFor, type ReviewSummaryView } from '~/reviews/summary/store';
import { asUntrustedData } from '~/safety/wrap-untrusted';
import type { ToolContext } from '../types';

const TOP_ASPECTS = 3;
const MAX_QUOTE = 200;

export interface AspectDigest {
  aspect: string;
  /** The aspect's name in the shopper's language ("fit and sizing", "rozmiar i krój"). */
  label: string;
  /** Unflagged reviews that praise (pros) or criticise (cons) it. */
  count: number;
  /** One customer's sentence about it, fenced; absent when the review had none to quote. */
  quote?: string;
}

export interface ReviewDigest {
  count: number;
  averageRating: number | null;
  /** Share of the reviews (0–100) read as positive / negative; null with star metafields only. */
  positivePercent: number | null;
  negativePercent: number | null;
  customersSay: string;
  pros: AspectDigest[];
  cons: AspectDigest[];
  /** "reviews": Aisle analysed them; "metafields": only the review app's star average and count. */
  source: ReviewSummaryView['source'];
}

function language(ctx: ToolContext): string {
  return ctx.shopper.language.toLowerCase().split(/[-_]/)[0];
}

function aspectLabel(aspect: string, lang: string): string {
  return (PHRASES[lang] ?? PHRASES.en).aspects[aspect] ?? aspect.replace(/_/g, ' ');
}

function clip(text: string): string {
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
}

function aspects(list: ReviewSummaryView['pros'], lang: string): AspectDigest[] {
  return list.slice(0, TOP_ASPECTS).map((a) => ({
    aspect: a.aspect,
    label: aspectLabel(a.aspect, lang),
    count: a.count,
    ...(a.quotes[0] ? { quote: asUntrustedData('customer review', clip(a.quotes[0].text)) } : {}),
  }));
}

function percent(part: number, whole: number): number {
  return whole ? Math.round((part / whole) * 100) : 0;
}

/** The digest of one product's reviews, or null when it has none (nor rating metafields). */
export async function reviewDigest(ctx: ToolContext, handle: string): Promise<ReviewDigest | null> {
  const lang = language(ctx);
  const view = await reviewSummaryFor(ctx.services.db, ctx.shop.shop, handle, lang);
  if (!view || (view.reviews === 0 && view.averageRating == null)) return null;
  const analysed = view.source === 'reviews';
  const total = view.sentiment.positive + view.sentiment.neutral + view.sentiment.negative;
  // The stored line is in the shop's languages; a shopper writing in another one we have words
  // for gets the same counts said in theirs.
  const says =
    analysed && PHRASES[lang] ? customersSay(lang, view.reviews, view.averageRating, view.pros, view.cons, view.sentiment) : view.says;
  return {
    count: view.reviews,
    averageRating: view.averageRating,
    positivePercent: analysed ? percent(view.sentiment.positive, total) : null,
    negativePercent: analysed ? percent(view.sentiment.negative, total) : null,
    customersSay: says,
    pros: aspects(view.pros, lang),
    cons: aspects(view.cons, lang),
    source: view.source,
  };
}
