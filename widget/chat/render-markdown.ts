// Markdown tree → DOM, with a fixed set of elements and text nodes only. Links are kept only when
// safeUrl accepts their target (http(s), mailto, tel, or a path on this shop); otherwise their text
// is shown as plain text. External links open in a new tab without access to this page.
import { h, safeUrl } from '../shared/dom';
import { parseMarkdown, type Block, type Inline } from './markdown';

function inline(nodes: Inline[]): Node[] {
  return nodes.map((n): Node => {
    switch (n.t) {
      case 'text':
        return document.createTextNode(n.v);
      case 'br':
        return h('br');
      case 'code':
        return h('code', {}, n.v);
      case 'strong':
      case 'em':
      case 'del':
        return h(n.t === 'del' ? 's' : n.t, {}, inline(n.c));
      case 'link': {
        const href = safeUrl(n.href);
        if (!href) return h('span', {}, inline(n.c));
        const external = new URL(href).origin !== location.origin;
        return h('a', { href, target: external ? '_blank' : null, rel: external ? 'noopener noreferrer nofollow' : null }, inline(n.c));
      }
    }
  });
}

function block(b: Block): Node {
  switch (b.t) {
    case 'p':
      return h('p', {}, inline(b.c));
    case 'h':
      return h('p', { class: 'md-h' }, h('strong', {}, inline(b.c)));
    case 'ul':
      return h(
        'ul',
        {},
        b.items.map((i) => h('li', {}, inline(i))),
      );
    case 'ol':
      return h(
        'ol',
        { start: b.start ?? null },
        b.items.map((i) => h('li', {}, inline(i))),
      );
    case 'pre':
      return h('pre', {}, h('code', {}, b.v));
    case 'quote':
      return h('blockquote', {}, b.c.map(block));
    case 'hr':
      return h('hr');
    case 'table':
      return h(
        'div',
        { class: 'md-table' },
        h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              b.head.map((c) => h('th', { scope: 'col' }, inline(c))),
            ),
          ),
          h(
            'tbody',
            {},
            b.rows.map((r) =>
              h(
                'tr',
                {},
                r.map((c) => h('td', {}, inline(c))),
              ),
            ),
          ),
        ),
      );
  }
}

export function renderMarkdown(source: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const b of parseMarkdown(source)) fragment.appendChild(block(b));
  return fragment;
}
