// Text normalisation shared by indexing, querying and filtering, so that "Größe", "grosse" and
// "GROSSE" are one word everywhere: lower case, accents folded, letters that Unicode does not
// decompose (ł, ß, ø, æ, œ, đ, ı) spelled out.

const UNDECOMPOSED: Record<string, string> = { ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i', ð: 'd', þ: 'th' };
const UNDECOMPOSED_RE = /[łßøæœđıðþ]/g;
const COMBINING_MARKS = /\p{M}+/gu;

const ASCII = /^[\u0020-\u007e\s]*$/;

/** Lower case without accents: "Złoty Naszyjnik" → "zloty naszyjnik", "Größe" → "grosse". */
export function fold(text: string): string {
  // Most catalog text is ASCII, and Unicode normalisation is the slow part of a 100,000-product build.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c])
    .normalize('NFD')
    .replace(COMBINING_MARKS, '');
}

const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/** Lower-cased words (accents kept: the stemmers of fr/es read them). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(WORD_SPLIT)
    .filter((w) => w.length > 0);
}

/** The comparable form of a whole label (type, vendor, tag, option name or value). */
export function foldLabel(text: string): string {
  return words(text).map(fold).join(' ');
}

// Function words of the supported languages, folded. Dropped from queries ("necklace for women")
// so that they don't have to match under AND, and from the index, where they only cost memory.
// Only words that are never a product word on their own in any of the languages are listed.
export const STOPWORDS = new Set(
  [
    // en
    'a',
    'an',
    'and',
    'the',
    'for',
    'with',
    'of',
    'in',
    'on',
    'to',
    'or',
    'my',
    'me',
    'i',
    'is',
    'some',
    'any',
    // pl
    'i',
    'w',
    'z',
    'ze',
    'na',
    'dla',
    'do',
    'oraz',
    'lub',
    'jakis',
    'jakies',
    // de
    'der',
    'die',
    'das',
    'den',
    'dem',
    'des',
    'ein',
    'eine',
    'einen',
    'einer',
    'und',
    'mit',
    'fur',
    'im',
    'oder',
    'zum',
    'zur',
    // es
    'el',
    'la',
    'los',
    'las',
    'un',
    'una',
    'unos',
    'unas',
    'y',
    'con',
    'para',
    'de',
    'del',
    'en',
    'o',
    // fr
    'le',
    'les',
    'l',
    'une',
    'des',
    'du',
    'et',
    'avec',
    'pour',
    'au',
    'aux',
    'd',
    'ou',
  ].map(fold),
);
