// Shopify's search syntax for the `query:` argument of connections, the subset apps use:
// `field:value`, `field:>value` (>, >=, <, <=), free text, quoted values ('…' or "…"), `value*` as a
// prefix, comma lists (`status:active,draft`), implicit AND, AND / OR / NOT, `-term` and parentheses.
// Unknown fields are ignored with a warning in `extensions.search`, as Shopify does.

export type Comparator = ':' | '>' | '>=' | '<' | '<=';

export interface SearchTerm {
  /** Lower-cased field name; undefined for free text. */
  field?: string;
  comparator: Comparator;
  value: string;
}

export type SearchNode =
  { kind: 'and' | 'or'; items: SearchNode[] } | { kind: 'not'; item: SearchNode } | { kind: 'term'; term: SearchTerm };

type Token = { type: 'word'; text: string } | { type: '(' } | { type: ')' };

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push(c === '(' ? { type: '(' } : { type: ')' });
      i++;
    } else {
      let text = '';
      while (i < query.length && !/[\s()]/.test(query[i])) {
        const q = query[i];
        if (q === '"' || q === "'") {
          const end = query.indexOf(q, i + 1);
          const stop = end === -1 ? query.length : end;
          text += query.slice(i, stop + 1);
          i = stop + 1;
        } else {
          text += q;
          i++;
        }
      }
      tokens.push({ type: 'word', text });
    }
  }
  return tokens;
}

function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/s, '$2');
}

function parseTerm(text: string): SearchTerm {
  const colon = text.indexOf(':');
  const quote = text.search(/["']/);
  if (colon <= 0 || (quote !== -1 && quote < colon)) return { comparator: ':', value: unquote(text) };
  const field = text.slice(0, colon).toLowerCase();
  let rest = text.slice(colon + 1);
  let comparator: Comparator = ':';
  const m = /^(>=|<=|>|<)/.exec(rest);
  if (m) {
    comparator = m[1] as Comparator;
    rest = rest.slice(m[1].length);
  }
  return { field, comparator, value: unquote(rest) };
}

export function parseSearchQuery(query: string): SearchNode {
  const tokens = tokenize(query);
  let pos = 0;
  const peekWord = () => (tokens[pos]?.type === 'word' ? (tokens[pos] as { text: string }).text : undefined);

  function parseOr(): SearchNode {
    const items = [parseAnd()];
    while (peekWord() === 'OR') {
      pos++;
      items.push(parseAnd());
    }
    return items.length === 1 ? items[0] : { kind: 'or', items };
  }
  function parseAnd(): SearchNode {
    const items: SearchNode[] = [];
    while (pos < tokens.length && tokens[pos].type !== ')' && peekWord() !== 'OR') {
      if (peekWord() === 'AND') {
        pos++;
        continue;
      }
      items.push(parseUnary());
    }
    return items.length === 1 ? items[0] : { kind: 'and', items };
  }
  function parseUnary(): SearchNode {
    const token = tokens[pos++];
    if (token.type === '(') {
      const inner = parseOr();
      if (tokens[pos]?.type === ')') pos++;
      return inner;
    }
    if (token.type === ')') return { kind: 'and', items: [] };
    if (token.text === 'NOT') return pos < tokens.length ? { kind: 'not', item: parseUnary() } : { kind: 'and', items: [] };
    if (token.text.startsWith('-') && token.text.length > 1) {
      return { kind: 'not', item: { kind: 'term', term: parseTerm(token.text.slice(1)) } };
    }
    return { kind: 'term', term: parseTerm(token.text) };
  }

  const root = parseOr();
  if (pos >= tokens.length) return root;
  // A stray closing parenthesis: what follows is AND-ed rather than dropped.
  pos++;
  return { kind: 'and', items: [root, parseOr()] };
}

/** A resource's field matcher: true/false, or undefined when it has no such search field. */
export type TermMatcher<T> = (item: T, term: SearchTerm) => boolean | undefined;

export interface CompiledSearch<T> {
  matches(item: T): boolean;
  /** Fields the resource doesn't know, reported like Shopify's "Invalid search field" warnings. */
  unknownFields: string[];
}

export function compileSearch<T>(query: string | null | undefined, matcher: TermMatcher<T>, known: ReadonlySet<string>): CompiledSearch<T> {
  if (!query || !query.trim()) return { matches: () => true, unknownFields: [] };
  const root = parseSearchQuery(query);
  const unknown = new Set<string>();
  (function collect(node: SearchNode) {
    if (node.kind === 'term') {
      if (node.term.field && !known.has(node.term.field)) unknown.add(node.term.field);
    } else if (node.kind === 'not') collect(node.item);
    else node.items.forEach(collect);
  })(root);

  function evaluate(node: SearchNode, item: T): boolean {
    switch (node.kind) {
      case 'and':
        return node.items.every((n) => evaluate(n, item));
      case 'or':
        return node.items.some((n) => evaluate(n, item));
      case 'not':
        return !evaluate(node.item, item);
      case 'term':
        if (node.term.field && !known.has(node.term.field)) return true;
        return matcher(item, node.term) ?? true;
    }
  }
  return { matches: (item) => evaluate(root, item), unknownFields: [...unknown] };
}

// Comparisons shared by the resources' matchers.

/** Case-insensitive equality, `value*` as a prefix, and comma lists meaning "any of". */
export function matchText(actual: string | null | undefined, value: string): boolean {
  const a = (actual ?? '').toLowerCase();
  return value.split(',').some((raw) => {
    const v = raw.trim().toLowerCase();
    return v.endsWith('*') ? a.startsWith(v.slice(0, -1)) : a === v;
  });
}

/** Free text or `title:`: every word of the value begins a word of the text (Shopify's tokenised match). */
export function matchWords(actual: string | null | undefined, value: string): boolean {
  const words = (actual ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const wanted = value
    .toLowerCase()
    .replace(/\*$/, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (!wanted.length) return true;
  return wanted.every((w) => words.some((word) => word.startsWith(w)));
}

export function compare(actual: number, comparator: Comparator, wanted: number): boolean {
  switch (comparator) {
    case ':':
      return actual === wanted;
    case '>':
      return actual > wanted;
    case '>=':
      return actual >= wanted;
    case '<':
      return actual < wanted;
    case '<=':
      return actual <= wanted;
  }
}

/** Dates: a bare day ("2025-01-31") compared with `:` means that whole day (UTC). */
export function matchDate(actualIso: string | null | undefined, comparator: Comparator, value: string): boolean {
  if (!actualIso) return false;
  const actual = Date.parse(actualIso);
  const wanted = Date.parse(value);
  if (Number.isNaN(actual) || Number.isNaN(wanted)) return false;
  if (comparator === ':' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return actual >= wanted && actual < wanted + 86_400_000;
  return compare(actual, comparator, wanted);
}

export function matchNumber(actual: number | string | null | undefined, comparator: Comparator, value: string): boolean {
  if (actual == null) return false;
  const wanted = Number(value);
  if (Number.isNaN(wanted)) return false;
  return compare(Number(actual), comparator, wanted);
}
