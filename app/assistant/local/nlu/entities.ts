// Entities in a shopper's message: order numbers (in the shop's own format), e-mails, phone
// numbers, price limits, sizes, quantities and colours, in en/pl/de/es/fr. Each extractor blanks
// what it took, so that an order number is not read again as a price or a phone number, and the
// rest of the text (the `remainder`) is what the product query is built from.
import { type Lang } from './patterns';
import { escapeRegExp, tokens } from './text';
import { analyseVocabulary } from './vocabulary';

/**
 * How the shop writes order numbers: Shopify's order name is prefix + number + suffix ("#1001",
 * "NW-1001", "1001-A"); the prefix and suffix are shop settings.
 */
export interface OrderNumberFormat {
  prefix: string;
  suffix: string;
}

export const DEFAULT_ORDER_NUMBER_FORMAT: OrderNumberFormat = { prefix: '#', suffix: '' };

export interface PriceRange {
  min?: number;
  max?: number;
}

export interface Entities {
  /** In the shop's format ("#1001"), or as written when it has another shape ("NW-1001"). */
  orderNumbers: string[];
  emails: string[];
  phones: string[];
  price: PriceRange | null;
  /** "XS" … "XXXL", or a numeric size ("40", "42.5"). */
  sizes: string[];
  /** Canonical English colour names (metals included: "gold", "silver"). */
  colours: string[];
  quantity: number | null;
  /** Runs of 3+ digits nothing else claimed: an order number when the shopper is asked for one. */
  bareNumbers: string[];
  /** The message with the entities above (except colours) blanked out. */
  remainder: string;
}

export interface EntityOptions {
  lang?: Lang;
  orderNumberFormat?: OrderNumberFormat;
}

// Lower case without accents, one UTF-16 unit per unit, so that match positions in the folded text
// are positions in the original ("ß" becomes "s", not "ss").
const SINGLE_LETTER: Record<string, string> = { ł: 'l', ß: 's', ø: 'o', æ: 'a', œ: 'o', đ: 'd', ı: 'i' };

function foldKeepingLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const base = SINGLE_LETTER[lower] ?? lower.normalize('NFD').replace(/\p{M}+/gu, '');
    out += (base[0] ?? ' ').padEnd(ch.length, ' ');
  }
  return out;
}

class Scratch {
  folded: string;
  constructor(public original: string) {
    this.folded = foldKeepingLength(original);
  }
  blank(start: number, end: number) {
    const pad = ' '.repeat(end - start);
    this.folded = this.folded.slice(0, start) + pad + this.folded.slice(end);
    this.original = this.original.slice(0, start) + pad + this.original.slice(end);
  }
}

// ——— order numbers ———

const ORDER_WORDS = '(?:order|purchase|zamowieni[a-z]*|zamowienie|bestell(?:ung|nummer)[a-z]*|pedido|compra|commande)';
const NUMBER_WORDS = '(?:nr|no|num|number|numer(?:ze)?|nummer|numero|n[º°o]?|#)';
const ORDER_TOKEN = '([a-z]{0,5}[-_]?\\d{3,15}(?:[-_][a-z0-9]{1,4})?)';
const ORDER_CUE = new RegExp(`${ORDER_WORDS}\\s*(?:${NUMBER_WORDS}\\.?\\s*)?[:.]?\\s*${ORDER_TOKEN}(?![\\p{L}\\d])`, 'gu');
const HASH_NUMBER = /#\s?(\d{3,15})(?![\p{L}\d])/gu;
const LETTER_PREFIXED = /(?<![\p{L}\d-])([A-Z]{1,5}-\d{3,15}(?:-[A-Z0-9]{1,4})?)(?![\p{L}\d])/gu;
const LETTER_SUFFIXED = /(?<![\p{L}\d-])(\d{3,15}-[A-Z]{1,3})(?![\p{L}\d])/gu;

