// A product as a shopper can act on it: image, title linking to the product, price and compare-at
// price in the shop's currency, availability, a variant picker and Add to cart.
import { addToCart, numericId } from './cart';
import { fill, type Routes, type Strings } from './config';
import { h, safeImageUrl, safeUrl } from './dom';
import { formatMoney } from './money';
import type { ProductView } from './types';

export interface CardContext {
  locale: string;
  routes: Routes;
  strings: Strings;
  /** Says something to screen-reader users (a polite live region). */
  announce(message: string): void;
}

let uid = 0;
export const nextId = (prefix: string) => `${prefix}-${++uid}`;

type Variant = ProductView['variants'][number];

function hasRealVariants(p: ProductView): boolean {
  return p.variants.length > 1 || (p.variants.length === 1 && p.variants[0].title !== 'Default Title');
}

export function priceLine(
  price: number,
  compareAt: number | null,
  currency: string,
  ctx: Pick<CardContext, 'locale' | 'strings'>,
): HTMLElement {
  const now = formatMoney(price, currency, ctx.locale);
  if (compareAt == null || compareAt <= price) return h('span', { class: 'price' }, now);
  return h(
    'span',
    { class: 'price on-sale' },
    h('span', { class: 'sr' }, `${ctx.strings.salePrice} `),
    now,
    ' ',
    h('s', {}, h('span', { class: 'sr' }, `${ctx.strings.regularPrice} `), formatMoney(compareAt, currency, ctx.locale)),
  );
}

/** Variant picker (when the product has real variants), Add to cart, and the result. */
export function buyControls(p: ProductView, ctx: CardContext, onVariant?: (v: Variant) => void): HTMLElement {
  const { strings } = ctx;
  let current: Variant | undefined = p.variants.find((v) => v.available) ?? p.variants[0];
  const button = h('button', { type: 'button', class: 'add' }, strings.addToCart);
  const update = () => {
    const buyable = !!current?.available;
    button.disabled = !buyable;
    button.textContent = buyable ? strings.addToCart : strings.soldOut;
    if (current) onVariant?.(current);
  };
  const controls = h('div', { class: 'buy' });
  if (hasRealVariants(p)) {
    const id = nextId('aisle-variant');
    const select = h(
      'select',
      { id, class: 'variant' },
      p.variants.map((v) =>
        h(
          'option',
          { value: v.id, selected: v === current },
          `${v.title} – ${formatMoney(v.price, p.currency, ctx.locale)}${v.available ? '' : ` (${strings.soldOut})`}`,
        ),
      ),
    );
    select.addEventListener('change', () => {
      current = p.variants.find((v) => v.id === select.value);
      update();
    });
    controls.append(h('label', { for: id, class: 'variant-label' }, strings.variant), select);
  }
  button.addEventListener('click', async () => {
    if (!current?.available || button.getAttribute('aria-busy') === 'true') return;
    button.setAttribute('aria-busy', 'true');
    button.textContent = strings.adding;
    const chosen = current;
    const result = await addToCart(ctx.routes, numericId(chosen.id), 1);
    button.removeAttribute('aria-busy');
    const name = hasRealVariants(p) ? `${p.title} (${chosen.title})` : p.title;
    if (result.ok) {
      button.textContent = `✓ ${strings.added}`;
      ctx.announce(`${strings.added}: ${name}`);
      setTimeout(update, 2500);
    } else {
      update();
      ctx.announce(result.message ? `${strings.cartError} ${result.message}` : strings.cartError);
    }
  });
  controls.append(button);
  update();
  return controls;
}

/** "★ 4.3 (31)", read out as "Rated 4.3 out of 5, 31 reviews"; nothing for an unrated product. */
function ratingLine(p: ProductView, ctx: CardContext): HTMLElement | null {
  if (!p.rating) return null;
  const value = p.rating.value.toLocaleString(ctx.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const label = ctx.strings.rated ? fill(ctx.strings.rated, { rating: value, count: p.rating.count }) : `${value}/5 (${p.rating.count})`;
  return h('p', { class: 'rating' }, h('span', { 'aria-hidden': 'true' }, `★ ${value} (${p.rating.count})`), h('span', { class: 'sr' }, label));
}

export function productCard(p: ProductView, ctx: CardContext): HTMLElement {
  const titleId = nextId('aisle-card');
  const href = safeUrl(p.url);
  const image = safeImageUrl(p.image);
  const price = h('p', { class: 'price-row' }, priceLine(p.price, p.compareAtPrice, p.currency, ctx));
  const stock = h('p', { class: `stock ${p.available ? 'in' : 'out'}` }, p.available ? ctx.strings.inStock : ctx.strings.soldOut);
  const onVariant = (v: Variant) => {
    price.replaceChildren(priceLine(v.price, v.compareAtPrice, p.currency, ctx));
    stock.className = `stock ${v.available ? 'in' : 'out'}`;
    stock.textContent = v.available ? ctx.strings.inStock : ctx.strings.soldOut;
  };
  return h(
    'article',
    { class: 'card', 'aria-labelledby': titleId },
    image
      ? h('img', { src: image, alt: '', width: 72, height: 72, loading: 'lazy', decoding: 'async' })
      : h('div', { class: 'img-ph', 'aria-hidden': 'true' }),
    h(
      'div',
      { class: 'card-body' },
      h('h3', { class: 'card-title', id: titleId }, href ? h('a', { href }, p.title) : p.title),
      ratingLine(p, ctx),
      price,
      stock,
      buyControls(p, ctx, onVariant),
    ),
  );
}
