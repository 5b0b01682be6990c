// Scores for "similar" and "related" picks. Deliberately simple and explainable: shared product
// type weighs most, then shared tags and collections, then vendor and a similar price.
import type { Candidate } from './candidates';

/** Elements in common, ignoring case (merchants tag "Summer" and "summer" alike). */
function shared(a: string[], b: string[]): number {
  const set = new Set(a.map((x) => x.toLowerCase()));
  return new Set(b.map((x) => x.toLowerCase()).filter((x) => set.has(x))).size;
}

/** How alike two products are, for "more like this". */
export function similarity(basis: Candidate, c: Candidate): number {
  let score = 0;
  if (basis.productType && c.productType === basis.productType) score += 4;
  score += 1.5 * Math.min(shared(basis.tags, c.tags), 4);
  score += 1.5 * Math.min(shared(basis.collections, c.collections), 3);
  if (basis.vendor && c.vendor === basis.vendor) score += 1;
  const low = Math.min(basis.priceMin, c.priceMin);
  const high = Math.max(basis.priceMin, c.priceMin);
  const ratio = high > 0 ? low / high : 1;
  if (ratio >= 0.7) score += 2;
  else if (ratio >= 0.5) score += 1;
  return score;
}

/** How well `c` goes with `basis` without being the same kind of thing, for "complete the look". */
export function relatedness(basis: Candidate, c: Candidate): number {
  if (basis.productType && c.productType === basis.productType) return 0;
  return (
    2 * Math.min(shared(basis.collections, c.collections), 3) +
    1.5 * Math.min(shared(basis.tags, c.tags), 4) +
    (basis.vendor && c.vendor === basis.vendor ? 0.5 : 0)
  );
}

/** Best first, products that can be bought now ahead of the rest; below `minScore` is left out. */
export function pick(candidates: Candidate[], score: (c: Candidate) => number, limit: number, minScore: number): Candidate[] {
  return candidates
    .map((c) => ({ c, s: score(c) }))
    .filter((x) => x.s >= minScore)
    .sort((a, b) => Number(b.c.available) - Number(a.c.available) || b.s - a.s || a.c.handle.localeCompare(b.c.handle))
    .slice(0, limit)
    .map((x) => x.c);
}