function shopFormatPattern(f: OrderNumberFormat): RegExp | null {
  const prefix = f.prefix.trim();
  const suffix = f.suffix.trim();
  if ((prefix === '' || prefix === '#') && suffix === '') return null;
  // "NW-1001" is also typed "nw1001" or "NW 1001": the separator inside the prefix is optional.
  const flexible = (s: string) => escapeRegExp(s.toLowerCase()).replace(/\\?[-_ ]/g, '[-_ ]?');
  const p = prefix && prefix !== '#' ? flexible(prefix) + '[-_ ]?' : '#?';
  const s = suffix ? '[-_ ]?' + flexible(suffix.replace(/^[-_ ]/, '')) : '';
  return new RegExp(`(?<![\\p{L}\\d])${p}(\\d{3,15})${s}(?![\\p{L}\\d])`, 'gu');
}

/** "1001" → "#1001" (or "NW-1001-A" for a shop with that prefix and suffix). */
export function formatOrderNumber(digits: string, f: OrderNumberFormat): string {
  return `${f.prefix.trim()}${digits}${f.suffix.trim()}`;
}

function normaliseOrderToken(token: string, f: OrderNumberFormat): string {
  const digitsOnly = /^\d+$/.test(token);
  if (digitsOnly) return formatOrderNumber(token, f);
  const shaped = shopFormatPattern(f);
  if (shaped) {
    shaped.lastIndex = 0;
    const m = shaped.exec(token.toLowerCase());
    if (m && m[0].length === token.length) return formatOrderNumber(m[1], f);
  }
  return token.toUpperCase();
}

function extractOrderNumbers(s: Scratch, f: OrderNumberFormat): string[] {
  const found: string[] = [];
  const take = (re: RegExp, text: () => string, group: number, normalise: (t: string) => string) => {
    re.lastIndex = 0;
    const source = text();
    for (let m = re.exec(source); m; m = re.exec(source)) {
      found.push(normalise(m[group]));
      s.blank(m.index, m.index + m[0].length);
    }
  };
  const shaped = shopFormatPattern(f);
  if (shaped)
    take(
      shaped,
      () => s.folded,
      1,
      (d) => formatOrderNumber(d, f),
    );
  take(
    ORDER_CUE,
    () => s.folded,
    1,
    (t) => normaliseOrderToken(t, f),
  );
  take(
    HASH_NUMBER,
    () => s.folded,
    1,
    (d) => formatOrderNumber(d, f),
  );
  take(
    LETTER_PREFIXED,
    () => s.original,
    1,
    (t) => t,
  );
  take(
    LETTER_SUFFIXED,
    () => s.original,
    1,
    (t) => t,
  );
  return [...new Set(found)];
}

// ——— e-mails and phones ———

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;
const PHONE = /(?<![\p{L}\d])(\+?\d[\d\s().-]{6,20}\d)(?![\p{L}\d])/gu;
const PHONE_CUE =
  /(?:phone|tel|telefon\w*|handy|movil|mobile?|portable|komork\w*|numer telefonu|numero de telefono|numero de telephone)\s*[:.]?\s*$/u;
const MIN_PHONE_DIGITS = 9;
const MAX_PHONE_DIGITS = 15;

function extractEmails(s: Scratch): string[] {
  const out: string[] = [];
  EMAIL.lastIndex = 0;
  const source = s.original;
  for (let m = EMAIL.exec(source); m; m = EMAIL.exec(source)) {
    out.push(m[0].toLowerCase());
    s.blank(m.index, m.index + m[0].length);
  }
  return out;
}

function extractPhones(s: Scratch): string[] {
  const out: string[] = [];
  PHONE.lastIndex = 0;
  const source = s.folded;
  for (let m = PHONE.exec(source); m; m = PHONE.exec(source)) {
    const raw = m[1];
    const digits = raw.replace(/\D/g, '');
    if (digits.length < MIN_PHONE_DIGITS || digits.length > MAX_PHONE_DIGITS) continue;
    // A run of digits alone could be anything (an order id, a tracking number): a phone number
    // starts with "+", is written in groups, or follows a word like "phone".
    const grouped = /[\s().-]/.test(raw);
    const cued = PHONE_CUE.test(source.slice(Math.max(0, m.index - 30), m.index));
    if (!raw.startsWith('+') && !grouped && !cued) continue;
    out.push((raw.startsWith('+') ? '+' : '') + digits);
    s.blank(m.index, m.index + m[0].length);
  }
  return out;
}

