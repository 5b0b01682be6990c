// Shopify's product CSV import format → catalog products.
//
// A product spans several rows sharing its Handle: the first carries the product's own fields and
// its first variant; later rows carry further variants (option values, SKU, price, inventory...)
// and/or further images (image-only rows: Handle + Image Src/Position/Alt Text). A bad row is
// reported with the row number a spreadsheet shows and skipped; everything else still loads.
import { parse } from 'csv-parse/sync';
import type { CatalogImage, CatalogProduct, CatalogVariant } from '~/catalog/types';
import { htmlToText } from './html-text';
import { mapColumns, type ColumnKey, type ColumnMap } from './product-csv-columns';
import type { IdAllocator, StoreRowError } from './types';

export interface ProductCsvOptions {
  /** Name used in error reports, e.g. "products/apparel.csv". */
  file: string;
  ids: IdAllocator;
  /** updatedAt of every product; defaults to a fixed date so that output is deterministic. */
  updatedAt?: string;
  /** Handles already loaded from other files (handle → file): a repeat is skipped with an error. */
  loadedHandles?: ReadonlyMap<string, string>;
}

export interface ProductCsvResult {
  products: CatalogProduct[];
  errors: StoreRowError[];
}

const DEFAULT_UPDATED_AT = '2026-01-01T00:00:00.000Z';

/** Thrown by the cell readers; caught per row and turned into a StoreRowError. */
class RowProblem extends Error {}

interface CsvRecord {
  cells: string[];
  /** Row as a spreadsheet shows it: one per record, blank lines included, header = 1. */
  row: number;
  /** Line in a text editor where the record starts (differs from row after multi-line cells). */
  line: number;
}

interface ImageDraft extends CatalogImage {
  position: number;
}

interface ProductDraft {
  product: CatalogProduct;
  row: number;
  optionNames: string[];
  images: ImageDraft[];
  variantKeys: Set<string>;
}

const LINE_BREAK = /\r\n|\r|\n/g;
const countLineBreaks = (cells: string[]) =>
  cells.reduce((sum, cell) => (/[\r\n]/.test(cell) ? sum + (cell.match(LINE_BREAK)?.length ?? 0) : sum), 0);

/**
 * Hands each record to `onRecord` as csv-parse reads it, so a big file's rows never pile up.
 * Returns where a quoted cell ran away to the end of the file, if one did.
 */
function readRecords(text: string, onRecord: (rec: CsvRecord) => void): { row: number; line: number } | null {
  // csv-parse's own line counter drifts on CRLF inside quoted cells, so lines are counted here from
  // the cells themselves; its record and empty-line counters are exact.
  let endLine = 0;
  let emptyLines = 0;
  let lastRow = 0;
  try {
    parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
      on_record: (cells: string[], info) => {
        const line = endLine + 1 + (info.empty_lines - emptyLines);
        emptyLines = info.empty_lines;
        endLine = line + countLineBreaks(cells);
        lastRow = info.records + info.empty_lines;
        onRecord({ cells, row: lastRow, line });
        return null;
      },
    });
    return null;
  } catch (err) {
    // The only error relax_quotes leaves is a quote that never closes: everything after it is one
    // runaway cell, so the records before it stand and the rest of the file is reported.
    if ((err as { code?: string }).code !== 'CSV_QUOTE_NOT_CLOSED') throw err;
    return { row: lastRow + 1, line: endLine + 1 };
  }
}

/** Thrown from inside the CSV reader to stop reading a file whose header is unusable. */
class StopReading extends Error {}

const TRUE_FALSE: Record<string, boolean> = { true: true, false: false, yes: true, no: false, '1': true, '0': false };
const STATUSES = new Set(['ACTIVE', 'DRAFT', 'ARCHIVED']);
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const INTEGER = /^-?\d+$/;

