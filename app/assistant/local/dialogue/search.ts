// product_search → search_products with the query in English catalog terms and the shopper's
// constraints as filters. Sizes are checked on the variants of the results (shops spell them "M" or
// "Medium"). When nothing matches, the constraints are relaxed once and the reply says so.
import type { ProductView } from '~/catalog/types';
import type { Lang } from '../nlu/patterns';
import { tokens } from '../nlu/text';
import { analyseVocabulary } from '../nlu/vocabulary';
import type { RelaxedPart } from '../templates';
import { aspectsOf } from './aspects';
import { pickAmong } from './pick';
import { productList, showProducts } from './products';
import type { Turn } from './turn';
import { matchingVariants } from './variants';

const LIMIT = 5;
/** More candidates when sizes are checked, or reviews ranked, after the search. */
const LIMIT_WITH_SIZES = 8;

interface SearchPlan {
  query: string;
  minPrice?: number;
  maxPrice?: number;
  available?: boolean;
  sizes: string[];
  sort?: 'price_low' | 'price_high';
  /** The results will be ranked by their reviews: fetch a few more candidates. */
  rank?: boolean;
}

function hasSize(p: ProductView, sizes: string[]): boolean {
  if (sizes.length === 0) return true;
  return (
    matchingVariants(
      p.variants.filter((v) => v.available),
      { sizes, colours: [] },
    ).length > 0
  );
}

/**
 * The kinds of product a result is, in vocabulary terms: from its handle (English), and its title,
 * type and tags (translated where the shop has translations; English words count in any language).
 */
function kindsOf(p: ProductView, lang: Lang): Set<string> {
  const text = [p.handle.replace(/-/g, ' '), p.title, p.productType, ...p.tags].join(' . ');
  return new Set(
    analyseVocabulary(tokens(text), lang)
      .matches.filter((m) => m.kind === 'product')
      .map((m) => m.term),
  );
}

// The catalog search ranks partial matches too ("red dress" finds red shirts when the shop has no
// dress). Those are shown as close matches, not as what was asked for.
function ofKind(products: ProductView[], kinds: string[], lang: Lang): ProductView[] {
  if (kinds.length === 0) return products;
  return products.filter((p) => {
    const has = kindsOf(p, lang);
    return kinds.some((k) => has.has(k));
  });
}

async function run(turn: Turn, plan: SearchPlan): Promise<{ products: ProductView[]; total: number } | null> {
  const result = await turn.call('search_products', {
    query: plan.query,
    ...(plan.minPrice != null ? { minPrice: plan.minPrice } : {}),
    ...(plan.maxPrice != null ? { maxPrice: plan.maxPrice } : {}),
    ...(plan.available ? { available: true } : {}),
    ...(plan.sort ? { sort: plan.sort } : {}),
    limit: plan.sizes.length || plan.rank ? LIMIT_WITH_SIZES : LIMIT,
  });
  if (!result?.ok) return null;
  const found = (result.products ?? []).filter((p) => hasSize(p, plan.sizes));
  const total = plan.sizes.length ? found.length : ((result.data as { total?: number }).total ?? found.length);
  return { products: found.slice(0, plan.rank ? LIMIT_WITH_SIZES : LIMIT), total };
}

/**
 * The same search with fewer constraints, and what was left out; null when nothing can be. The
 * filters go first (price, size, stock); only a search without filters loses its colours,
 * materials and the like, keeping the kind of product and any name.
 */
function relax(plan: SearchPlan, kinds: string[], otherWords: string[]): { plan: SearchPlan; dropped: RelaxedPart[] } | null {
  const dropped: RelaxedPart[] = [];
  if (plan.minPrice != null || plan.maxPrice != null) dropped.push('price');
  if (plan.sizes.length) dropped.push('size');
  if (plan.available) dropped.push('stock');
  if (dropped.length) return { plan: { query: plan.query, sizes: [] }, dropped };
  const core = [...kinds, ...otherWords].join(' ');
  return core && core !== plan.query ? { plan: { query: core, sizes: [] }, dropped: ['details'] } : null;
}

export async function searchProducts(turn: Turn): Promise<string> {
  const { u, t, voice } = turn;
  const lang = turn.lang as Lang;
  const { price, sizes } = u.entities;
  const query = [...u.catalogTerms, ...u.otherWords].join(' ');
  if (!query && !price && sizes.length === 0) {
    // "Your cheapest product?" sorts the whole catalog by price; ratings can only rank a list.
    if (u.superlative === 'best_rated') {
      turn.suggest(['products']);
      return t.pickNeedList;
    }
    if (!u.superlative) {
      turn.suggest(['products', 'order', 'shipping']);
      return t.askWhatToSearch;
    }
  }
  const kinds = u.terms.filter((m) => m.kind === 'product').map((m) => m.term);
  const plan: SearchPlan = {
    query,
    minPrice: price?.min,
    maxPrice: price?.max,
    available: aspectsOf(turn.input.message).has('stock') || undefined,
    sizes,
    sort: u.superlative === 'cheapest' ? 'price_low' : u.superlative === 'priciest' ? 'price_high' : undefined,
    rank: u.superlative === 'best_rated' || undefined,
  };
  const first = await run(turn, plan);
  if (!first) return t.toolError;
  const exact = ofKind(first.products, kinds, lang);
  if (exact.length > 1 && u.superlative) {
    // "The cheapest sofa": found in price order; "the best rated sofa": ranked by their reviews.
    const picked = await pickAmong(
      turn,
      exact.map((p) => p.handle),
      u.superlative,
    );
    if (picked) return picked;
  }
  if (exact.length > 0) {
    showProducts(turn, exact);
    if (exact.length > 1) turn.suggest(['compare', 'similar']);
    const total = exact.length === first.products.length ? first.total : exact.length;
    return `${t.searchFound(exact.length, voice)}\n\n${productList(turn, exact, total)}`;
  }
  const relaxed = relax(plan, kinds, u.otherWords);
  const second = relaxed ? await run(turn, relaxed.plan) : null;
  const relaxedExact = second ? ofKind(second.products, kinds, lang) : [];
  if (relaxed && relaxedExact.length > 0) {
    showProducts(turn, relaxedExact);
    return `${t.searchRelaxed(relaxed.dropped.map((d) => t.relaxedPart[d]))}\n\n${productList(turn, relaxedExact)}`;
  }
  turn.suggest(['products', 'human']);
  const close = first.products.length ? first.products : (second?.products ?? []);
  if (close.length > 0) {
    showProducts(turn, close);
    return `${t.searchClose}\n\n${productList(turn, close)}`;
  }
  return turn.has('handoff_to_human') ? `${t.searchNone} ${t.offerHandoff}` : t.searchNone;
}
