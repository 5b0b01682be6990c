import { parseInline, parseMarkdown, type Block, type Inline } from '../markdown';
import { safeImageUrl, safeUrl } from '../../shared/dom';

const SHOP = 'https://northwind.example/products/a';

/** Every string the renderer would put in the page, and every link target, flattened. */
function texts(nodes: (Block | Inline)[]): string[] {
  return nodes.flatMap((n): string[] => {
    if ('v' in n) return [n.v];
    if (n.t === 'link') return [`link:${n.href}`, ...texts(n.c)];
    if ('c' in n) return texts(n.c as (Block | Inline)[]);
    if ('items' in n) return n.items.flatMap((i) => texts(i));
    if (n.t === 'table') return [...n.head.flatMap(texts), ...n.rows.flatMap((r) => r.flatMap(texts))];
    return [];
  });
}

test('paragraphs, line breaks, emphasis, code, lists and links', () => {
  const md =
    'Here are **two jackets** for _you_:\n\n- [Rain Jacket](/products/rain-jacket) — `$120`\n- Windbreaker, ~~$80~~ $60\n\n1. First\n2. Second\nline two';
  expect(parseMarkdown(md)).toEqual([
    {
      t: 'p',
      c: [
        { t: 'text', v: 'Here are ' },
        { t: 'strong', c: [{ t: 'text', v: 'two jackets' }] },
        { t: 'text', v: ' for ' },
        { t: 'em', c: [{ t: 'text', v: 'you' }] },
        { t: 'text', v: ':' },
      ],
    },
    {
      t: 'ul',
      items: [
        [
          { t: 'link', href: '/products/rain-jacket', c: [{ t: 'text', v: 'Rain Jacket' }] },
          { t: 'text', v: ' — ' },
          { t: 'code', v: '$120' },
        ],
        [
          { t: 'text', v: 'Windbreaker, ' },
          { t: 'del', c: [{ t: 'text', v: '$80' }] },
          { t: 'text', v: ' $60' },
        ],
      ],
    },
    { t: 'ol', items: [[{ t: 'text', v: 'First' }], [{ t: 'text', v: 'Second' }]] },
    { t: 'p', c: [{ t: 'text', v: 'line two' }] },
  ]);
});

test('tables, headings, quotes, rules and fenced code', () => {
  const blocks = parseMarkdown(
    '## Sizes\n| Size | Chest |\n|---|---|\n| M | 100 cm |\n\n> Tip: **wash cold**\n\n---\n```\n<b>raw</b>\n```',
  );
  expect(blocks.map((b) => b.t)).toEqual(['h', 'table', 'quote', 'hr', 'pre']);
  expect(blocks[1]).toEqual({
    t: 'table',
    head: [[{ t: 'text', v: 'Size' }], [{ t: 'text', v: 'Chest' }]],
    rows: [[[{ t: 'text', v: 'M' }], [{ t: 'text', v: '100 cm' }]]],
  });
  expect(blocks[4]).toEqual({ t: 'pre', v: '<b>raw</b>' });
});

test('snake_case, lone asterisks and prices are not emphasis', () => {
  expect(parseInline('use order_number_here * 2 and 5*3')).toEqual([{ t: 'text', v: 'use order_number_here * 2 and 5*3' }]);
  expect(parseInline('\\*not em\\*')).toEqual([{ t: 'text', v: '*not em*' }]);
});

test('bare and angle-bracket URLs become links; trailing punctuation stays outside', () => {
  expect(parseInline('Track it at https://dhl.example/t?id=1. Or <mailto:help@shop.example>')).toEqual([
    { t: 'text', v: 'Track it at ' },
    { t: 'link', href: 'https://dhl.example/t?id=1', c: [{ t: 'text', v: 'https://dhl.example/t?id=1' }] },
    { t: 'text', v: '. Or ' },
    { t: 'link', href: 'mailto:help@shop.example', c: [{ t: 'text', v: 'help@shop.example' }] },
  ]);
});

describe('hostile replies stay text', () => {
  const payloads = [
    '<script>window.pwned = 1</script>',
    '<img src=x onerror="window.pwned=1">',
    '<a href="javascript:alert(1)">click</a>',
    '<svg onload=alert(1)>',
    '<iframe srcdoc="<script>alert(1)</script>">',
  ];
  test.each(payloads)('%s is one text node, unparsed', (payload) => {
    const blocks = parseMarkdown(payload);
    expect(blocks).toEqual([{ t: 'p', c: [{ t: 'text', v: payload }] }]);
  });

  test('markdown links keep their target as a string for safeUrl to judge', () => {
    const hrefs = texts(
      parseMarkdown(
        '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](java\tscript:x) [d](data:text/html,<script>x</script>) [e](vbscript:x) [f](/products/ok)',
      ),
    )
      .filter((s) => s.startsWith('link:'))
      .map((s) => s.slice(5));
    expect(hrefs).toEqual([
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:x',
      'data:text/html,<script>x</script>',
      'vbscript:x',
      '/products/ok',
    ]);
    expect(hrefs.map((href) => safeUrl(href, SHOP))).toEqual([null, null, null, null, null, 'https://northwind.example/products/ok']);
  });
});

test('safeUrl keeps web, mail and phone links, resolves paths on the shop, rejects script schemes', () => {
  expect(safeUrl('https://dhl.example/t?id=1', SHOP)).toBe('https://dhl.example/t?id=1');
  expect(safeUrl('mailto:help@shop.example', SHOP)).toBe('mailto:help@shop.example');
  expect(safeUrl('tel:+48601234567', SHOP)).toBe('tel:+48601234567');
  expect(safeUrl('/cart', SHOP)).toBe('https://northwind.example/cart');
  for (const bad of [
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'blob:https://x/1',
    '',
    null,
    42,
  ]) {
    expect(safeUrl(bad, SHOP)).toBeNull();
  }
  expect(safeImageUrl('https://cdn.example/a.jpg', SHOP)).toBe('https://cdn.example/a.jpg');
  expect(safeImageUrl('mailto:x@y.z', SHOP)).toBeNull();
  expect(safeImageUrl('data:image/png;base64,AAAA', SHOP)).toBeNull();
});
