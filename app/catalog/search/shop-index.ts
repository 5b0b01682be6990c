// One shop's in-memory index: the term index over the analysed text, plus the compact records that
// filters and ranking read. Knows nothing of the database; the catalog search feeds it rows.
import { parseQuery, type ParsedQuery, type QueryGroup } from './analyzer';
import { compileFilters, labelKeys, type FilterPlan, type ProductFilters, type ProductPredicate } from './filters';
import { createInterner, indexProduct, isSearchable, type IndexedProduct, type IndexRow } from './indexed-product';
import { TermIndex, type TermGroup } from './term-index';

// Ranking factors applied on top of text relevance.
const SOLD_OUT_FACTOR = 0.7;
const EXACT_TITLE_FACTOR = 2;

export interface ShopIndexPage {
  ids: string[];
  total: number;
}

export interface ShopIndex {
  readonly primaryLocale: string;
  readonly size: number;
  /** Adds, replaces or (for a tombstone, draft or archived product) removes the row's product. */
  apply(row: IndexRow): void;
  query(q: string, filters: ProductFilters, limit: number): ShopIndexPage;
}

// Orders listings without a query: in stock first, then by title; id makes the order total.
function listingOrder(a: IndexedProduct, b: IndexedProduct): number {
  if (a.available !== b.available) return a.available ? -1 : 1;
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function termGroups(groups: QueryGroup[], typos: boolean): TermGroup[] {
  return groups.map((g) => g.variants.map((v) => ({ ...v, fuzzy: typos ? v.fuzzy : 0 })));
}

type Match = { doc: number; product: IndexedProduct; score: number };

export function createShopIndex(primaryLocale: string): ShopIndex {
  const terms = new TermIndex();
  /** Records by document number of the term index. */
  const records: (IndexedProduct | undefined)[] = [];
  const docOf = new Map<string, number>();
  const intern = createInterner();
  // For listings without a query, which may visit every product of a 100,000-product shop: stock
  // and price bounds in flat arrays by document number (a scan that doesn't chase pointers), and
  // the products of each type, vendor and tag (a scan that starts from the smallest set).
  const columns = { inStock: new Uint8Array(1024), priceMin: new Float64Array(1024), priceMax: new Float64Array(1024) };
  const byLabel = new Map<string, Set<number>>();
  // Document numbers in listing order, built on the first query, then kept up to date by applying
  // changes to it in place; null means "rebuild when needed". `rank` is each document's position in
  // it, so that ties and candidate sets sort by comparing numbers, refreshed after changes.
  let listing: number[] | null = null;
  let rank = new Int32Array(0);
  let ranksStale = true;

  function ordered(): number[] {
    if (!listing) {
      listing = [...docOf.values()].sort((a, b) => listingOrder(records[a]!, records[b]!));
      ranksStale = true;
    }
    if (ranksStale) {
      if (rank.length < records.length) rank = new Int32Array(Math.max(records.length, rank.length * 2));
      listing.forEach((doc, i) => (rank[doc] = i));
      ranksStale = false;
    }
    return listing;
  }
  const byRank = (a: number, b: number) => rank[a] - rank[b];

  function listingIndex(p: IndexedProduct): number {
    let lo = 0;
    let hi = listing!.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (listingOrder(records[listing![mid]]!, p) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function remove(id: string) {
    const doc = docOf.get(id);
    if (doc === undefined) return;
    const old = records[doc]!;
    if (listing) {
      const at = listingIndex(old);
      if (listing[at] === doc) listing.splice(at, 1);
      else listing = null;
      ranksStale = true;
    }
    for (const key of labelKeys(old)) {
      const set = byLabel.get(key)!;
      set.delete(doc);
      if (set.size === 0) byLabel.delete(key);
    }
    terms.remove(doc);
    records[doc] = undefined;
    docOf.delete(id);
  }

  function apply(row: IndexRow) {
    remove(row.id);
    if (!isSearchable(row)) return;
    const { record, terms: fieldTerms } = indexProduct(row, primaryLocale, intern);
    const doc = terms.add(fieldTerms);
    records[doc] = record;
    docOf.set(record.id, doc);
    if (doc >= columns.inStock.length) {
      const size = Math.max(doc + 1, columns.inStock.length * 2);
      columns.inStock = grown(columns.inStock, size);
      columns.priceMin = grown(columns.priceMin, size);
      columns.priceMax = grown(columns.priceMax, size);
    }
    columns.inStock[doc] = record.available ? 1 : 0;
    columns.priceMin[doc] = record.priceMin;
    columns.priceMax[doc] = record.priceMax;
    for (const key of labelKeys(record)) {
      let set = byLabel.get(key);
      if (!set) byLabel.set(key, (set = new Set()));
      set.add(doc);
    }
    if (listing) {
      listing.splice(listingIndex(record), 0, doc);
      ranksStale = true;
    }
  }

  function list(plan: FilterPlan, limit: number): ShopIndexPage {
    const listing = ordered();
    const { keep, inStock, min, max } = plan;
    if (!keep) return { ids: listing.slice(0, limit).map((d) => records[d]!.id), total: listing.length };
    const sets = plan.labels.map((l) => byLabel.get(l) ?? new Set<number>()).sort((a, b) => a.size - b.size);
    const passes = (doc: number) =>
      (!inStock || columns.inStock[doc] === 1) && columns.priceMax[doc] >= min && columns.priceMin[doc] <= max && keep(records[doc]!);
    let hits: number[];
    // A small label set is filtered and sorted; otherwise the listing is walked in order, checking
    // the other sets before the record.
    if (sets.length && sets[0].size < listing.length / 8) {
      hits = [...sets[0]].filter((doc) => sets.every((set) => set.has(doc)) && passes(doc)).sort(byRank);
    } else {
      hits = [];
      for (const doc of listing) if (sets.every((set) => set.has(doc)) && passes(doc)) hits.push(doc);
    }
    return { ids: hits.slice(0, limit).map((d) => records[d]!.id), total: hits.length };
  }

  function ranked({ docs, scores }: { docs: number[]; scores: number[] }, keep: ProductPredicate | null, parsed: ParsedQuery): Match[] {
    const handle = parsed.normalized.replace(/ /g, '-');
    const out: Match[] = [];
    for (let i = 0; i < docs.length; i++) {
      const product = records[docs[i]]!;
      if (keep && !keep(product)) continue;
      let score = scores[i];
      if (!product.available) score *= SOLD_OUT_FACTOR;
      if (product.handle === handle || product.titles.includes(parsed.normalized)) score *= EXACT_TITLE_FACTOR;
      out.push({ doc: docs[i], product, score });
    }
    return out;
  }

  // Three passes, each only when the one before found nothing (after filters), so that the common
  // case stays cheap at 100,000 products: typo tolerance and compound splitting walk the term tree
  // for every variant of every word.
  //   1. every word, exactly (as written, its stems, synonyms; the last word also as a prefix);
  //   2. every word, with typos allowed, or two adjacent words written as one ("bean bag");
  //   3. any word, with typos: the products that have the most of the words.
  function textMatches(q: string, keep: ProductPredicate | null): Match[] {
    const parsed = parseQuery(q);
    const { groups } = parsed;
    if (groups.length === 0) return [];
    let matches = ranked(terms.query(termGroups(groups, false), true), keep, parsed);
    if (matches.length) return matches;
    matches = ranked(terms.query(termGroups(groups, true), true), keep, parsed);
    for (const { at, group } of parsed.compounds) {
      const joined = [...groups.slice(0, at), group, ...groups.slice(at + 2)];
      matches.push(...ranked(terms.query(termGroups(joined, true), true), keep, parsed));
    }
    if (parsed.compounds.length) matches = bestPerProduct(matches);
    if (matches.length || groups.length === 1) return matches;
    return ranked(terms.query(termGroups(groups, true), false), keep, parsed);
  }

  function query(q: string, filters: ProductFilters, limit: number): ShopIndexPage {
    const plan = compileFilters(filters);
    if (q.trim() === '') return list(plan, limit);
    const matches = textMatches(q, plan.keep);
    ordered();
    matches.sort((a, b) => b.score - a.score || rank[a.doc] - rank[b.doc]);
    return { ids: matches.slice(0, limit).map((m) => m.product.id), total: matches.length };
  }

  return {
    primaryLocale,
    get size() {
      return terms.size;
    },
    apply,
    query,
  };
}

function grown<T extends Uint8Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/** A product found by several readings of the query counts once, with its best score. */
function bestPerProduct(matches: Match[]): Match[] {
  const best = new Map<IndexedProduct, Match>();
  for (const m of matches) {
    const seen = best.get(m.product);
    if (!seen || m.score > seen.score) best.set(m.product, m);
  }
  return [...best.values()];
}
