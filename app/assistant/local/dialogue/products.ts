// Which product(s) the shopper means, and how products read in a reply.
// A product is meant by position ("the second one"), by name (words of its handle, among those
// shown; else the best search hit for the name), or by "it"/"this" (the last one shown). Colours
// and materials alone only pick among the products shown: "is it waterproof?" must not turn into a
// search for "waterproof".
import type { ProductView } from '~/catalog/types';
import { extractEntities } from '../nlu/entities';
import type { Lang } from '../nlu/patterns';
import { tokens } from '../nlu/text';
import { LAST, productWords, type ProductWords } from '../nlu/understand';
import type { Turn } from './turn';

export interface Resolved {
  handle: string;
  /** True when the shopper named nothing and the first of several shown products was taken. */
  assumed: boolean;
}

function nameQuery(words: ProductWords): string {
  return [...words.catalogTerms, ...words.otherWords].join(' ');
}

/** Words that can name a product in search (a kind of product, or an unknown word like "ocean"). */
function canSearch(words: ProductWords): boolean {
  return words.otherWords.length > 0 || words.terms.some((t) => t.kind === 'product');
}

/** The shown handle that shares the most words with the name; null on none or a tie. */
function bestShown(shown: string[], words: ProductWords): string | null {
  const wanted = new Set([...words.catalogTerms.flatMap((t) => t.split(' ')), ...words.otherWords]);
  if (wanted.size === 0) return null;
  let best: string | null = null;
  let bestScore = 0;
  let tie = false;
  for (const handle of shown) {
    const score = handle.split('-').filter((w) => wanted.has(w) || wanted.has(w.replace(/s$/, ''))).length;
    if (score > bestScore) {
      best = handle;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  return bestScore > 0 && !tie ? best : null;
}

function byOrdinal(shown: string[], ordinals: number[]): string[] {
  return ordinals.map((n) => (n === LAST ? shown[shown.length - 1] : shown[n - 1])).filter((h): h is string => !!h);
}

/** The top search hit for a name, remembered as a product the reply may show. */
async function searchOne(turn: Turn, query: string): Promise<ProductView | null> {
  const result = await turn.call('search_products', { query, limit: 1 });
  return result?.ok && result.products?.length ? result.products[0] : null;
}

/**
 * The one product the message is about, or null when it names none and none was shown. With
 * products on screen, only a kind of product ("the jacket") leads to a search: other leftover
 * words of a question ("zrobiona", "gemacht") are no product names.
 */
export async function resolveProduct(turn: Turn): Promise<Resolved | null> {
  const { u, memory } = turn;
  const shown = memory.lastShown;
  const words: ProductWords = u;
  const ordinal = byOrdinal(memory.lastList, u.ordinals)[0];
  if (ordinal) return { handle: ordinal, assumed: false };
  const named = bestShown(shown, words);
  if (named) return { handle: named, assumed: false };
  const namesKind = words.terms.some((t) => t.kind === 'product');
  if (shown.length > 0 && (u.refersBack || !namesKind)) return { handle: shown[0], assumed: shown.length > 1 };
  if (canSearch(words)) {
    const hit = await searchOne(turn, nameQuery(words));
    if (hit) return { handle: hit.handle, assumed: false };
  }
  return null;
}

// Conjunctions and separators between product names ("X and Y", "X vs Y", "X oder Y").
const SEPARATORS =
  /,|;|\/|&|\+|\b(?:and|vs\.?|versus|or|with|against|i|a|oraz|czy|albo|und|oder|mit|gegen|y|e|o|con|contra|et|ou|avec|contre)\b/iu;

/** The 2–4 products to compare: named ones, then positions, then the products last shown. */
export async function resolveProducts(turn: Turn, max: number): Promise<string[]> {
  const { u, memory, input } = turn;
  const shown = memory.lastList;
  const handles: string[] = [];
  const add = (h: string | null | undefined) => {
    if (h && !handles.includes(h) && handles.length < max) handles.push(h);
  };
  // "the first two", "the last three": a count from a position.
  if (u.count && u.ordinals.length === 1) {
    const start = u.ordinals[0] === LAST ? Math.max(0, shown.length - u.count) : u.ordinals[0] - 1;
    shown.slice(start, start + u.count).forEach(add);
  }
  byOrdinal(shown, u.ordinals).forEach(add);
  const lang = turn.lang as Lang;
  // "the grey or the yellow sofa": a part that names only a colour or material shares the kind
  // of product named elsewhere in the message.
  const kinds = [...new Set(u.terms.filter((t) => t.kind === 'product').map((t) => t.term))];
  for (const segment of input.message.split(SEPARATORS)) {
    if (!segment || tokens(segment).length === 0) continue;
    const words = productWords(extractEntities(segment, { lang }).remainder, lang);
    const fromShown = bestShown(shown, words);
    if (fromShown) add(fromShown);
    else if (canSearch(words)) add((await searchOne(turn, nameQuery(words)))?.handle);
    else if (words.terms.length > 0 && kinds.length === 1) add((await searchOne(turn, `${nameQuery(words)} ${kinds[0]}`))?.handle);
  }
  // "compare them", "both": the products on screen, as many as counted.
  if (handles.length < 2) for (const h of shown.slice(0, u.count ?? max)) add(h);
  return handles;
}

/** One product as a markdown line: linked title, price, compare-at price, stock. */
export function productLine(turn: Turn, p: ProductView): string {
  const { t } = turn;
  const parts = [`**[${p.title}](${p.url})** — ${turn.price(p.price, p.currency)}`];
  if (p.compareAtPrice != null && p.compareAtPrice > p.price) parts.push(`(${t.was(turn.price(p.compareAtPrice, p.currency))})`);
  if (!p.available) parts.push(`· ${t.soldOut}`);
  return `- ${parts.join(' ')}`;
}

export function productList(turn: Turn, products: ProductView[], total = products.length): string {
  const lines = products.map((p) => productLine(turn, p));
  if (total > products.length) lines.push(turn.t.andMore(total - products.length));
  return lines.join('\n');
}

/** Products to show as cards, without repeats, in order. */
export function showProducts(turn: Turn, products: ProductView[]): void {
  for (const p of products) if (!turn.out.products.some((q) => q.handle === p.handle)) turn.out.products.push(p);
}
