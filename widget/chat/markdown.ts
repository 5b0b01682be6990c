// A small Markdown reader for assistant replies. It produces a tree of a few known node kinds
// (paragraphs, lists, emphasis, code, links, tables…) and nothing else: raw HTML in the text stays
// text, and links keep only their target string, judged later by safeUrl. The tree is turned into
// DOM by render-markdown.ts with createElement/textContent, so no reply is ever parsed as HTML.

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'br' }
  | { t: 'code'; v: string }
  | { t: 'strong' | 'em' | 'del'; c: Inline[] }
  | { t: 'link'; href: string; c: Inline[] };

export type Block =
  | { t: 'p' | 'h'; c: Inline[] }
  | { t: 'ul' | 'ol'; items: Inline[][]; start?: number }
  | { t: 'pre'; v: string }
  | { t: 'quote'; c: Block[] }
  | { t: 'table'; head: Inline[][]; rows: Inline[][][] }
  | { t: 'hr' };

const LIST = /^\s{0,3}([-*+]|(\d{1,9})[.)])\s+(.*)$/;
const FENCE = /^\s{0,3}(```|~~~)/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const TABLE_SEP = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ t: 'p', c: parseInline(para.join('\n')) });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) {
      flush();
      continue;
    }
    if (FENCE.test(line)) {
      flush();
      const fence = FENCE.exec(line)![1];
      const code: string[] = [];
      while (++i < lines.length && !lines[i].trimStart().startsWith(fence)) code.push(lines[i]);
      blocks.push({ t: 'pre', v: code.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ t: 'h', c: parseInline(heading[1]) });
      continue;
    }
    if (RULE.test(line)) {
      flush();
      blocks.push({ t: 'hr' });
      continue;
    }
    if (QUOTE.test(line)) {
      flush();
      const quoted: string[] = [];
      for (; i < lines.length && QUOTE.test(lines[i]); i++) quoted.push(QUOTE.exec(lines[i])![1]);
      i--;
      blocks.push({ t: 'quote', c: parseMarkdown(quoted.join('\n')) });
      continue;
    }
    if (line.includes('|') && i + 1 < lines.length && TABLE_SEP.test(lines[i + 1]) && lines[i + 1].includes('-')) {
      flush();
      const head = cells(line).map(parseInline);
      const rows: Inline[][][] = [];
      for (i += 2; i < lines.length && lines[i].includes('|') && lines[i].trim(); i++) rows.push(cells(lines[i]).map(parseInline));
      i--;
      blocks.push({ t: 'table', head, rows });
      continue;
    }
    const item = LIST.exec(line);
    if (item) {
      flush();
      const ordered = item[2] != null;
      const items: string[] = [];
      for (; i < lines.length; i++) {
        const m = LIST.exec(lines[i]);
        if (m && (m[2] != null) === ordered) items.push(m[3]);
        else if (lines[i].trim() && /^\s{2,}/.test(lines[i]) && items.length) items[items.length - 1] += `\n${lines[i].trim()}`;
        else break;
      }
      i--;
      const list: Block = { t: ordered ? 'ol' : 'ul', items: items.map(parseInline) };
      if (ordered && Number(item[2]) !== 1) list.start = Number(item[2]);
      blocks.push(list);
      continue;
    }
    para.push(line);
  }
  flush();
  return blocks;
}

const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!|~<>])/;

/** Finds the `]` closing the `[` at `open`, allowing nested brackets. */
function closingBracket(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '[') depth++;
    else if (s[i] === ']' && --depth === 0) return i;
  }
  return -1;
}

/** The "(url)" or "(url "title")" after a link's text; returns the url and where it ends. */
function linkTarget(s: string, at: number): { href: string; end: number } | null {
  if (s[at] !== '(') return null;
  let depth = 0;
  for (let i = at; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) {
      const inner = s.slice(at + 1, i).trim();
      const href = /^<([^>]*)>/.exec(inner)?.[1] ?? inner.split(/\s+"/)[0];
      return { href, end: i + 1 };
    }
  }
  return null;
}

const BARE_URL = /^https?:\/\/[^\s<>()]*[^\s<>().,;:!?'"]/;

export function parseInline(s: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const push = (node: Inline) => {
    if (text) out.push({ t: 'text', v: text });
    text = '';
    out.push(node);
  };
  for (let i = 0; i < s.length;) {
    const rest = s.slice(i);
    const ch = s[i];
    const esc = ESCAPABLE.exec(rest);
    if (esc && esc.index === 0) {
      text += esc[1];
      i += 2;
      continue;
    }
    if (ch === '\n') {
      push({ t: 'br' });
      i++;
      continue;
    }
    if (ch === '`') {
      const ticks = /^`+/.exec(rest)![0];
      const end = s.indexOf(ticks, i + ticks.length);
      if (end > 0) {
        push({ t: 'code', v: s.slice(i + ticks.length, end).trim() });
        i = end + ticks.length;
        continue;
      }
    }
    if (ch === '[') {
      const close = closingBracket(s, i);
      const target = close > 0 ? linkTarget(s, close + 1) : null;
      if (target) {
        push({ t: 'link', href: target.href, c: parseInline(s.slice(i + 1, close)) });
        i = target.end;
        continue;
      }
    }
    if (ch === '<') {
      const auto = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/.exec(rest);
      if (auto) {
        push({ t: 'link', href: auto[1], c: [{ t: 'text', v: auto[1].replace(/^mailto:/, '') }] });
        i += auto[0].length;
        continue;
      }
    }
    if (ch === 'h' && /^https?:\/\//.test(rest) && !/[\w/]$/.test(text)) {
      const url = BARE_URL.exec(rest);
      if (url) {
        push({ t: 'link', href: url[0], c: [{ t: 'text', v: url[0] }] });
        i += url[0].length;
        continue;
      }
    }
    const delim = /^(\*\*|__|~~|\*|_)/.exec(rest)?.[1];
    if (delim) {
      // An opening delimiter needs text right after it and a matching closer later on the line;
      // snake_case words are not emphasis.
      const intraword = delim[0] === '_' && /\w$/.test(text);
      const end = intraword ? -1 : findCloser(s, i + delim.length, delim);
      if (end > i + delim.length && !/\s/.test(s[i + delim.length])) {
        const kind = delim === '~~' ? 'del' : delim.length === 2 ? 'strong' : 'em';
        push({ t: kind, c: parseInline(s.slice(i + delim.length, end)) });
        i = end + delim.length;
        continue;
      }
    }
    text += ch;
    i++;
  }
  if (text) out.push({ t: 'text', v: text });
  return out;
}

function findCloser(s: string, from: number, delim: string): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') {
      i++;
      continue;
    }
    if (s[i] === '`') {
      const end = s.indexOf('`', i + 1);
      if (end > 0) i = end;
      continue;
    }
    if (s.startsWith(delim, i) && !/\s/.test(s[i - 1])) {
      // "**" must not be taken as the closer of "*", nor "_" inside a word.
      if (delim.length === 1 && s[i + 1] === delim) {
        i++;
        continue;
      }
      if (delim[0] === '_' && /\w/.test(s[i + delim.length] ?? '')) continue;
      return i;
    }
  }
  return -1;
}
