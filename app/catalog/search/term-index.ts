// The inverted index behind a shop's search. MiniSearch's radix tree (SearchableMap) holds the
// term dictionary and answers the typo (edit distance) and prefix look-ups; the postings and the
// scoring are ours, because MiniSearch itself keeps a Map per term and field and builds a result
// object per matching posting: at 100,000 products that was ~4 KiB per product and 40-100 ms per
// common query. Here a term's postings are one flat array of numbers, [doc, packed tfs, doc, …],
// and a query accumulates scores in typed arrays indexed by document number.
import SearchableMap from 'minisearch/SearchableMap';

/** Searchable fields, in packing order. Title > type/tags/options > vendor > description. */
export const FIELDS = ['title', 'joined', 'tails', 'type', 'tags', 'options', 'vendor', 'description'] as const;
export type Field = (typeof FIELDS)[number];
export const FIELD_BOOST: Record<Field, number> = {
  title: 3,
  joined: 2,
  tails: 1.2,
  type: 1.5,
  tags: 1.5,
  options: 1.2,
  vendor: 1,
  description: 0.3,
};
const BOOSTS = FIELDS.map((f) => FIELD_BOOST[f]);

/**
 * Analysed terms of one document, per field (a term may repeat: that is its frequency), and the
 * length to normalise each field's score by, where it isn't the number of terms: a title and its
 * four translations are five versions of one title, not a title five times as long.
 */
export type FieldTerms = Record<Field, string[]> & { lengths?: Partial<Record<Field, number>> };

// Term frequency per field, 3 bits each (capped at 7): 8 fields fit a small integer, which V8
// stores unboxed in an array.
const TF_BITS = 3;
const TF_MAX = (1 << TF_BITS) - 1;
const MAX_LENGTH = 255;

// BM25 parameters (the usual ones), and how much a prefix or typo match is worth next to an exact one.
const K1 = 1.2;
const B = 0.7;
const PREFIX_WEIGHT = 0.4;
const FUZZY_WEIGHT = 0.45;

export interface TermQuery {
  term: string;
  /** Maximum edit distance; 0 for an exact look-up. */
  fuzzy: number;
  prefix: boolean;
  boost: number;
}

/** A word of the query: its variants are alternatives, of which the best match counts. */
export type TermGroup = TermQuery[];

export interface TermMatches {
  docs: number[];
  scores: number[];
}