// ——— prices ———

const NUM = String.raw`(\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)`;
const CURRENCY = String.raw`(?:\$|€|£|zl|pln|usd|eur|euros?|dollars?|dolar\w*|zlot\w*|chf|gbp|pounds?|bucks)`;
// Numbers followed by these are durations, measures or counts, not prices ("within 30 days").
const NOT_MONEY = String.raw`(?!\s*(?:days?|dni|dnia|tag\w*|dias?|jours?|hours?|godz\w*|stunden?|horas?|heures?|h\b|cm|mm|kg|%|x\b|items?|pieces?|szt\w*|stuck\w*|piezas?|mois|months?|miesi\w*|monat\w*|mes(?:es)?|weeks?|tygod\w*|wochen?|semanas?|semaines?|years?|lat\b|jahre?|anos?|ans\b|min\w*))`;
const MONEY = String.raw`(?:${CURRENCY}\s?)?${NUM}(?:\s?${CURRENCY})?${NOT_MONEY}`;
const MONEY_WITH_CURRENCY = String.raw`(?:${CURRENCY}\s?${NUM}|${NUM}\s?${CURRENCY})${NOT_MONEY}`;
const END = String.raw`(?![\p{L}\d])`;

const RANGE_START = String.raw`(?:between|from|entre|zwischen|von|miedzy|pomiedzy|od|de|des|desde)`;
const RANGE_JOIN = String.raw`(?:and|to|a|i|und|bis|y|et|do|hasta|-|–)`;
const MAX_CUES = String.raw`(?:under|below|less than|cheaper than|up to|max(?:imum)?|at most|no more than|not more than|<|do|ponizej|mniej niz|maks(?:ymalnie|\.)?|najwyzej|tansz\w* niz|tansz\w* od|nie drozsz\w* niz|unter|bis|weniger als|hochstens|maximal|billiger als|menos de|por debajo de|hasta|maximo|como maximo|mas barat\w* que|moins de|en dessous de|jusqu'?a|au maximum|pas plus de|moins cher\w* que|inferieur\w* a)`;
const MIN_CUES = String.raw`(?:over|above|more than|at least|from|min(?:imum)?|>|od|powyzej|wiecej niz|co najmniej|uber|ab|mehr als|mindestens|mas de|desde|por encima de|plus de|au[- ]dessus de|a partir de|superieur\w* a)`;
const ABOUT_CUES = String.raw`(?:around|about|approximately|roughly|circa|ca\.?|okolo|ok\.|etwa|ungefahr|rund|alrededor de|aproximadamente|unos|environ|autour de|a peu pres)`;
const START = String.raw`(?<![\p{L}\d])`;

const RANGE = new RegExp(`${START}${RANGE_START}\\s+${MONEY}\\s*${RANGE_JOIN}\\s*${MONEY}${END}`, 'gu');
const DASH_RANGE = new RegExp(`${START}${MONEY}\\s?[-–]\\s?${MONEY}${END}`, 'gu');
const MAX = new RegExp(`${START}${MAX_CUES}\\s*${MONEY}${END}`, 'gu');
const MIN = new RegExp(`${START}${MIN_CUES}\\s*${MONEY}${END}`, 'gu');
const ABOUT = new RegExp(`${START}${ABOUT_CUES}\\s*${MONEY}${END}`, 'gu');
const BARE_MONEY = new RegExp(`${START}${MONEY_WITH_CURRENCY}${END}`, 'gu');
// A price "around" X is read as X ± this share.
const ABOUT_SPREAD = 0.25;

