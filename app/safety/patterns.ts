// Word lists and phrase rules compiled once into regular expressions. They run on folded text
// (lower-case, diacritics stripped, ł→l, ß→ss), which for the languages served is ASCII, so
// word edges are ASCII classes and the regexes go without the `u` flag: several times faster
// in V8 than Unicode property classes, and screening runs on every message.
import { foldDiacritics, squeeze } from './normalize';

const EDGE_BEFORE = '(?<![a-z0-9])';
const EDGE_AFTER = '(?![a-z0-9])';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A list entry as a regex source: folded and squeezed like the text it will meet, a trailing
 * `*` allows any word ending (Polish and German inflect: "pierdol*" → "pierdolony"), and a space
 * allows any run of spaces or punctuation.
 */
export function termSource(term: string): string {
  const prefix = term.endsWith('*');
  const body = squeeze(foldDiacritics(term.toLowerCase().replace(/\*$/, '')));
  const words = body.split(/\s+/).filter(Boolean).map(escapeRegExp);
  return words.join('[^a-z0-9]+') + (prefix ? '[a-z]*' : '');
}

/** One regex matching any of the terms as whole words, longest first so phrases win. */
export function compileTerms(terms: string[], flags = 'g'): RegExp {
  const sources = [...new Set(terms.map(termSource))].sort((a, b) => b.length - a.length);
  return new RegExp(`${EDGE_BEFORE}(?:${sources.join('|')})${EDGE_AFTER}`, flags);
}

/** Wraps a hand-written regex source (written for folded text) with word edges. */
export function wordRegex(source: string, flags = ''): RegExp {
  return new RegExp(`${EDGE_BEFORE}(?:${source})${EDGE_AFTER}`, flags);
}
