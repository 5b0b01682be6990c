// Least-recently-used cache of shop indexes, bounded by the total number of documents held (the
// thing that costs memory), not by the number of shops: one 100,000-product shop weighs as much as
// a hundred small ones.
import type { ShopIndex } from './shop-index';

export interface CachedIndex {
  index: ShopIndex;
  /** Shop.catalogVersion this index reflects: every product row up to it is applied. */
  version: number;
}

export interface IndexCache {
  get(shop: string): CachedIndex | undefined;
  /** Stores (or re-weighs after a catch-up) a shop's index and evicts others beyond the budget. */
  put(shop: string, entry: CachedIndex): void;
  delete(shop: string): void;
  entries(): [string, CachedIndex][];
  readonly totalDocs: number;
  readonly evictions: number;
}

export function createIndexCache(maxDocs: number): IndexCache {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const entries = new Map<string, CachedIndex>();
  let evictions = 0;

  const totalDocs = () => {
    let n = 0;
    for (const e of entries.values()) n += e.index.size;
    return n;
  };

  return {
    get(shop) {
      const entry = entries.get(shop);
      if (entry) {
        entries.delete(shop);
        entries.set(shop, entry);
      }
      return entry;
    },
    put(shop, entry) {
      entries.delete(shop);
      entries.set(shop, entry);
      // The shop just used stays even when it alone exceeds the budget: dropping it would mean a
      // rebuild on every search.
      let total = totalDocs();
      for (const [other, e] of entries) {
        if (total <= maxDocs || other === shop) break;
        entries.delete(other);
        total -= e.index.size;
        evictions++;
      }
    },
    delete(shop) {
      entries.delete(shop);
    },
    entries: () => [...entries],
    get totalDocs() {
      return totalDocs();
    },
    get evictions() {
      return evictions;
    },
  };
}
