// Add to cart through Shopify's AJAX Cart API, then tell the theme: the cart count elements are
// updated and the events themes commonly listen for are dispatched, so drawers and bubbles refresh.
import type { Routes } from './config';

export interface CartResult {
  ok: boolean;
  itemCount?: number;
  /** Shopify's own message for a refused add (sold out, quantity limits). */
  message?: string;
}

/** "gid://shopify/ProductVariant/123" or "123" → "123" (the cart API wants the number). */
export function numericId(id: string | number): string {
  return String(id).split('/').pop()!;
}

const COUNT_SELECTORS = '[data-cart-count], .cart-count-bubble span[aria-hidden="true"], #CartCount, .cart-count';

export async function addToCart(routes: Routes, variantId: string, quantity = 1, properties?: Record<string, string>): Promise<CartResult> {
  const id = Number(numericId(variantId));
  let res: Response;
  try {
    res = await fetch(`${routes.cartAdd}.js`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      credentials: 'same-origin',
      body: JSON.stringify({ items: [{ id, quantity, properties }] }),
    });
  } catch {
    return { ok: false };
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { description?: string } | null;
    return { ok: false, message: typeof body?.description === 'string' ? body.description : undefined };
  }
  const added = await res.json().catch(() => null);
  let cart = (await fetch(`${routes.cart}.js`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : null))
    .catch(() => null)) as { item_count?: number; attributes?: Record<string, string> } | null;
  cart = (await markAssisted(routes, cart, String(id))) ?? cart;
  const itemCount = cart?.item_count;
  if (typeof itemCount === 'number') {
    document.querySelectorAll(COUNT_SELECTORS).forEach((el) => (el.textContent = String(itemCount)));
  }
  // Themes differ: Dawn-likes listen to cart:refresh / cart:updated, others to cart:build or
  // ajaxProduct:added. All are harmless where nobody listens.
  const detail = { cart, items: added, source: 'aisle' };
  for (const name of ['cart:refresh', 'cart:updated', 'cart:build', 'ajaxProduct:added', 'aisle:cart-added']) {
    document.dispatchEvent(new CustomEvent(name, { bubbles: true, detail }));
  }
  return { ok: true, itemCount };
}

/**
 * Assisted-revenue attribution: the variant ids added through Aisle ride on the cart as the
 * `_aisle_items` attribute (underscore: hidden from the shopper at checkout); the orders/create
 * webhook carries it into the order, where the admin's analytics count it.
 */
async function markAssisted(routes: Routes, cart: { attributes?: Record<string, string> } | null, variantId: string) {
  const listed = (cart?.attributes?._aisle_items ?? '').split(',').filter(Boolean);
  if (listed.includes(variantId)) return null;
  return fetch(`${routes.cart}/update.js`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify({ attributes: { _aisle_items: [...listed, variantId].join(',') } }),
  })
    .then((r) => (r.ok ? r.json() : null))
    .catch(() => null);
}