function grow<T extends Uint8Array | Int32Array | Float64Array | Uint16Array>(a: T, size: number): T {
  if (size <= a.length) return a;
  let n = a.length;
  while (n < size) n *= 2;
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

export class TermIndex {
  /** Postings by term, for prefix and typo look-ups (a radix tree). */
  private readonly terms = new SearchableMap<number[]>();
  /** The same postings by term, for exact look-ups: hashing beats walking the tree, when building above all. */
  private readonly exact = new Map<string, number[]>();
  private lengths: Uint8Array[] = FIELDS.map(() => new Uint8Array(1024));
  private readonly lengthSums = new Float64Array(FIELDS.length);
  private live = new Uint8Array(1024);
  private liveCount = 0;
  private next = 0;
  /** Removed documents whose postings are still in the index (skipped until compaction). */
  private dead: number[] = [];
  /** Document numbers free for reuse (their postings are gone). */
  private free: number[] = [];
  // Per-query scratch space, reset after each query for the documents it touched.
  private total = new Float64Array(1024);
  private matched = new Uint16Array(1024);
  private best = new Float64Array(1024);
  private stamp = new Int32Array(1024);
  private stampCounter = 0;

  get size(): number {
    return this.liveCount;
  }

  get termCount(): number {
    return this.exact.size;
  }

  add(doc: FieldTerms): number {
    const n = this.free.pop() ?? this.next++;
    if (n >= this.live.length) this.ensure(n + 1);
    const freqs = new Map<string, number>();
    FIELDS.forEach((field, f) => {
      const terms = doc[field];
      const length = Math.min(doc.lengths?.[field] ?? terms.length, MAX_LENGTH);
      this.lengths[f][n] = length;
      this.lengthSums[f] += length;
      const shift = f * TF_BITS;
      for (const term of terms) {
        const packed = freqs.get(term) ?? 0;
        if (((packed >>> shift) & TF_MAX) < TF_MAX) freqs.set(term, packed + (1 << shift));
      }
    });
    for (const [term, packed] of freqs) {
      const postings = this.exact.get(term);
      if (postings) {
        postings.push(n, packed);
      } else {
        const created = [n, packed];
        this.exact.set(term, created);
        this.terms.set(term, created);
      }
    }
    this.live[n] = 1;
    this.liveCount++;
    return n;
  }

  remove(n: number): void {
    if (!this.live[n]) return;
    this.live[n] = 0;
    this.liveCount--;
    FIELDS.forEach((_, f) => {
      this.lengthSums[f] -= this.lengths[f][n];
    });
    this.dead.push(n);
    // Stale postings cost scan time and memory; purge them once they are a quarter of the index.
    if (this.dead.length > 1000 && this.dead.length > this.liveCount / 4) this.compact();
  }

  /** Drops the postings of removed documents and frees their numbers. */
  compact(): void {
    if (this.dead.length === 0) return;
    const emptied: string[] = [];
    for (const [term, postings] of this.exact) {
      let w = 0;
      for (let r = 0; r < postings.length; r += 2) {
        if (this.live[postings[r]]) {
          postings[w++] = postings[r];
          postings[w++] = postings[r + 1];
        }
      }
      if (w === 0) emptied.push(term);
      else postings.length = w;
    }
    for (const term of emptied) {
      this.exact.delete(term);
      this.terms.delete(term);
    }
    this.free.push(...this.dead);
    this.dead = [];
  }

  /**
   * Scores documents against groups of alternative terms. `all`: a document must match every group
   * (AND); otherwise any group, and a document matching more groups ranks higher.
   */
  query(groups: TermGroup[], all: boolean): TermMatches {
    const touched: number[] = [];
    const docCount = Math.max(this.liveCount, 1);
    const norms = FIELDS.map((_, f) => {
      const avg = this.lengthSums[f] / docCount || 1;
      return { a: K1 * (1 - B), b: (K1 * B) / avg };
    });
    const { live, total, matched, best, stamp, lengths } = this;
    groups.forEach((group, g) => {
      const stampValue = ++this.stampCounter;
      const inGroup: number[] = [];
      const score = (postings: number[], weight: number) => {
        const df = postings.length / 2;
        const idf = Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
        const w = weight * idf;
        for (let i = 0; i < postings.length; i += 2) {
          const doc = postings[i];
          if (!live[doc]) continue;
          // Under AND, only documents that matched every earlier group can still qualify.
          if (all && matched[doc] !== g) continue;
          let packed = postings[i + 1];
          let s = 0;
          for (let f = 0; packed !== 0; f++, packed >>>= TF_BITS) {
            const tf = packed & TF_MAX;
            if (tf === 0) continue;
            s += (BOOSTS[f] * tf * (K1 + 1)) / (tf + norms[f].a + norms[f].b * lengths[f][doc]);
          }
          s *= w;
          if (stamp[doc] !== stampValue) {
            stamp[doc] = stampValue;
            best[doc] = s;
            inGroup.push(doc);
          } else if (s > best[doc]) {
            best[doc] = s;
          }
        }
      };
      for (const q of group) {
        const exact = this.exact.get(q.term);
        if (exact) score(exact, q.boost);
        if (q.prefix) {
          for (const [term, postings] of this.terms.atPrefix(q.term)) {
            if (term.length === q.term.length) continue;
            score(postings, (q.boost * PREFIX_WEIGHT * q.term.length) / (q.term.length + 0.3 * (term.length - q.term.length)));
          }
        }
        if (q.fuzzy > 0) {
          for (const [term, [postings, distance]] of this.terms.fuzzyGet(q.term, q.fuzzy)) {
            if (distance === 0) continue;
            score(postings, (q.boost * FUZZY_WEIGHT * term.length) / (term.length + distance));
          }
        }
      }
      for (const doc of inGroup) {
        if (matched[doc] === 0) touched.push(doc);
        matched[doc]++;
        total[doc] += best[doc];
      }
    });
    const docs: number[] = [];
    const scores: number[] = [];
    for (const doc of touched) {
      if (!all || matched[doc] === groups.length) {
        docs.push(doc);
        scores.push(all ? total[doc] : total[doc] * matched[doc]);
      }
      total[doc] = 0;
      matched[doc] = 0;
    }
    return { docs, scores };
  }

  private ensure(size: number) {
    this.lengths = this.lengths.map((l) => grow(l, size));
    this.live = grow(this.live, size);
    this.total = grow(this.total, size);
    this.matched = grow(this.matched, size);
    this.best = grow(this.best, size);
    this.stamp = grow(this.stamp, size);
  }
}
