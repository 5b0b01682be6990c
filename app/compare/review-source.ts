// Review summaries for the comparison, from the reviews module's per-product digests (or the
// review app's star metafields when Aisle has no reviews of a product yet).
import type { Db } from '~/db/client.server';
import { reviewSummariesFor } from '~/reviews/summary/store';
import type { ReviewSource, ReviewSummary } from './types';

export function reviewsFromSummaries(db: Db): ReviewSource {
  return async (shop, handles, language) => {
    const views = await reviewSummariesFor(db, shop, handles, language);
    const out = new Map<string, ReviewSummary>();
    for (const [handle, v] of views) {
      if (!v.reviews && v.averageRating == null) continue;
      out.set(handle, { rating: v.averageRating, count: v.reviews, customersSay: v.says.trim() || null });
    }
    return out;
  };
}
