// recommend → recommend_products: "similar" or "complements" of the product meant, or picks from
// a signed-in shopper's past orders. With no product to start from, a search for what they named.
import type { ProductView } from '~/catalog/types';
import { loadDetails } from './product-question';
import { productList, resolveProduct, showProducts } from './products';
import { searchProducts } from './search';
import type { Turn } from './turn';

const LIMIT = 4;

export async function recommendProducts(turn: Turn): Promise<string> {
  const { t, u, input } = turn;
  const named = u.catalogTerms.length + u.otherWords.length > 0;
  const fallback = () => {
    if (named) return searchProducts(turn);
    turn.suggest(['products']);
    return t.recommendNeedProduct;
  };
  if (!turn.has('recommend_products')) return fallback();
  const target = turn.memory.lastShown.length > 0 || named ? await resolveProduct(turn) : null;
  const signedIn = !!input.shopper.customerId;
  if (!target && !signedIn) return fallback();

  let base: ProductView | null = null;
  if (target) {
    const loaded = await loadDetails(turn, target.handle);
    if (loaded === 'error') return t.toolError;
    base = loaded?.view ?? null;
  }
  const kind = base ? (u.recommendKind ?? 'similar') : 'for_customer';
  const result = await turn.call('recommend_products', { kind, ...(base ? { handle: base.handle } : {}), limit: LIMIT });
  if (!result?.ok) return result?.error === 'not_found' || result?.error === 'login_required' ? t.recommendNeedProduct : t.toolError;
  const products = (result.products ?? []).filter((p) => p.handle !== base?.handle);
  if (products.length === 0) {
    turn.suggest(['products']);
    return t.recommendNone;
  }
  showProducts(turn, products);
  const lead = !base ? t.recommendForYou : kind === 'complements' ? t.recommendComplements(base.title) : t.recommendSimilar(base.title);
  return `${lead}\n\n${productList(turn, products)}`;
}