/** "1,299.99", "1.299,99", "1 299", "49,90" → number. */
export function parseAmount(raw: string): number {
  const s = raw.replace(/\s/g, '');
  const decimal = /[.,](\d{1,2})$/.exec(s);
  const whole = (decimal ? s.slice(0, decimal.index) : s).replace(/[.,]/g, '');
  return Number(decimal ? `${whole}.${decimal[1]}` : whole);
}

function firstAmount(m: RegExpExecArray, from = 1): number {
  for (let i = from; i < m.length; i++) if (m[i] !== undefined) return parseAmount(m[i]);
  return NaN;
}

function amountsOf(m: RegExpExecArray): number[] {
  return m
    .slice(1)
    .filter((g) => g !== undefined)
    .map(parseAmount);
}

function extractPrice(s: Scratch): PriceRange | null {
  const range: PriceRange = {};
  const run = (re: RegExp, apply: (m: RegExpExecArray) => boolean) => {
    re.lastIndex = 0;
    const source = s.folded;
    for (let m = re.exec(source); m; m = re.exec(source)) {
      if (apply(m)) s.blank(m.index, m.index + m[0].length);
    }
  };
  const pair = (m: RegExpExecArray) => {
    const [a, b] = amountsOf(m);
    if (!(a < b)) return false;
    range.min = a;
    range.max = b;
    return true;
  };
  run(RANGE, pair);
  run(DASH_RANGE, pair);
  run(MAX, (m) => ((range.max = firstAmount(m)), true));
  run(MIN, (m) => ((range.min = firstAmount(m)), true));
  run(ABOUT, (m) => {
    const x = firstAmount(m);
    range.min = Math.floor(x * (1 - ABOUT_SPREAD));
    range.max = Math.ceil(x * (1 + ABOUT_SPREAD));
    return true;
  });
  // "a jacket, 50 €": an amount with a currency and no cue is a budget.
  if (range.max === undefined && range.min === undefined) run(BARE_MONEY, (m) => ((range.max = firstAmount(m)), true));
  if (range.min !== undefined && range.max !== undefined && range.min > range.max) delete range.min;
  return range.min === undefined && range.max === undefined ? null : range;
}

// ——— sizes and quantities ———

const LETTER_SIZES = ['XXXS', 'XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL', 'XXXL'];
const SIZE_WORDS: Record<string, string> = {
  'extra small': 'XS',
  small: 'S',
  medium: 'M',
  large: 'L',
  'extra large': 'XL',
  maly: 'S',
  mala: 'S',
  sredni: 'M',
  srednia: 'M',
  duzy: 'L',
  duza: 'L',
  klein: 'S',
  mittel: 'M',
  gross: 'L',
  pequena: 'S',
  pequeno: 'S',
  mediana: 'M',
  mediano: 'M',
  grande: 'L',
  petit: 'S',
  petite: 'S',
  moyen: 'M',
  moyenne: 'M',
  grand: 'L',
};
const SIZE_VALUE = String.raw`(xxxs|xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl|\d{1,2}(?:[.,]5)?|extra small|extra large|${Object.keys(SIZE_WORDS).join('|')})`;
const SIZE_CUE = new RegExp(
  `${START}(?:size|sized|rozmiar\\w*|rozm\\.|gros{1,2}e|gr\\.|talla|taille|eu)\\s*:?\\s*${SIZE_VALUE}${END}`,
  'gu',
);
// "in M", "the L", "en XL": a capital letter size after a short word (case-sensitive, on the original).
const SIZE_AFTER_WORD =
  /(?<![\p{L}\d])(?:in|en|w|im|the|an?|la|le|el|une?|die|den|das|one|one in)\s+(XXXS|XXS|XS|S|M|L|XL|XXL|XXXL|[2-5]XL)(?![\p{L}\d])/gu;
