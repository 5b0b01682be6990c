// Text normalisation for understanding chat lines: lower case, accents folded, letters that Unicode
// does not decompose spelled out, so "Größe", "grosse" and "GRÖSSE" or "zamówienie" and
// "zamowienie" are one word. Shoppers type without accents on phones; cues and vocabulary are
// written folded and compared folded.

const UNDECOMPOSED: Record<string, string> = { ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i' };

export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[łßøæœđı]/g, (c) => UNDECOMPOSED[c])
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/** Folded words; apostrophes and hyphens split ("d'oreilles" → d, oreilles; "t-shirt" → t, shirt). */
export function tokens(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lower-cased words with their accents, aligned with `tokens` (same count, same order). */
export function rawTokens(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}
