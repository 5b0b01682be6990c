// What the index keeps of a product: the analysed text handed to MiniSearch (not kept once indexed)
// and a compact record for filtering and ranking. The full product is read from the database only
// for the page of results, so memory stays proportional to what filters need.
import type { CatalogVariant, ProductOption, ProductTranslation } from '../types';
import { compoundTails, indexTerms, joinedPairs } from './analyzer';
import { optionKey } from './filters';
import { stemLanguage } from './stemmers';
import type { FieldTerms } from './term-index';
import { foldLabel } from './text';

/** The Product columns the index reads (see INDEX_SELECT). */
export interface IndexRow {
  id: string;
  shopifyId: string;
  handle: string;
  title: string;
  description: string;
  vendor: string;
  productType: string;
  tags: string;
  status: string;
  options: string;
  variants: string;
  translations: string;
  available: boolean;
  deletedAt: Date | null;
}

export const INDEX_SELECT = {
  id: true,
  shopifyId: true,
  handle: true,
  title: true,
  description: true,
  vendor: true,
  productType: true,
  tags: true,
  status: true,
  options: true,
  variants: true,
  translations: true,
  available: true,
  deletedAt: true,
} as const;

export interface IndexedVariant {
  price: number;
  available: boolean;
  /** optionKey(name, value) of each selected option. */
  options: string[];
}

export interface IndexedProduct {
  id: string;
  handle: string;
  /** Folded title: the order of listings without a query. */
  sortKey: string;
  available: boolean;
  /** Cheapest and dearest variant, to reject on price without looking at variants. */
  priceMin: number;
  priceMax: number;
  /** Folded titles (original and translated), for the exact-title boost. */
  titles: string[];
  /** Folded product types, original and translated. */
  types: string[];
  vendor: string;
  tags: string[];
  variants: IndexedVariant[];
}

// Descriptions can run to pages; their opening says what the product is, and the rest costs memory
// at 100,000 products for little gain at a tenth of a title's weight. Stems only, for the same reason.
const DESCRIPTION_CHARS = 600;

/** Only live, ACTIVE products are searchable; tombstones and drafts are removals. */
export function isSearchable(row: Pick<IndexRow, 'status' | 'deletedAt'>): boolean {
  return row.deletedAt == null && row.status === 'ACTIVE';
}

/** Shares equal strings across records (option keys, tags, vendors repeat across thousands). */
export type Interner = (s: string) => string;
export function createInterner(): Interner {
  const pool = new Map<string, string>();
  return (s) => {
    const known = pool.get(s);
    if (known !== undefined) return known;
    pool.set(s, s);
    return s;
  };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** Analyses a row; `primaryLocale` is the language of its untranslated fields. */
export function indexProduct(row: IndexRow, primaryLocale: string, intern: Interner): { record: IndexedProduct; terms: FieldTerms } {
  const language = stemLanguage(primaryLocale);
  const tags = JSON.parse(row.tags) as string[];
  const options = JSON.parse(row.options) as ProductOption[];
  const variants = JSON.parse(row.variants) as CatalogVariant[];
  const translations = Object.entries(JSON.parse(row.translations) as Record<string, ProductTranslation>);

  const title = [indexTerms(row.title, language)];
  const joined = [joinedPairs(row.title)];
  const tails = [compoundTails(`${row.title} ${row.productType}`, language)];
  const type = [indexTerms(row.productType, language)];
  const description = [indexTerms(row.description.slice(0, DESCRIPTION_CHARS), language, false)];
  const titles = [foldLabel(row.title)];
  const types = row.productType ? [foldLabel(row.productType)] : [];
  for (const [locale, t] of translations) {
    const lang = stemLanguage(locale);
    if (t.title) {
      title.push(indexTerms(t.title, lang));
      joined.push(joinedPairs(t.title));
      tails.push(compoundTails(t.title, lang));
      titles.push(foldLabel(t.title));
    }
    if (t.productType) {
      tails.push(compoundTails(t.productType, lang));
      type.push(indexTerms(t.productType, lang));
      types.push(foldLabel(t.productType));
    }
    if (t.description) description.push(indexTerms(t.description.slice(0, DESCRIPTION_CHARS), lang, false));
  }
  const tagTerms = indexTerms(tags.join(' '), language);
  // Option values only: names ("Size", "Title") say nothing about the product.
  const optionValues = options.flatMap((o) => (o.name === 'Title' ? [] : o.values));

  const record: IndexedProduct = {
    id: row.id,
    handle: row.handle,
    sortKey: titles[0],
    available: row.available,
    priceMin: variants.length ? Math.min(...variants.map((v) => v.price)) : 0,
    priceMax: variants.length ? Math.max(...variants.map((v) => v.price)) : 0,
    titles: unique(titles),
    types: unique(types).map(intern),
    vendor: intern(foldLabel(row.vendor)),
    tags: unique(tags.map((t) => intern(foldLabel(t)))),
    variants: variants.map((v) => ({
      price: v.price,
      available: v.available,
      options: v.options.map((o) => intern(optionKey(o.name, o.value))),
    })),
  };
  // Description words that the title, type or tags already carry add little at a tenth of the
  // weight, and would be a third of the postings.
  const elsewhere = new Set([...title.flat(), ...type.flat(), ...tagTerms]);
  const longest = (versions: string[][]) => Math.max(0, ...versions.map((v) => v.length));
  const terms: FieldTerms = {
    title: title.flat(),
    joined: joined.flat(),
    tails: tails.flat(),
    type: type.flat(),
    tags: tagTerms,
    options: indexTerms(optionValues.join(' '), language),
    vendor: indexTerms(row.vendor, undefined),
    description: description.flat().filter((t) => !elsewhere.has(t)),
    lengths: {
      title: longest(title),
      joined: longest(joined),
      tails: longest(tails),
      type: longest(type),
      description: longest(description),
    },
  };
  return { record, terms };
}
