// Recommendations, as handles of live products of the shop (the caller turns them into cards):
// - similar: same type, tags, collections, vendor, price band;
// - complements: what other shoppers bought with it (CoPurchase), else related products of other
//   types that share its collections or tags;
// - for a customer: what goes with what they bought before, then more like it, never what they
//   already have.
import type { Db } from '~/db/client.server';
import { candidatesByHandle, relatedCandidates, type Candidate } from './candidates';
import { boughtTogether } from './co-purchase';
import { pick, relatedness, similarity } from './rank';

export type RecommendationBasis = 'similar' | 'bought_together' | 'related' | 'your_orders';

export interface Recommendations {
  basis: RecommendationBasis;
  handles: string[];
}

const MIN_SIMILARITY = 2;
const MIN_RELATEDNESS = 1.5;

const availableFirst = (cs: Candidate[]) => [...cs].sort((a, b) => Number(b.available) - Number(a.available));

export async function similarTo(
  db: Db,
  shop: string,
  handle: string,
  limit: number,
  exclude: string[] = [],
): Promise<Recommendations | null> {
  const [basis] = await candidatesByHandle(db, shop, [handle]);
  if (!basis) return null;
  const pool = await relatedCandidates(db, shop, basis, new Set(exclude));
  return { basis: 'similar', handles: pick(pool, (c) => similarity(basis, c), limit, MIN_SIMILARITY).map((c) => c.handle) };
}

export async function complementsOf(
  db: Db,
  shop: string,
  handle: string,
  limit: number,
  exclude: string[] = [],
): Promise<Recommendations | null> {
  const [basis] = await candidatesByHandle(db, shop, [handle]);
  if (!basis) return null;
  const together = await boughtTogether(db, shop, [handle], { exclude, limit: limit * 3 });
  // Count order is kept among products that can be bought; sold-out ones go last.
  const bought = availableFirst(
    await candidatesByHandle(
      db,
      shop,
      together.map((t) => t.handle),
    ),
  ).slice(0, limit);
  if (bought.length > 0) return { basis: 'bought_together', handles: bought.map((c) => c.handle) };
  const pool = await relatedCandidates(db, shop, basis, new Set(exclude));
  const related = pick(pool, (c) => relatedness(basis, c), limit, MIN_RELATEDNESS).map((c) => c.handle);
  // A product that shares nothing with other kinds of products: its own kind is the best guess.
  if (related.length < limit) {
    for (const c of pick(pool, (x) => similarity(basis, x), limit, MIN_SIMILARITY))
      if (related.length < limit && !related.includes(c.handle)) related.push(c.handle);
  }
  return { basis: 'related', handles: related };
}

/** For a customer who bought `purchased` (newest first). */
export async function forPurchases(db: Db, shop: string, purchased: string[], limit: number): Promise<Recommendations> {
  const together = await boughtTogether(db, shop, purchased, { exclude: purchased, limit: limit * 3 });
  const picks = availableFirst(
    await candidatesByHandle(
      db,
      shop,
      together.map((t) => t.handle),
    ),
  )
    .filter((c) => c.available)
    .map((c) => c.handle)
    .slice(0, limit);
  // Top up with products like their most recent purchases.
  for (const handle of purchased.slice(0, 3)) {
    if (picks.length >= limit) break;
    const more = await similarTo(db, shop, handle, limit, [...purchased, ...picks]);
    for (const h of more?.handles ?? []) if (picks.length < limit && !picks.includes(h)) picks.push(h);
  }
  return { basis: 'your_orders', handles: picks };
}