const SIZE_ALONE = /(?<![\p{L}\d])(xxxs|xxs|xs|xl|xxl|xxxl|[2-5]xl)(?![\p{L}\d])/gu;
// "add a large", "in medium?", "la mediana al carrito": a size word after a short word, where no
// noun follows it ("a large sofa" is no size L).
const SIZE_WORD_AFTER_WORD = new RegExp(
  `${START}(?:in|en|im|the|an?|la|el|le|une?|one|die|den|das)\\s+(${Object.keys(SIZE_WORDS).join('|')})(?=\\s*(?:$|[?!.,;:)]|(?:one|please|to|for|instead|size|al|au|in|en|dans|ins|do)(?![\\p{L}\\d])))`,
  'gu',
);
// A lone capital "M" or "L" is a size only in a line this short ("M please", "L?").
const SHORT_LINE_WORDS = 3;
const SIZE_ALONE_SHORT = /(?<![\p{L}\d'’])(S|M|L)(?![\p{L}\d'’])/gu;

function canonicalSize(raw: string): string {
  const v = raw.toLowerCase().trim();
  if (SIZE_WORDS[v]) return SIZE_WORDS[v];
  const multi = /^([2-5])xl$/.exec(v);
  if (multi) return 'X'.repeat(Number(multi[1])) + 'L';
  if (/^\d/.test(v)) return v.replace(',', '.');
  return v.toUpperCase();
}

function extractSizes(s: Scratch): string[] {
  const out: string[] = [];
  const run = (re: RegExp, source: () => string) => {
    re.lastIndex = 0;
    const text = source();
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(canonicalSize(m[1]));
      s.blank(m.index, m.index + m[0].length);
    }
  };
  run(SIZE_CUE, () => s.folded);
  run(SIZE_AFTER_WORD, () => s.original);
  run(SIZE_ALONE, () => s.folded);
  run(SIZE_WORD_AFTER_WORD, () => s.folded);
  if (s.original.trim().split(/\s+/).length <= SHORT_LINE_WORDS) run(SIZE_ALONE_SHORT, () => s.original);
  return [...new Set(out)].filter((v) => LETTER_SIZES.includes(v) || /^\d/.test(v));
}

const QUANTITY =
  /(?<![\p{L}\d])(?:(\d{1,2})\s?(?:x|pcs|pieces?|items?|szt\w*|sztuk\w*|stuck\w*|unidades?|exemplaires?)|x\s?(\d{1,2}))(?![\p{L}\d])/gu;

function extractQuantity(s: Scratch): number | null {
  QUANTITY.lastIndex = 0;
  const m = QUANTITY.exec(s.folded);
  if (!m) return null;
  s.blank(m.index, m.index + m[0].length);
  return Number(m[1] ?? m[2]);
}

const BARE = /(?<![\p{L}\d])(\d{3,15})(?![\p{L}\d])/gu;

function extractBareNumbers(s: Scratch): string[] {
  const out: string[] = [];
  BARE.lastIndex = 0;
  const source = s.folded;
  for (let m = BARE.exec(source); m; m = BARE.exec(source)) {
    out.push(m[1]);
    s.blank(m.index, m.index + m[0].length);
  }
  return out;
}

// Metals are also the colours jewellery comes in ("Color: Gold / Silver").
const METAL_COLOURS = new Set(['gold', 'silver', 'copper']);

/** A vocabulary match that names a colour, metals included. */
export function isColourTerm(m: { kind: string; term: string }): boolean {
  return m.kind === 'colour' || (m.kind === 'material' && METAL_COLOURS.has(m.term));
}

export function extractEntities(text: string, opts: EntityOptions = {}): Entities {
  const format = opts.orderNumberFormat ?? DEFAULT_ORDER_NUMBER_FORMAT;
  const s = new Scratch(text);
  const emails = extractEmails(s);
  const orderNumbers = extractOrderNumbers(s, format);
  const phones = extractPhones(s);
  const price = extractPrice(s);
  const sizes = extractSizes(s);
  const quantity = extractQuantity(s);
  const bareNumbers = extractBareNumbers(s);
  const remainder = s.original.replace(/\s+/g, ' ').trim();
  const colours = analyseVocabulary(tokens(remainder), opts.lang)
    .matches.filter(isColourTerm)
    .map((m) => m.term);
  return { orderNumbers, emails, phones, price, sizes, colours: [...new Set(colours)], quantity, bareNumbers, remainder };
}
