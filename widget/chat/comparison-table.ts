// The assistant's comparison as a table: one column per product, one row per attribute, rows where
// the products differ marked (colour and a text marker, not colour alone). It scrolls sideways in
// its own region on narrow screens instead of widening the panel.
import type { Strings } from '../shared/config';
import { h, safeUrl } from '../shared/dom';
import type { ComparisonTable } from '../shared/types';

export function comparisonTable(c: ComparisonTable, strings: Strings): HTMLElement {
  const titles = c.products.map((p) => p.title);
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, h('span', { class: 'sr' }, strings.attribute)),
    c.products.map((p) => {
      const href = safeUrl(p.url);
      return h('th', { scope: 'col' }, href ? h('a', { href }, p.title) : p.title);
    }),
  );
  const rows = c.rows.map((r) =>
    h(
      'tr',
      { class: r.differs ? 'differs' : null },
      h(
        'th',
        { scope: 'row' },
        r.attribute,
        r.differs
          ? h(
              'span',
              { class: 'diff-mark' },
              h('span', { 'aria-hidden': 'true' }, ' ≠'),
              h('span', { class: 'sr' }, ` (${strings.differs})`),
            )
          : null,
      ),
      r.values.map((v) => h('td', {}, v || '—')),
    ),
  );
  return h(
    'div',
    { class: 'cmp', role: 'region', tabindex: 0, 'aria-label': `${strings.comparison}: ${titles.join(', ')}` },
    h(
      'table',
      {},
      h('caption', { class: 'sr' }, `${strings.comparison}: ${titles.join(', ')}`),
      h('thead', {}, head),
      h('tbody', {}, rows),
    ),
  );
}
