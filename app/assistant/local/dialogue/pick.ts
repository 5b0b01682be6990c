// "Which one is the cheapest / the most expensive / the best rated?": the products in question
// (named, or the list on screen) looked up with product_details, ranked by that criterion, the
// winner named with the fact that makes it win, the rest listed in order.
import type { Superlative } from '../nlu/superlative';
import { loadDetails, type ProductDetails } from './product-question';
import { productList, resolveProducts, showProducts } from './products';
import type { Turn } from './turn';
import type { ProductView } from '~/catalog/types';

/** The most products one pick looks up: the length of a list the engine shows, plus a few. */
const MAX_PICK = 8;

interface Candidate {
  details: ProductDetails;
  view: ProductView;
}

function rank(candidates: Candidate[], kind: Superlative): Candidate[] {
  if (kind === 'best_rated')
    return candidates
      .filter((c) => c.details.reviews?.averageRating != null)
      .sort(
        (a, b) =>
          b.details.reviews!.averageRating! - a.details.reviews!.averageRating! || b.details.reviews!.count - a.details.reviews!.count,
      );
  const sign = kind === 'cheapest' ? 1 : -1;
  return [...candidates].sort((a, b) => sign * (a.details.price - b.details.price));
}

/** Ranks the given products and answers with the winner; null when fewer than two could be read. */
export async function pickAmong(turn: Turn, handles: string[], kind: Superlative): Promise<string | null> {
  const { t } = turn;
  const candidates: Candidate[] = [];
  for (const handle of handles.slice(0, MAX_PICK)) {
    const loaded = await loadDetails(turn, handle);
    if (loaded === 'error') return t.toolError;
    if (loaded) candidates.push(loaded);
  }
  if (candidates.length < 2) return null;
  const ranked = rank(candidates, kind);
  if (ranked.length === 0) {
    showProducts(
      turn,
      candidates.map((c) => c.view),
    );
    return t.pickNoRatings;
  }
  const [best] = ranked;
  showProducts(
    turn,
    ranked.map((c) => c.view),
  );
  const lead =
    kind === 'best_rated'
      ? t.pickBestRated(best.view.title, best.details.reviews!.averageRating!.toFixed(1), best.details.reviews!.count)
      : (kind === 'cheapest' ? t.pickCheapest : t.pickPriciest)(best.view.title, turn.price(best.details.price, best.details.currency));
  if (kind === 'best_rated') {
    const lines = ranked.map(
      (c) => `- ${t.ratedItem(c.view.title, c.details.reviews!.averageRating!.toFixed(1), c.details.reviews!.count)}`,
    );
    const unrated = candidates.length - ranked.length;
    return [lead, '', t.pickInOrder, ...lines, ...(unrated > 0 ? [t.pickUnrated(unrated)] : [])].join('\n');
  }
  return `${lead}\n\n${t.pickInOrder}\n${productList(
    turn,
    ranked.map((c) => c.view),
  )}`;
}

/** The compare handler's pick: the products named in the message, or the ones on screen. */
export async function pickProduct(turn: Turn, kind: Superlative): Promise<string> {
  const { u, memory } = turn;
  // "Which one is the cheapest?" names nothing: the list on screen, without searching for words.
  const names = u.otherWords.length > 0 || u.ordinals.length > 0 || u.terms.some((m) => m.kind === 'product');
  const handles = names ? await resolveProducts(turn, MAX_PICK) : memory.lastList.slice(0, MAX_PICK);
  const answer = handles.length >= 2 ? await pickAmong(turn, handles, kind) : null;
  if (answer) return answer;
  turn.suggest(['products']);
  return turn.t.pickNeedList;
}
