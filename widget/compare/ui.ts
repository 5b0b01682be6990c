// The product-comparison block: the current product next to the merchant's picks, a collection's
// products, similar products, or the shopper's own choices; a table with image, price, rating and
// what customers say, options, stock and attributes — rows that differ highlighted — each product
// buyable; a "which one for whom" summary; and "Ask the assistant about these".
import { fill, type CompareConfig, type Strings } from '../shared/config';
import { append, h, safeImageUrl, safeUrl } from '../shared/dom';
import { buyControls, nextId, priceLine, type CardContext } from '../shared/product-card';
import type { ComparedProduct, ProductComparison, ProductView } from '../shared/types';
import type { CompareModule } from './index';

const PICKS_KEY = 'aisle:compare';

function storedPicks(shop: string): string[] {
  try {
    const saved = JSON.parse(localStorage.getItem(PICKS_KEY) ?? '{}') as Record<string, unknown>;
    const list = saved[shop];
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function storePicks(shop: string, handles: string[]): void {
  try {
    const saved = JSON.parse(localStorage.getItem(PICKS_KEY) ?? '{}') as Record<string, unknown>;
    saved[shop] = handles;
    localStorage.setItem(PICKS_KEY, JSON.stringify(saved));
  } catch {
    // Storage disabled: the shopper's choice lasts for this page only.
  }
}

function mount(host: HTMLElement, cfg: CompareConfig): void {
  const s: Strings = cfg.strings;
  const proxy = cfg.proxy.replace(/\/$/, '');
  const max = Math.min(4, Math.max(2, cfg.settings.maxProducts || 3));
  const show = new Set(cfg.settings.show);
  const current = cfg.product.handle;
  const root = host.attachShadow({ mode: 'open' });
  const headingId = nextId('aisle-cmp');
  const announcer = h('div', { class: 'sr', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const announce = (m: string) => {
    announcer.textContent = '';
    setTimeout(() => (announcer.textContent = m), 50);
  };
  const ctx: CardContext = { locale: cfg.locale, routes: cfg.routes, strings: s, announce };
  const body = h('div', { class: 'body', 'aria-live': 'polite', 'aria-busy': 'true' }, h('p', { class: 'muted' }, s.loading));
  const section = h(
    'section',
    { class: 'block', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, cfg.settings.heading || s.heading),
    body,
    announcer,
  );
  const css = h('link', { rel: 'stylesheet', href: cfg.assets.uiCss });
  // The table is drawn once styled: unstyled, it would be wider than a phone for a moment, and
  // mobile browsers widen the layout viewport (zooming the page out) to fit it.
  const styled = new Promise<void>((resolve) => {
    css.addEventListener('load', () => resolve());
    css.addEventListener('error', () => resolve());
  });
  section.hidden = true;
  void styled.then(() => (section.hidden = false));
  root.append(css, section);

  let handles: string[] = [];
  let onlyDifferences = false;
  let data: ProductComparison | null = null;

  const api = async <T>(path: string): Promise<T | null> => {
    const res = await fetch(`${proxy}${path}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).catch(() => null);
    return res?.ok ? ((await res.json()) as T) : null;
  };

  /** Products like this one, when the merchant picked none: same type, else found by its title. */
  async function similar(): Promise<string[]> {
    const { type, title } = cfg.product;
    const filter = type ? `type=${encodeURIComponent(type)}` : title ? `q=${encodeURIComponent(title)}` : '';
    if (!filter) return [];
    const found = await api<{ products: ProductView[] }>(`/search?${filter}&available=true&limit=${max + 1}&locale=${cfg.locale}`);
    return (found?.products ?? []).map((p) => p.handle).filter((x) => x !== current);
  }

  async function chooseProducts(): Promise<string[]> {
    const merchant = cfg.handles.filter((x) => x && x !== current);
    if (cfg.settings.source === 'shopper') return storedPicks(cfg.shop).filter((x) => x !== current);
    return merchant.length ? merchant : similar();
  }

  async function load() {
    body.setAttribute('aria-busy', 'true');
    const unique = [...new Set([current, ...handles])].slice(0, max);
    if (unique.length < 2) {
      data = null;
      body.removeAttribute('aria-busy');
      return render();
    }
    data = await api<ProductComparison>(
      `/compare?products=${unique.map(encodeURIComponent).join(',')}&locale=${encodeURIComponent(cfg.locale)}`,
    );
    await styled;
    body.removeAttribute('aria-busy');
    if (!data) body.replaceChildren(h('p', { class: 'muted' }, s.error));
    else render();
  }

  function productHeader(p: ComparedProduct): HTMLElement {
    const href = safeUrl(p.url);
    const image = safeImageUrl(p.image);
    const remove =
      cfg.settings.source === 'shopper' && p.handle !== current
        ? h(
            'button',
            {
              type: 'button',
              class: 'remove',
              'aria-label': fill(s.remove, { title: p.title }),
              onClick: () => setPicks(handles.filter((x) => x !== p.handle)),
            },
            '×',
          )
        : null;
    return h(
      'th',
      { scope: 'col' },
      image
        ? h('img', { src: image, alt: '', width: 120, height: 120, loading: 'lazy', decoding: 'async' })
        : h('div', { class: 'img-ph', 'aria-hidden': 'true' }),
      h('span', { class: 'title' }, href ? h('a', { href }, p.title) : p.title),
      remove,
    );
  }

  function row(label: string, differs: boolean, cells: (Node | string)[], group: string): HTMLTableRowElement {
    return h(
      'tr',
      { class: [differs ? 'differs' : '', `g-${group}`].join(' ').trim(), hidden: onlyDifferences && !differs && group !== 'buy' },
      h(
        'th',
        { scope: 'row' },
        label,
        differs
          ? h('span', { class: 'diff-mark' }, h('span', { 'aria-hidden': 'true' }, ' ≠'), h('span', { class: 'sr' }, ` (${s.differs})`))
          : null,
      ),
      cells.map((c) => h('td', {}, c)),
    );
  }

  function render() {
    if (!data || data.products.length < 2) {
      body.replaceChildren();
      append(body, [h('p', { class: 'muted' }, s.empty), picker()]);
      return;
    }
    const products = data.products;
    const titles = products.map((p) => p.title).join(', ');
    const priceRow = data.rows.find((r) => r.key === 'price');
    const rows: HTMLTableRowElement[] = [];
    if (show.has('price'))
      rows.push(
        row(
          s.price,
          !!priceRow?.differs,
          products.map((p) => priceLine(p.price, p.compareAtPrice, p.currency, ctx)),
          'price',
        ),
      );
    if (show.has('rating')) {
      const ratings = products.map((p) => (p.rating ? `${p.rating.value.toFixed(1)}/5` : ''));
      rows.push(
        row(
          s.rating,
          new Set(ratings).size > 1,
          products.map((p) =>
            p.rating
              ? h(
                  'span',
                  {},
                  h('span', { 'aria-hidden': 'true' }, '★ '),
                  `${p.rating.value.toFixed(1)}/5 · ${fill(s.reviews, { count: p.rating.count })}`,
                )
              : h('span', { class: 'muted' }, s.noReviews),
          ),
          'rating',
        ),
      );
      if (products.some((p) => p.customersSay))
        rows.push(
          row(
            s.customersSay,
            true,
            products.map((p) => p.customersSay ?? '—'),
            'rating',
          ),
        );
    }
    for (const r of data.rows) {
      if (r.key === 'price' || !show.has(r.group)) continue;
      rows.push(
        row(
          r.attribute,
          r.differs,
          r.values.map((v) => v ?? '—'),
          r.group,
        ),
      );
    }
    rows.push(
      row(
        s.buy,
        false,
        products.map((p) => buyControls(p, ctx)),
        'buy',
      ),
    );

    const toggleId = nextId('aisle-only-diff');
    const toggle = h('input', { type: 'checkbox', id: toggleId, checked: onlyDifferences });
    toggle.addEventListener('change', () => {
      onlyDifferences = toggle.checked;
      body
        .querySelectorAll<HTMLTableRowElement>('tbody tr')
        .forEach((tr) => (tr.hidden = onlyDifferences && !tr.classList.contains('differs') && !tr.classList.contains('g-buy')));
    });

    const summary = data.summary.filter((w) => w.points.length);
    const chatPresent = !!document.getElementById('aisle-chat-config');
    body.replaceChildren();
    append(body, [
      h('div', { class: 'toolbar' }, h('label', { for: toggleId, class: 'toggle' }, toggle, ` ${s.onlyDifferences}`)),
      h(
        'div',
        { class: 'scroller', role: 'region', tabindex: 0, 'aria-label': `${s.heading}: ${titles}` },
        h(
          'table',
          {},
          h('caption', { class: 'sr' }, `${s.heading}: ${titles}`),
          h('thead', {}, h('tr', {}, h('td', {}), products.map(productHeader))),
          h('tbody', {}, rows),
        ),
      ),
      summary.length
        ? h(
            'div',
            { class: 'who' },
            h('h3', {}, s.whoFor),
            h(
              'ul',
              {},
              summary.map((w) => h('li', {}, h('strong', {}, w.title), `: ${w.points.join('; ')}.`)),
            ),
          )
        : null,
      h(
        'div',
        { class: 'actions' },
        chatPresent
          ? h(
              'button',
              {
                type: 'button',
                class: 'ask',
                onClick: () =>
                  document.dispatchEvent(
                    new CustomEvent('aisle:open', {
                      detail: { message: fill(s.askMessage, { products: products.map((p) => p.title).join(', ') }) },
                    }),
                  ),
              },
              s.ask,
            )
          : null,
      ),
      cfg.settings.source === 'shopper' && products.length < max ? picker() : null,
    ]);
  }

  function setPicks(next: string[]) {
    handles = [...new Set(next)].filter((x) => x !== current).slice(0, max - 1);
    if (cfg.settings.source === 'shopper') storePicks(cfg.shop, handles);
    void load();
  }

  /** Search-and-add, for the shopper's own choice. */
  function picker(): HTMLElement | null {
    if (cfg.settings.source !== 'shopper') return null;
    const id = nextId('aisle-cmp-search');
    const input = h('input', { id, type: 'search', autocomplete: 'off', placeholder: s.addPlaceholder });
    const results = h('ul', { class: 'results', 'aria-live': 'polite' });
    let timer = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      const q = input.value.trim();
      timer = window.setTimeout(async () => {
        if (q.length < 2) return results.replaceChildren();
        const found = await api<{ products: ProductView[] }>(`/search?q=${encodeURIComponent(q)}&limit=5&locale=${cfg.locale}`);
        const list = (found?.products ?? []).filter((p) => p.handle !== current && !handles.includes(p.handle));
        results.replaceChildren(
          ...(list.length
            ? list.map((p) =>
                h(
                  'li',
                  {},
                  h('button', { type: 'button', class: 'pick', onClick: () => setPicks([...handles, p.handle]) }, `${s.add}: ${p.title}`),
                ),
              )
            : [h('li', { class: 'muted' }, s.noMatches)]),
        );
      }, 250);
    });
    return h('div', { class: 'picker' }, h('label', { for: id }, s.addLabel), input, results);
  }

  void chooseProducts().then((list) => {
    handles = list.slice(0, max - 1);
    return load();
  });
}

const mod: CompareModule = { mount };
const w = window as unknown as { __aisle?: Record<string, unknown> };
(w.__aisle ??= {}).compare = mod;
