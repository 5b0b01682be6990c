// Shopify's standard review metafields (reviews.rating, reviews.rating_count), which review apps
// write on each product and catalog sync stores in Product.metafields. They give a star average
// and a count even for shops whose reviews were never imported into Aisle.
import { z } from 'zod';
import type { CatalogMetafield } from '~/catalog/types';

const RatingValue = z.object({ value: z.coerce.number(), scale_min: z.coerce.number().default(1), scale_max: z.coerce.number().default(5) });

export interface MetafieldRating {
  /** Rescaled to 1..5. */
  averageRating: number;
  ratingCount: number | null;
}

export function ratingFromMetafields(metafields: readonly CatalogMetafield[]): MetafieldRating | null {
  const rating = metafields.find((m) => m.namespace === 'reviews' && m.key === 'rating');
  if (!rating) return null;
  let parsed;
  try {
    parsed = RatingValue.safeParse(JSON.parse(rating.value));
  } catch {
    return null;
  }
  if (!parsed.success) return null;
  const { value, scale_min: min, scale_max: max } = parsed.data;
  if (!(max > min) || value < min || value > max) return null;
  const averageRating = Math.round((1 + ((value - min) / (max - min)) * 4) * 10) / 10;
  const countField = metafields.find((m) => m.namespace === 'reviews' && m.key === 'rating_count');
  const count = countField ? Number.parseInt(countField.value, 10) : NaN;
  return { averageRating, ratingCount: Number.isFinite(count) && count >= 0 ? count : null };
}