export function parseProductCsv(text: string, opts: ProductCsvOptions): ProductCsvResult {
  const { file, ids, loadedHandles } = opts;
  const updatedAt = opts.updatedAt ?? DEFAULT_UPDATED_AT;
  const errors: StoreRowError[] = [];
  const report = (rec: Pick<CsvRecord, 'row' | 'line'>, message: string) =>
    errors.push({ file, row: rec.row, message: rec.line === rec.row ? message : `${message} (text line ${rec.line})` });

  let header: CsvRecord | null = null;
  let columns: ColumnMap = mapColumns([]);
  const drafts = new Map<string, ProductDraft>();
  // Products whose first row failed: their further rows are reported against that row.
  const skipped = new Map<string, number>();

  function readHeader(rec: CsvRecord): void {
    header = rec;
    columns = mapColumns(rec.cells);
    const missing = (['handle', 'title', 'price'] as const).filter((key) => columns.index[key] === undefined);
    if (missing.length > 0) {
      report(rec, `header has no ${missing.map(columnLabel).join(', ')} column`);
      throw new StopReading();
    }
  }

  function readRow(rec: CsvRecord, headerLength: number): void {
    if (rec.cells.every((cell) => cell.trim() === '')) return; // a blank spreadsheet row
    const cell = cellReader(rec.cells, columns);
    const handle = cell('handle');
    if (rec.cells.length !== headerLength) {
      // Cells may have shifted, so nothing in the row can be trusted but, at a guess, its handle.
      const wasProductRow = handle !== '' && !drafts.has(handle) && !skipped.has(handle) && cell('title') !== '';
      if (wasProductRow) skipped.set(handle, rec.row);
      const outcome = wasProductRow ? `product "${handle}" skipped` : 'row skipped';
      report(rec, `expected ${headerLength} columns, found ${rec.cells.length}; ${outcome}`);
      return;
    }
    if (!handle) {
      report(rec, `${columnName(columns, 'handle')} is empty; row skipped`);
      return;
    }
    const skippedAt = skipped.get(handle);
    if (skippedAt !== undefined) {
      report(rec, `product "${handle}" was skipped because of row ${skippedAt}, so this row is too`);
      return;
    }
    const draft = drafts.get(handle);
    const isProductRow = !draft && cell('title') !== '';
    try {
      if (isProductRow) {
        const elsewhere = loadedHandles?.get(handle);
        if (elsewhere !== undefined) throw new RowProblem(`the handle is already loaded from ${elsewhere}`);
        drafts.set(handle, startProduct(handle, rec.cells, cell, columns, rec.row, ids, updatedAt));
      } else if (!draft) {
        throw new RowProblem(
          `no product row for "${handle}" before this one (a product's first row has its ${columnName(columns, 'title')})`,
        );
      } else if (cell('title')) {
        throw new RowProblem(`"${handle}" already has its product row (row ${draft.row})`);
      } else {
        addRow(draft, cell, columns, ids);
      }
    } catch (err) {
      if (!(err instanceof RowProblem)) throw err;
      if (isProductRow) skipped.set(handle, rec.row);
      report(rec, `${err.message}; ${isProductRow ? `product "${handle}" skipped` : 'row skipped'}`);
    }
  }

  try {
    const runaway = readRecords(text, (rec) => (header ? readRow(rec, header.cells.length) : readHeader(rec)));
    if (runaway) report(runaway, 'a quoted cell is never closed; the rest of the file is ignored');
  } catch (err) {
    if (err instanceof StopReading) return { products: [], errors };
    throw err;
  }
  if (!header) {
    errors.push({ file, row: 1, message: 'the file is empty: expected a header row' });
    return { products: [], errors };
  }

  const products = [...drafts.values()].map(finishProduct);
  return { products, errors };
}

type CellReader = (key: ColumnKey) => string;

