// product_question → product_details on the product the shopper means, then an answer to what
// they asked (stock in a size, material, price, sizes and colours, what reviews say), quoted from
// the result.
import type { ProductView } from '~/catalog/types';
import type { ReviewDigest } from '../../tools/review-digest';
import { tokens } from '../nlu/text';
import { analyseVocabulary } from '../nlu/vocabulary';
import { aspectsOf } from './aspects';
import { resolveProduct, showProducts } from './products';
import { searchProducts } from './search';
import { shopText } from './shop-text';
import type { Turn } from './turn';
import { isEmpty, matchingVariants, type Wanted } from './variants';

/** The part of product_details' data the answers read. */
export interface ProductDetails {
  title: string;
  description?: string;
  price: number;
  compareAtPrice?: number | null;
  currency: string;
  available: boolean;
  options?: { name: string; values: string[] }[];
  variants?: {
    id: string;
    title: string;
    options: { name: string; value: string }[];
    available: boolean;
    stock?: string;
    quantityLeft?: number;
  }[];
  attributes?: Record<string, string>;
  reviews?: ReviewDigest | null;
}

export async function loadDetails(turn: Turn, handle: string): Promise<{ details: ProductDetails; view: ProductView } | null | 'error'> {
  const result = await turn.call('product_details', { handle });
  if (!result) return null;
  if (!result.ok) return result.error === 'not_found' ? null : 'error';
  const view = result.products?.[0];
  if (!view) return null;
  const details = result.data as ProductDetails;
  return { details: { ...details, description: shopText(details.description ?? '') }, view };
}

const MATERIAL_LABEL = /material|fabric|composition|materia|stoff|tela|tissu|sklad|skład/i;
const MAX_QUOTE = 240;

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function quote(text: string): string {
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
}

function materialAnswer(turn: Turn, d: ProductDetails): string {
  const { t } = turn;
  const listed = Object.entries(d.attributes ?? {}).filter(([label]) => MATERIAL_LABEL.test(label));
  if (listed.length) return `${t.attributesAre(d.title)}\n${listed.map(([label, value]) => `- ${label}: ${value}`).join('\n')}`;
  const sentence = sentences(d.description ?? '').find((s) =>
    analyseVocabulary(tokens(s), undefined).matches.some((m) => m.kind === 'material'),
  );
  if (sentence) return t.descriptionSays(d.title, quote(sentence));
  return turn.has('handoff_to_human') ? `${t.noMaterialInfo(d.title)} ${t.offerHandoff}` : t.noMaterialInfo(d.title);
}

const realOptions = (d: ProductDetails) => (d.options ?? []).filter((o) => !(o.values.length === 1 && o.values[0] === 'Default Title'));

function optionsAnswer(turn: Turn, d: ProductDetails): string[] {
  const lines = realOptions(d).map((o) => turn.t.optionValues(o.name, o.values.join(', ')));
  const soldOut = (d.variants ?? []).filter((v) => !v.available).map((v) => v.title);
  if (lines.length && soldOut.length) lines.push(turn.t.soldOutValues(soldOut.join(', ')));
  return lines;
}

function wantedLabel(turn: Turn, wanted: Wanted): string {
  return [...turn.u.colourWords, ...wanted.sizes].join(', ');
}

function variantAnswer(turn: Turn, d: ProductDetails, wanted: Wanted): string {
  const { t } = turn;
  const variants = d.variants ?? [];
  const matches = matchingVariants(variants, wanted);
  if (matches.length === 0) return [t.variantMissing(d.title, wantedLabel(turn, wanted)), ...optionsAnswer(turn, d)].join(' ');
  const inStock = matches.find((v) => v.available);
  // A product without options has one "Default Title" variant: that is the product itself.
  if (!inStock)
    return [
      matches[0].title === 'Default Title' ? t.notInStock(d.title) : t.variantSoldOut(d.title, matches[0].title),
      ...optionsAnswer(turn, d),
    ].join(' ');
  const label = inStock.title === 'Default Title' ? wantedLabel(turn, wanted) : inStock.title;
  return inStock.stock === 'low' && inStock.quantityLeft
    ? t.variantLowStock(d.title, label, inStock.quantityLeft)
    : t.variantInStock(d.title, label);
}

