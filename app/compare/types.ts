// The comparison the storefront's compare block renders (GET /proxy/compare): the products in the
// public product shape plus their review summary, one row per attribute with `differs` marking the
// rows worth highlighting, and a short "which one for whom" built only from these facts.
import type { ProductView } from '~/catalog/types';

/** What reviews say about a product; null until the shop has reviews for it. */
export interface ReviewSummary {
  /** Average stars, 1–5; null when the reviews carry no star ratings. */
  rating: number | null;
  count: number;
  /** One line of what reviewers say, in the shopper's language when available. */
  customersSay: string | null;
}

export interface ComparedProduct extends ProductView {
  rating: { value: number; count: number } | null;
  customersSay: string | null;
}

/** Row groups, so a merchant can choose which attributes the block shows. */
export type RowGroup = 'price' | 'availability' | 'option' | 'vendor' | 'type' | 'attribute' | 'tags';

export interface ComparisonRow {
  /** Stable across languages: "price", "option:Size", "attribute:material"… */
  key: string;
  group: RowGroup;
  /** Label in the shopper's language (attribute and option names stay as the merchant wrote them). */
  attribute: string;
  /** `values[i]` belongs to `products[i]`; null when that product has nothing for the row. */
  values: (string | null)[];
  differs: boolean;
}

export interface WhoFor {
  handle: string;
  title: string;
  /** Short phrases in the shopper's language, e.g. "the lowest price ($20.00)". */
  points: string[];
}

export interface ProductComparison {
  language: string;
  products: ComparedProduct[];
  rows: ComparisonRow[];
  summary: WhoFor[];
  /** Handles asked for that are not live products of this shop. */
  missing: string[];
}

/** Where review summaries come from (the reviews module, once a shop has reviews). */
export type ReviewSource = (shop: string, handles: string[], language: string) => Promise<Map<string, ReviewSummary>>;

export const noReviews: ReviewSource = async () => new Map();
