// One message, several views. Evasions the screen must see through: zero-width characters
// inside words, Cyrillic look-alikes ("іgnore"), accents dropped on a phone keyboard
// ("zabije cie"), leetspeak ("sh1t"), spaced letters ("f u c k") and stretched words ("fuuuck").
import type { NormalizedText } from './types';

// Listing invisible and control characters is the point of these two classes.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF]/gu;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

// Cyrillic and Greek letters that look Latin. Mapped only inside words that also contain Latin
// letters, so a message written in Russian is left alone.
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y',
  х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', А: 'A', В: 'B', Е: 'E', К: 'K',
  М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S', ο: 'o', α: 'a',
  ε: 'e', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', τ: 't', υ: 'u', χ: 'x', Ο: 'O', Α: 'A', Ε: 'E', Ι: 'I',
  Κ: 'K', Μ: 'M', Ν: 'N', Ρ: 'P', Τ: 'T', Χ: 'X', Υ: 'Y', Ζ: 'Z', Β: 'B', Η: 'H',
};
const LOOKALIKE_CHARS = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'gu');
const MIXED_WORD = /[\p{L}\p{M}]+/gu;

// Letters NFD does not decompose.
const FOLD_EXTRA: Record<string, string> = { ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ħ: 'h', ı: 'i' };
const FOLD_EXTRA_CHARS = /[łßæœøđħı]/gu;

export const MAX_ANALYSED_CHARS = 10_000;

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
// Tokens are matched whole and inspected in the callback: a pattern that looks for the digit
// itself backtracks quadratically over long runs of letters.
const LEET_TOKEN = /[\p{L}0-9@$]+/gu;
const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-_*+]\p{L}(?![\p{L}\p{N}])){3,}/gu;
const LETTER_FLOOD = /(\p{L})\1{2,}/gu;

/** Removes characters that render as nothing (or steer text direction) and C0/C1 controls. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '').replace(CONTROL, '');
}

export function foldDiacritics(lower: string): string {
  return lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(FOLD_EXTRA_CHARS, (c) => FOLD_EXTRA[c] ?? c);
}

function mapLookalikes(text: string): string {
  return text.replace(MIXED_WORD, (word) =>
    /[a-z]/i.test(word) ? word.replace(LOOKALIKE_CHARS, (c) => LOOKALIKES[c] ?? c) : word,
  );
}

/** Leetspeak is undone only in tokens that also hold letters, so "455" or "10234" stay numbers. */
function undoLeet(text: string): string {
  return text.replace(LEET_TOKEN, (token) =>
    /[0-9@$]/.test(token) && /\p{L}/u.test(token) ? token.replace(/[0-9@$]/g, (c) => LEET[c] ?? c) : token,
  );
}

/** Folds a word or phrase the way `squeezed` is folded, so list entries and text line up. */
export function squeeze(folded: string): string {
  return undoLeet(folded)
    .replace(SPACED_LETTERS, (run) => run.replace(/[ .\-_*+]/g, ''))
    .replace(LETTER_FLOOD, '$1');
}

/**
 * Only the first `maxChars` characters are analysed: enough for any real message, and it keeps
 * a pasted megabyte from costing more than a page. `length` still tells the full size.
 */
export function normalizeText(text: string, maxChars = MAX_ANALYSED_CHARS): NormalizedText {
  // Typographic apostrophes as ASCII, so "I’ll" and "t’es" meet the same rules as "I'll".
  const clean = mapLookalikes(stripInvisible(text.slice(0, maxChars).normalize('NFKC'))).replace(/[’‘ʼ`´]/gu, "'");
  const lower = clean.toLowerCase();
  const folded = foldDiacritics(lower);
  return { clean, lower, folded, squeezed: squeeze(folded), length: text.length };
}
