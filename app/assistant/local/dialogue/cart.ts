// add_to_cart → the variant the shopper asked for (size, colour) of the product in focus, checked
// against product_details, then add_to_cart, whose action the widget runs with Shopify's cart API.
import { loadDetails } from './product-question';
import { resolveProduct, showProducts } from './products';
import type { Turn } from './turn';
import { isEmpty, matchingVariants, type Wanted } from './variants';

function choices(variants: { title: string; available: boolean }[]): string {
  return variants
    .filter((v) => v.available)
    .map((v) => v.title)
    .join(', ');
}

export async function addToCart(turn: Turn): Promise<string> {
  const { t, u } = turn;
  if (!turn.has('add_to_cart')) return t.cartUnavailable;
  const target = await resolveProduct(turn);
  if (!target) {
    turn.suggest(['products']);
    return t.whichProduct;
  }
  const wanted: Wanted = { sizes: u.entities.sizes, colours: u.entities.colours };
  const quantity = Math.min(Math.max(u.entities.quantity ?? 1, 1), 10);
  let variantId: string | undefined;
  const loaded = await loadDetails(turn, target.handle);
  if (loaded === 'error') return t.toolError;
  if (loaded && !isEmpty(wanted)) {
    const { details } = loaded;
    const variants = details.variants ?? [];
    const matches = matchingVariants(variants, wanted);
    showProducts(turn, [loaded.view]);
    if (matches.length === 0) return t.cartWhichVariant(details.title, choices(variants));
    const pick = matches.find((v) => v.available);
    if (!pick) return `${t.cartSoldOut(details.title)} ${t.cartWhichVariant(details.title, choices(variants))}`;
    variantId = pick.id;
  }
  const result = await turn.call('add_to_cart', { handle: target.handle, ...(variantId ? { variantId } : {}), quantity });
  if (!result) return t.cartUnavailable;
  showProducts(turn, result.products ?? []);
  if (!result.ok) {
    const data = result.data as {
      variants?: { title: string; available: boolean }[];
      availableVariants?: { title: string; available: boolean }[];
    };
    const title = result.products?.[0]?.title ?? loaded?.view?.title ?? '';
    if (result.error === 'unavailable')
      return `${t.cartSoldOut(title)} ${t.cartWhichVariant(title, choices(data.availableVariants ?? []))}`;
    if (result.error === 'variant_not_found') return t.cartWhichVariant(title, choices(data.variants ?? []));
    return result.error === 'not_found' ? t.whichProduct : t.toolError;
  }
  turn.out.actions.push(...(result.actions ?? []));
  const { added, assumedVariant } = result.data as { added: { title: string; variant: string; quantity: number }; assumedVariant: boolean };
  const label = added.variant && added.variant !== 'Default Title' ? `${added.title} – ${added.variant}` : added.title;
  const reply = t.addedToCart(label, added.quantity);
  return assumedVariant ? `${reply} ${t.cartAssumed(added.variant)}` : reply;
}
