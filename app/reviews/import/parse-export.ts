// Reads a review export row by row (streamed: a 100,000-review file never sits in memory as
// objects) and turns each row into a review or a reason it can't be imported. Row numbers are
// spreadsheet rows: the header is row 1, so "row 7" is what the merchant sees in Excel.
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { detectFormat, type DetectedFormat, type ReviewField, type ReviewFormat } from './formats';

export interface ProductRef {
  handle?: string;
  /** Shopify product GID. */
  id?: string;
  sku?: string;
  title?: string;
}

export interface ParsedReview {
  row: number;
  externalId: string | null;
  title: string;
  body: string;
  rating: number;
  createdAt: Date | null;
  reviewerName: string;
  reviewerEmail: string | null;
  product: ProductRef;
  published: boolean;
  reply: string | null;
}

/** Why a row was left out, for the merchant's own language (`reason` is the English of it). */
export type ProblemCode = 'no_text' | 'bad_rating' | 'bad_date' | 'no_product_ref' | 'unknown_product';
export type RowResult = { ok: true; review: ParsedReview } | { ok: false; row: number; reason: string; code: ProblemCode; value?: string };

export interface ReviewExport {
  format: ReviewFormat;
  rows: AsyncGenerator<RowResult>;
}

const MAX_BODY_CHARS = 20_000;

/** "gid://shopify/Product/12", "12", "shopify-12" → "gid://shopify/Product/12". */
export function productGid(value: string): string | undefined {
  const digits = /(\d{3,})\s*$/.exec(value.trim())?.[1];
  return digits ? `gid://shopify/Product/${digits}` : undefined;
}

function handleFromUrl(url: string): string | undefined {
  return /\/products\/([^/?#]+)/.exec(url)?.[1]?.toLowerCase();
}

// 03/04/2025, 03.04.2025 14:30, 25/12/2025 UTC: day, month and year in an order the file doesn't say.
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*UTC)?$/i;

/** A day-month-year date: a part above 12 settles the order, dots mean day first, else `dayFirst`. */
function numericDate(m: RegExpExecArray, dayFirst: boolean): Date | undefined {
  const [a, b] = [Number(m[1]), Number(m[3])];
  const dmy = a > 12 || (b <= 12 && (m[2] === '.' || dayFirst));
  const [day, month] = dmy ? [a, b] : [b, a];
  const date = new Date(Date.UTC(Number(m[4]), month - 1, day, Number(m[5] ?? 0), Number(m[6] ?? 0), Number(m[7] ?? 0)));
  // Date.UTC rolls 31/02 over into March: such a date is unreadable, not a different day.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/**
 * ISO dates, "2024-03-01 10:00:00 UTC", Unix seconds and day-month-year dates (day first when
 * the format says so, see `numericDate`); null when empty, undefined when unreadable.
 */
export function parseDate(value: string, opts: { dayFirst?: boolean } = {}): Date | null | undefined {
  const v = value.trim();
  if (!v) return null;
  if (/^\d{9,10}$/.test(v)) return new Date(Number(v) * 1000);
  const numeric = NUMERIC_DATE.exec(v);
  if (numeric) return numericDate(numeric, opts.dayFirst ?? false);
  const iso = v.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2').replace(/\s*UTC$/i, 'Z').replace(/ ([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const t = Date.parse(iso);
  if (!Number.isNaN(t)) return new Date(t);
  const t2 = Date.parse(v);
  return Number.isNaN(t2) ? undefined : new Date(t2);
}

export function parseRating(value: string): number | undefined {
  const n = Number(value.trim().replace(',', '.'));
  if (!Number.isFinite(n) || n < 1 || n > 5) return undefined;
  return Math.round(n);
}

function toRow(detected: DetectedFormat, record: string[], row: number): RowResult {
  const get = (field: ReviewField) => {
    const at = detected.columnIndex[field];
    return at === undefined ? '' : (record[at] ?? '').trim();
  };
  const body = get('body').slice(0, MAX_BODY_CHARS);
  const title = get('title');
  if (!body && !title) return { ok: false, row, reason: 'no review text', code: 'no_text' };
  const rating = parseRating(get('rating'));
  if (rating === undefined) return { ok: false, row, reason: `rating "${get('rating')}" is not a number from 1 to 5`, code: 'bad_rating', value: get('rating') };
  const createdAt = parseDate(get('createdAt'), { dayFirst: detected.format.dayFirstDates });
  if (createdAt === undefined) return { ok: false, row, reason: `date "${get('createdAt')}" is unreadable`, code: 'bad_date', value: get('createdAt') };
  const product: ProductRef = {};
  const handle = get('productHandle').toLowerCase() || handleFromUrl(get('productUrl'));
  if (handle) product.handle = handle;
  const id = get('productId') ? productGid(get('productId')) : undefined;
  if (id) product.id = id;
  if (get('sku')) product.sku = get('sku');
  // An app's own product key is the Shopify product id when it is all digits, else a SKU. Both
  // are kept for digits: the matcher tries the id, then falls back to the SKU.
  const key = get('productKey');
  if (key) {
    const keyId = /^\d+$/.test(key) ? productGid(key) : undefined;
    if (keyId) product.id ??= keyId;
    product.sku ??= key;
  }
  if (get('productTitle')) product.title = get('productTitle');
  if (!product.handle && !product.id && !product.sku) return { ok: false, row, reason: 'no product handle, id or SKU', code: 'no_product_ref' };
  const status = get('status').toLowerCase();
  const approved = !['false', 'no', '0'].includes(get('approved').toLowerCase());
  return {
    ok: true,
    review: {
      row,
      externalId: get('externalId') || null,
      title,
      body: body || title,
      rating,
      createdAt,
      reviewerName: get('reviewerName'),
      reviewerEmail: get('reviewerEmail').toLowerCase() || null,
      product,
      published: approved && !detected.format.hiddenStatuses?.includes(status),
      reply: get('reply') || null,
    },
  };
}

/**
 * The header line's delimiter: Excel saves "CSV" with semicolons where the decimal mark is a
 * comma (Germany, Poland, France…), and some apps export tab-separated files.
 */
export function sniffDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  const [best] = counts.sort((a, b) => b[1] - a[1]);
  return best[1] > 0 ? best[0] : ',';
}

/** Reads the first chunk to find the delimiter, then hands back a stream that still starts with it. */
async function peekDelimiter(source: Readable): Promise<{ stream: Readable; delimiter: string }> {
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const first = await chunks.next();
  if (first.done) throw new Error('the file is empty');
  const head = String(first.value).replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  async function* replay() {
    yield first.value;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  return { stream: Readable.from(replay()), delimiter: sniffDelimiter(head) };
}

/**
 * Opens an export. Resolves once the header is read (so an unsupported file fails before any
 * work starts); `rows` then yields every data row in order.
 */
export async function readReviewExport(input: Readable | string | Buffer, opts: { format?: ReviewFormat['id'] } = {}): Promise<ReviewExport> {
  const { stream, delimiter } = await peekDelimiter(typeof input === 'string' || Buffer.isBuffer(input) ? Readable.from([input]) : input);
  const parser = stream.pipe(
    parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, skip_records_with_error: false }),
  );
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const first = await iterator.next();
  if (first.done) throw new Error('the file is empty');
  const detected = detectFormat(first.value, opts.format);
  async function* rows(): AsyncGenerator<RowResult> {
    let row = 1;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      row++;
      yield toRow(detected, next.value, row);
    }
  }
  return { format: detected.format, rows: rows() };
}