function priceAnswer(turn: Turn, d: ProductDetails): string {
  const price = turn.price(d.price, d.currency);
  const was = d.compareAtPrice != null && d.compareAtPrice > d.price ? ` (${turn.t.was(turn.price(d.compareAtPrice, d.currency))})` : '';
  return turn.t.priceIs(d.title, price + was);
}

/** The reviews' "customers say" line, then one praise and one complaint in a customer's words. */
function reviewsAnswer(turn: Turn, d: ProductDetails): string {
  const { t } = turn;
  const r = d.reviews;
  if (!r) return t.noReviews(d.title);
  if (r.source === 'metafields' || !r.customersSay)
    return r.averageRating == null ? t.noReviews(d.title) : t.reviewsRatingOnly(d.title, r.averageRating.toFixed(1), r.count);
  const lines = [t.reviewsSay(d.title, r.customersSay)];
  const praise = r.pros.find((a) => a.quote);
  const complaint = r.cons.find((a) => a.quote);
  if (praise) lines.push(t.reviewQuote(praise.label, quote(shopText(praise.quote!))));
  if (complaint) lines.push(t.reviewComplaint(complaint.label, quote(shopText(complaint.quote!))));
  return lines.join('\n');
}

function summary(turn: Turn, d: ProductDetails): string {
  const { t } = turn;
  const lines = [priceAnswer(turn, d), d.available ? t.inStock(d.title) : t.notInStock(d.title), ...optionsAnswer(turn, d)];
  const first = sentences(d.description ?? '')[0];
  if (first) lines.push(t.descriptionSays(d.title, quote(first)));
  if (d.reviews?.averageRating != null && d.reviews.count > 0)
    lines.push(t.ratingLine(d.reviews.averageRating.toFixed(1), d.reviews.count));
  return lines.join(' ');
}

// Indefinite determiners: "a table", "una mesa", "des coussins" name a kind, "the table" one product.
// prettier-ignore
const INDEFINITE = new Set(['a', 'an', 'any', 'some', 'un', 'una', 'unos', 'unas', 'algun', 'alguna', 'une', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'jakis', 'jakas', 'jakies']);

/**
 * "Una mesa de madera que esté en stock" with nothing on screen names a kind of product, not one
 * product: the shopper wants the list (in stock), not the answer about the first search hit.
 */
function asksForAKind(turn: Turn): boolean {
  const { u, memory } = turn;
  if (memory.lastShown.length > 0 || u.otherWords.length > 0 || u.ordinals.length > 0) return false;
  if (!u.terms.some((m) => m.kind === 'product') || u.entities.sizes.length > 0 || u.entities.colours.length > 0) return false;
  const words = tokens(turn.input.message);
  return words.some((w) => INDEFINITE.has(w)) && [...aspectsOf(turn.input.message)].every((a) => a === 'stock');
}

export async function answerProductQuestion(turn: Turn): Promise<string> {
  const { t, u } = turn;
  if (asksForAKind(turn)) return searchProducts(turn);
  const target = await resolveProduct(turn);
  if (!target) {
    turn.suggest(['products']);
    return t.whichProduct;
  }
  const loaded = await loadDetails(turn, target.handle);
  if (loaded === 'error') return t.toolError;
  if (!loaded) return t.whichProduct;
  const { details: d, view } = loaded;
  showProducts(turn, [view]);

  const aspects = aspectsOf(turn.input.message);
  const wanted: Wanted = { sizes: u.entities.sizes, colours: u.entities.colours };
  const parts: string[] = [];
  // "Reviews of the black leather bag": the colour is part of the name, not a variant to check.
  const onlyReviews = aspects.size === 1 && aspects.has('reviews');
  if (!isEmpty(wanted) && !onlyReviews) parts.push(variantAnswer(turn, d, wanted));
  else if (aspects.has('stock')) parts.push(d.available ? t.inStock(d.title) : t.notInStock(d.title), ...optionsAnswer(turn, d));
  if (aspects.has('material')) parts.push(materialAnswer(turn, d));
  if (aspects.has('price')) parts.push(priceAnswer(turn, d));
  if (aspects.has('options') && isEmpty(wanted) && !aspects.has('stock')) parts.push(...optionsAnswer(turn, d));
  if (aspects.has('reviews')) parts.push(reviewsAnswer(turn, d));
  if (parts.length === 0) parts.push(summary(turn, d));
  if (target.assumed) parts.push(t.assumedProduct(d.title));
  if (d.available && turn.has('add_to_cart')) turn.suggest(['cart', 'similar']);
  return parts.join('\n\n');
}