function cellReader(cells: string[], columns: ColumnMap): CellReader {
  return (key) => {
    const index = columns.index[key];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
}

function columnLabel(key: ColumnKey): string {
  return ({ handle: 'Handle', title: 'Title', price: 'Variant Price' } as Partial<Record<ColumnKey, string>>)[key] ?? key;
}

function columnName(columns: ColumnMap, key: ColumnKey): string {
  return columns.name[key] ?? columnLabel(key);
}

function startProduct(
  handle: string,
  cells: string[],
  cell: CellReader,
  columns: ColumnMap,
  row: number,
  ids: IdAllocator,
  updatedAt: string,
): ProductDraft {
  const status = readStatus(cell, columns);
  const optionNames = readOptionNames(cell, columns);
  const metafields = columns.metafields.flatMap(({ index, namespace, key, type }) => {
    const value = (cells[index] ?? '').trim();
    return value ? [{ namespace, key, type, value }] : [];
  });
  const draft: ProductDraft = {
    row,
    optionNames,
    images: [],
    variantKeys: new Set(),
    product: {
      shopifyId: '',
      handle,
      title: cell('title'),
      description: htmlToText(cell('body')),
      vendor: cell('vendor'),
      productType: cell('productType'),
      tags: splitTags(cell('tags')),
      status,
      options: optionNames.map((name) => ({ name, values: [] })),
      variants: [],
      images: [],
      collections: [],
      metafields,
      translations: {},
      updatedAt,
    },
  };
  // Validate the whole row before taking an id, so a skipped product does not use one up.
  const variant = readVariant(draft, cell, columns, true);
  const image = readImage(cell, columns);
  draft.product.shopifyId = ids.product();
  addVariant(draft, variant, ids);
  if (image) draft.images.push(image);
  return draft;
}

function addRow(draft: ProductDraft, cell: CellReader, columns: ColumnMap, ids: IdAllocator): void {
  const hasVariant = (['option1Value', 'option2Value', 'option3Value', 'sku', 'price', 'compareAtPrice', 'inventoryQty'] as const).some(
    (key) => cell(key) !== '',
  );
  const image = readImage(cell, columns);
  if (!hasVariant && !image) throw new RowProblem('row has neither variant nor image data');
  const variant = hasVariant ? readVariant(draft, cell, columns, false) : null;
  if (variant) addVariant(draft, variant, ids);
  if (image) draft.images.push(image);
}

type VariantDraft = Omit<CatalogVariant, 'id'>;

function addVariant(draft: ProductDraft, variant: VariantDraft, ids: IdAllocator): void {
  draft.variantKeys.add(variant.title);
  variant.options.forEach(({ value }, i) => {
    const values = draft.product.options[i].values;
    if (!values.includes(value)) values.push(value);
  });
  draft.product.variants.push({ id: ids.variant(), ...variant });
}

function readStatus(cell: CellReader, columns: ColumnMap): string {
  const status = cell('status');
  if (status) {
    const upper = status.toUpperCase();
    if (!STATUSES.has(upper)) throw new RowProblem(`${columnName(columns, 'status')} "${status}" is not active, draft or archived`);
    return upper;
  }
  const published = cell('published');
  if (!published) return 'ACTIVE'; // Shopify publishes a product whose Published cell is blank
  const flag = TRUE_FALSE[published.toLowerCase()];
  if (flag === undefined) throw new RowProblem(`${columnName(columns, 'published')} "${published}" is not TRUE or FALSE`);
  return flag ? 'ACTIVE' : 'DRAFT';
}

const OPTION_KEYS = [
  ['option1Name', 'option1Value'],
  ['option2Name', 'option2Value'],
  ['option3Name', 'option3Value'],
] as const;

/** Option names from a product's first row; Shopify's "Title: Default Title" means no options. */
function readOptionNames(cell: CellReader, columns: ColumnMap): string[] {
  if (cell('option1Name') === 'Title' && cell('option1Value') === 'Default Title' && !cell('option2Name')) return [];
  const names: string[] = [];
  for (const [nameKey, valueKey] of OPTION_KEYS) {
    const name = cell(nameKey);
    if (!name) {
      if (cell(valueKey)) throw new RowProblem(`${columnName(columns, valueKey)} is set but ${columnName(columns, nameKey)} is empty`);
      continue;
    }
    if (names.length < OPTION_KEYS.findIndex(([key]) => key === nameKey)) {
      throw new RowProblem(`${columnName(columns, nameKey)} is set but an earlier option name is empty`);
    }
    if (names.includes(name)) throw new RowProblem(`option name "${name}" appears twice`);
    names.push(name);
  }
  return names;
}

function readVariant(draft: ProductDraft, cell: CellReader, columns: ColumnMap, firstRow: boolean): VariantDraft {
  const optionNames = draft.optionNames;
  if (optionNames.length === 0 && !firstRow) {
    throw new RowProblem(`"${draft.product.handle}" has no options, so it has one variant only`);
  }
  const options = optionNames.map((name, i) => {
    const valueKey = OPTION_KEYS[i][1];
    const value = cell(valueKey);
    if (!value) throw new RowProblem(`${columnName(columns, valueKey)} (${name}) is empty`);
    return { name, value };
  });
  for (const [, valueKey] of OPTION_KEYS.slice(optionNames.length)) {
    const value = cell(valueKey);
    // The first row of an option-less product says "Default Title"; anything else is a stray value.
    if (value && !(firstRow && optionNames.length === 0 && valueKey === 'option1Value')) {
      throw new RowProblem(`${columnName(columns, valueKey)} "${value}" has no option name on the product's first row`);
    }
  }
  const title = options.length > 0 ? options.map((o) => o.value).join(' / ') : 'Default Title';
  if (draft.variantKeys.has(title)) {
    throw new RowProblem(`duplicate variant "${title}"`);
  }
  const price = readDecimal(cell, columns, 'price');
  if (price === null) throw new RowProblem(`${columnName(columns, 'price')} is empty`);
  const compareAtPrice = readDecimal(cell, columns, 'compareAtPrice');
  const inventoryQuantity = readQuantity(cell, columns);
  const continueSelling = readContinueSelling(cell, columns);
  return {
    title,
    sku: cell('sku'),
    price,
    compareAtPrice,
    available: isAvailable(cell('inventoryTracker'), inventoryQuantity, continueSelling),
    inventoryQuantity,
    options,
    image: cell('variantImage') || null,
  };
}

/**
 * Sellable now: untracked, or selling on when out of stock, or in stock. A blank tracker with a
 * stated quantity counts as tracked: Shopify's own sample files (this demo store's) leave the
 * tracker blank yet give quantities, zero for the variants meant to be sold out.
 */
function isAvailable(tracker: string, quantity: number | null, continueSelling: boolean): boolean {
  const tracked = tracker !== '' || quantity !== null;
  return !tracked || continueSelling || (quantity ?? 0) > 0;
}

function readDecimal(cell: CellReader, columns: ColumnMap, key: 'price' | 'compareAtPrice'): number | null {
  const text = cell(key);
  if (!text) return null;
  if (!DECIMAL.test(text)) throw new RowProblem(`${columnName(columns, key)} "${text}" is not a number`);
  return Number(text);
}

function readQuantity(cell: CellReader, columns: ColumnMap): number | null {
  const text = cell('inventoryQty');
  if (!text) return null;
  if (!INTEGER.test(text)) throw new RowProblem(`${columnName(columns, 'inventoryQty')} "${text}" is not a whole number`);
  return Number(text);
}

function readContinueSelling(cell: CellReader, columns: ColumnMap): boolean {
  const policy = cell('inventoryPolicy').toLowerCase();
  if (policy) {
    if (policy !== 'deny' && policy !== 'continue') {
      throw new RowProblem(`${columnName(columns, 'inventoryPolicy')} "${cell('inventoryPolicy')}" is not deny or continue`);
    }
    return policy === 'continue';
  }
  // The 2024 template's column says the same thing as a boolean (or, in exports, DENY/CONTINUE).
  const flag = cell('continueSelling').toLowerCase();
  if (!flag) return false;
  if (flag === 'continue' || flag === 'deny') return flag === 'continue';
  const value = TRUE_FALSE[flag];
  if (value === undefined)
    throw new RowProblem(`${columnName(columns, 'continueSelling')} "${cell('continueSelling')}" is not TRUE or FALSE`);
  return value;
}

function readImage(cell: CellReader, columns: ColumnMap): ImageDraft | null {
  const url = cell('imageSrc');
  if (!url) return null;
  const positionText = cell('imagePosition');
  if (positionText && !/^\d+$/.test(positionText)) {
    throw new RowProblem(`${columnName(columns, 'imagePosition')} "${positionText}" is not a whole number`);
  }
  // A blank position sorts after the numbered images, in file order (the sort is stable).
  const position = positionText ? Number(positionText) : Number.MAX_SAFE_INTEGER;
  return { url, altText: cell('imageAlt') || null, position };
}

function splitTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  return [...new Set(tags)];
}

function finishProduct(draft: ProductDraft): CatalogProduct {
  const seen = new Set<string>();
  const images: CatalogImage[] = [];
  for (const { url, altText } of [...draft.images].sort((a, b) => a.position - b.position)) {
    if (seen.has(url)) continue;
    seen.add(url);
    images.push({ url, altText });
  }
  // Shopify adds a variant's image to the product's images when the file lists it only there.
  for (const { image } of draft.product.variants) {
    if (image && !seen.has(image)) {
      seen.add(image);
      images.push({ url: image, altText: null });
    }
  }
  return { ...draft.product, images };
}
