// Reads the blocks' configurations back out of rendered HTML: JSON, HTML-escaped in data-config
// attributes (as the browser's parser would decode them).
function htmlUnescape(s: string): string {
  return s.replace(/&(#\d+|#x[\da-f]+|quot|lt|gt|amp);/gi, (_m, e: string) => {
    if (e[0] !== '#') return { quot: '"', lt: '<', gt: '>', amp: '&' }[e.toLowerCase()]!;
    return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

export function blockConfigs(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/data-config="([^"]*)"/g)].map((m) => JSON.parse(htmlUnescape(m[1])));
}
