// Order numbers as shoppers type them ("#1001", "1001", "order 1001", "nw-1001-x") → the order names
// a shop actually uses. A shop may put a prefix and a suffix around the number (Settings → Checkout
// → Order ID format), so the format is read off a real order name rather than assumed to be "#".

export interface OrderNameFormat {
  prefix: string;
  suffix: string;
}

export const DEFAULT_NAME_FORMAT: OrderNameFormat = { prefix: '#', suffix: '' };

export interface ParsedOrderNumber {
  /** The sequential number: the longest run of digits typed (the last one on a tie). */
  digits: string;
  /** The token as typed around the number, when it carries more than "#" (e.g. "NW-1001-X"). */
  asTyped: string | null;
}

const MAX_DIGITS = 20;
// Characters that may appear in an order name we search for. Anything else is dropped, so nothing
// typed can change the meaning of the Admin API search query it ends up in.
const NAME_CHARS = /[^A-Za-z0-9#\-_./]/g;

function longestDigitRun(text: string): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (const m of text.matchAll(/\d+/g)) {
    const run = { start: m.index!, end: m.index! + m[0].length };
    if (!best || run.end - run.start >= best.end - best.start) best = run;
  }
  return best;
}

/** The prefix and suffix around the number in a real order name: "NW-1001-X" → NW- / -X. */
export function formatFromName(name: string): OrderNameFormat | null {
  const run = longestDigitRun(name);
  if (!run) return null;
  return { prefix: name.slice(0, run.start), suffix: name.slice(run.end) };
}

export function parseOrderNumber(input: string): ParsedOrderNumber | null {
  const run = longestDigitRun(input);
  if (!run || run.end - run.start > MAX_DIGITS) return null;
  const digits = input.slice(run.start, run.end);
  // The whitespace-delimited token that holds the number, e.g. "NW-1001-X" in "order NW-1001-X?".
  const before = input.slice(0, run.start).search(/\S*$/);
  const afterMatch = /^\S*/.exec(input.slice(run.end));
  const token = (input.slice(before, run.start) + digits + (afterMatch?.[0] ?? ''))
    .replace(NAME_CHARS, '')
    .replace(/^[-_./]+|[-_./]+$/g, '');
  const bare = token.replace(/^#/, '');
  return { digits, asTyped: bare === digits || !token ? null : token };
}

/** Names the order could have in this shop, best first. */
export function candidateNames(parsed: ParsedOrderNumber, format: OrderNameFormat): string[] {
  const names = [`${format.prefix}${parsed.digits}${format.suffix}`];
  if (parsed.asTyped) names.push(parsed.asTyped);
  return [...new Set(names.map((n) => n.replace(NAME_CHARS, '')))].filter(Boolean);
}

/** Comparable form of an order name: case and spaces don't matter. */
export function nameKey(name: string): string {
  return name.replace(/\s+/g, '').toUpperCase();
}

/** The Admin API search for these names: each quoted, only safe characters, OR-ed. */
export function nameSearchQuery(names: string[]): string {
  return names.map((n) => `name:"${n.replace(NAME_CHARS, '')}"`).join(' OR ');
}
