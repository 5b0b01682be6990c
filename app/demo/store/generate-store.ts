// Writes a large fictional store in the demo-store format, for load tests and benchmarks.
//
// Every product is a pure function of (seed, index): the CSV writer streams products one by one
// (memory stays flat however many there are), and the orders regenerate the few products they
// reference instead of keeping the catalog around. Same seed → byte-identical store.
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CLASSIC_PRODUCT_CSV_HEADER } from './product-csv-columns';
import { slugify } from './slug';
import { ADJECTIVES, CARRIERS, CATEGORIES, CITIES, EXTRA_TAGS, FIRST_NAMES, LAST_NAMES, type OptionScheme } from './generator-vocabulary';
import type { StoreCustomer, StoreFaq, StoreOrder, StorePolicies, StoreShop } from './types';

export const MAX_PRODUCTS_PER_FILE = 10_000;

export interface GenerateStoreOptions {
  products: number;
  out: string;
  seed?: number;
  /** At most 10,000 (the default). */
  productsPerFile?: number;
  /** Defaults scale with the catalog: products / 200 customers, products / 50 orders (bounded). */
  customers?: number;
  orders?: number;
  /** Replace the store files already in `out` (otherwise a non-empty store folder is refused). */
  force?: boolean;
}

export interface GenerateStoreSummary {
  out: string;
  seed: number;
  products: number;
  variants: number;
  csvRows: number;
  files: string[];
  customers: number;
  orders: number;
}

export interface GeneratedVariant {
  title: string;
  options: { name: string; value: string }[];
  sku: string;
  price: number;
  compareAtPrice: number | null;
  cost: number;
  grams: number;
  /** null: inventory not tracked. */
  quantity: number | null;
  continueSelling: boolean;
  image: string | null;
}

export interface GeneratedProduct {
  handle: string;
  title: string;
  bodyHtml: string;
  vendor: string;
  productType: string;
  tags: string[];
  status: 'ACTIVE' | 'DRAFT' | 'ARCHIVED';
  material: string;
  options: { name: string; values: string[] }[];
  variants: GeneratedVariant[];
  images: { url: string; altText: string | null }[];
}

// ---------------------------------------------------------------------------------------------
// Randomness: small, fast and seedable; one independent stream per (purpose, index).

type Rng = () => number;

function mix32(value: number): number {
  let x = value | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

const STREAMS = { product: 1, customer: 2, order: 3 } as const;

function rngFor(seed: number, stream: keyof typeof STREAMS, index: number): Rng {
  let state = mix32(mix32(seed + STREAMS[stream] * 0x9e3779b9) ^ mix32(index + 0x632be5ab));
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const chance = (rng: Rng, p: number) => rng() < p;

function pickDistinct<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]);
  return chosen;
}

/** Shop-like price points (14.99, 39.50, 125.00, 449.99): `style` keeps one product's prices alike. */
function pricePoint(raw: number, style: number): number {
  if (raw < 100) return Math.max(1, Math.floor(raw)) + [0.99, 0.99, 0.5, 0][style];
  return Math.round(raw / 5) * 5 - [0, 0.01, 0, 0.01][style];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

// ---------------------------------------------------------------------------------------------
// Products

function chooseValues(rng: Rng, scheme: OptionScheme): string[] {
  const count = Math.min(scheme.values.length, between(rng, scheme.pick[0], scheme.pick[1]));
  if (scheme.name === 'Color' || scheme.name === 'Scent') return pickDistinct(rng, scheme.values, count);
  // Sizes and other ordered scales: a consecutive run, as shops stock them.
  const start = between(rng, 0, scheme.values.length - count);
  return scheme.values.slice(start, start + count);
}

const MAX_VARIANTS = 36;

export function describeProduct(seed: number, index: number): GeneratedProduct {
  const rng = rngFor(seed, 'product', index);
  const category = pick(rng, CATEGORIES);
  const material = pick(rng, category.materials);
  const noun = pick(rng, category.nouns);
  const adjective = pick(rng, ADJECTIVES);
  const title = `${adjective} ${material} ${noun}`;
  const handle = `${slugify(title)}-${(index + 1).toString(36)}`;
  const vendor = pick(rng, category.vendors);

  // About one product in five is sold in a single version, whatever its category.
  const schemes = chance(rng, 0.2) ? [] : category.options;
  const options = schemes.map((scheme) => ({ scheme, values: chooseValues(rng, scheme) }));
  while (options.reduce((n, o) => n * o.values.length, 1) > MAX_VARIANTS) options[options.length - 1].values.pop();

  const basePrice = category.price[0] + rng() * rng() * (category.price[1] - category.price[0]);
  const priceStyle = between(rng, 0, 3);
  const onSale = chance(rng, 0.3);
  const saleFactor = 1.15 + rng() * 0.45;
  const tracked = chance(rng, 0.9);
  const continueSelling = chance(rng, 0.06);
  const grams = between(rng, category.grams[0], category.grams[1]);
  const skuStem = `${vendor
    .replace(/[^A-Za-z]/g, '')
    .slice(0, 3)
    .toUpperCase()}-${(index + 1).toString(36).toUpperCase()}`;

  const images: GeneratedProduct['images'] = [];
  const imageUrl = (suffix: string) => `https://images.example.com/generated/${handle}/${suffix}.jpg`;
  for (let i = 1, n = between(rng, 1, 3); i <= n; i++) {
    images.push({ url: imageUrl(String(i)), altText: chance(rng, 0.6) ? title : null });
  }
  const colourOption = options.findIndex((o) => o.scheme.name === 'Color');
  if (colourOption >= 0) {
    for (const colour of options[colourOption].values) {
      images.push({ url: imageUrl(slugify(colour)), altText: `${title} in ${colour.toLowerCase()}` });
    }
  }

  const combos = options.reduce<string[][]>((acc, o) => acc.flatMap((combo) => o.values.map((v) => [...combo, v])), [[]]);
  const variants = combos.map((values, v): GeneratedVariant => {
    const markup = values.reduce((sum, value, i) => {
      const { scheme } = options[i];
      return (
        sum +
        (scheme.stepMarkup ?? 0) * scheme.values.indexOf(value) -
        (scheme.stepMarkup ?? 0) * scheme.values.indexOf(options[i].values[0])
      );
    }, 0);
    const price = round2(pricePoint(basePrice * (1 + markup), priceStyle));
    const quantity = tracked ? (chance(rng, 0.12) ? 0 : Math.floor(1 + rng() * rng() * 120)) : null;
    return {
      title: values.length > 0 ? values.join(' / ') : 'Default Title',
      options: values.map((value, i) => ({ name: options[i].scheme.name, value })),
      sku: combos.length > 1 ? `${skuStem}-${v + 1}` : skuStem,
      price,
      compareAtPrice: onSale ? round2(Math.ceil(price * saleFactor) - 0.01) : null,
      cost: round2(price * (0.35 + rng() * 0.2)),
      grams,
      quantity,
      continueSelling,
      image: colourOption >= 0 ? imageUrl(slugify(values[colourOption])) : null,
    };
  });

  const statusRoll = rng();
  const extraTags = pickDistinct(rng, EXTRA_TAGS, between(rng, 0, 2));
  return {
    handle,
    title,
    bodyHtml: describeInHtml(rng, category.features, adjective, material, noun),
    vendor,
    productType: category.productType,
    tags: [...new Set([...category.tags, material.toLowerCase(), ...extraTags])],
    status: statusRoll < 0.93 ? 'ACTIVE' : statusRoll < 0.98 ? 'DRAFT' : 'ARCHIVED',
    material,
    options: options.map((o) => ({ name: o.scheme.name, values: o.values })),
    variants,
    images,
  };
}

function describeInHtml(rng: Rng, features: string[], adjective: string, material: string, noun: string): string {
  const [first, second, third] = pickDistinct(rng, features, 3);
  const article = /^[aeiou]/i.test(adjective) ? 'An' : 'A';
  const intro = `<p>${article} ${adjective.toLowerCase()} ${noun.toLowerCase()} in ${material.toLowerCase()}, with ${first} &amp; ${second}.</p>`;
  if (!chance(rng, 0.4)) return intro;
  // Multi-line cells with commas and inch marks, as merchants' real descriptions have.
  return `${intro}\n<ul>\n<li>Material: ${material}</li>\n<li>Details: ${third}</li>\n<li>Size guide: measures 12" x 8", true to size</li>\n</ul>`;
}

// ---------------------------------------------------------------------------------------------
// CSV layouts: the three header sets Shopify has used, so the loader meets all of them.

type Field =
  | 'handle'
  | 'title'
  | 'body'
  | 'vendor'
  | 'type'
  | 'tags'
  | 'published'
  | 'status'
  | 'o1n'
  | 'o1v'
  | 'o2n'
  | 'o2v'
  | 'o3n'
  | 'o3v'
  | 'sku'
  | 'grams'
  | 'tracker'
  | 'qty'
  | 'policy'
  | 'continueSelling'
  | 'fulfillment'
  | 'price'
  | 'compareAt'
  | 'requiresShipping'
  | 'taxable'
  | 'imageSrc'
  | 'imagePosition'
  | 'imageAlt'
  | 'giftCard'
  | 'variantImage'
  | 'weightUnit'
  | 'cost'
  | 'material';

const CLASSIC_FIELDS: Partial<Record<string, Field>> = {
  Handle: 'handle',
  Title: 'title',
  'Body (HTML)': 'body',
  Vendor: 'vendor',
  Type: 'type',
  Tags: 'tags',
  Published: 'published',
  'Option1 Name': 'o1n',
  'Option1 Value': 'o1v',
  'Option2 Name': 'o2n',
  'Option2 Value': 'o2v',
  'Option3 Name': 'o3n',
  'Option3 Value': 'o3v',
  'Variant SKU': 'sku',
  'Variant Grams': 'grams',
  'Variant Inventory Tracker': 'tracker',
  'Variant Inventory Qty': 'qty',
  'Variant Inventory Policy': 'policy',
  'Variant Fulfillment Service': 'fulfillment',
  'Variant Price': 'price',
  'Variant Compare At Price': 'compareAt',
  'Variant Requires Shipping': 'requiresShipping',
  'Variant Taxable': 'taxable',
  'Image Src': 'imageSrc',
  'Image Position': 'imagePosition',
  'Image Alt Text': 'imageAlt',
  'Gift Card': 'giftCard',
  'Variant Image': 'variantImage',
  'Variant Weight Unit': 'weightUnit',
};

type Layout = [header: string, field: Field | null][];

const classic: Layout = CLASSIC_PRODUCT_CSV_HEADER.map((header) => [header, CLASSIC_FIELDS[header] ?? null]);

const LAYOUTS: Layout[] = [
  classic,
  [...classic, ['Cost per item', 'cost'], ['Status', 'status']],
  [
    ['Title', 'title'],
    ['URL handle', 'handle'],
    ['Description', 'body'],
    ['Vendor', 'vendor'],
    ['Product category', null],
    ['Type', 'type'],
    ['Tags', 'tags'],
    ['Published on online store', 'published'],
    ['Status', 'status'],
    ['SKU', 'sku'],
    ['Barcode', null],
    ['Option1 name', 'o1n'],
    ['Option1 value', 'o1v'],
    ['Option2 name', 'o2n'],
    ['Option2 value', 'o2v'],
    ['Option3 name', 'o3n'],
    ['Option3 value', 'o3v'],
    ['Price', 'price'],
    ['Compare-at price', 'compareAt'],
    ['Cost per item', 'cost'],
    ['Charge tax', 'taxable'],
    ['Tax code', null],
    ['Inventory tracker', 'tracker'],
    ['Inventory quantity', 'qty'],
    ['Continue selling when out of stock', 'continueSelling'],
    ['Weight value (grams)', 'grams'],
    ['Weight unit for display', 'weightUnit'],
    ['Requires shipping', 'requiresShipping'],
    ['Fulfillment service', 'fulfillment'],
    ['Product image URL', 'imageSrc'],
    ['Image position', 'imagePosition'],
    ['Image alt text', 'imageAlt'],
    ['Variant image URL', 'variantImage'],
    ['Gift card', 'giftCard'],
    ['SEO title', null],
    ['SEO description', null],
    ['Material (product.metafields.custom.material)', 'material'],
  ],
];

const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csvLine = (layout: Layout, values: Partial<Record<Field, string>>) =>
  layout.map(([, field]) => (field ? csvCell(values[field] ?? '') : '')).join(',') + '\r\n';
const money = (n: number) => n.toFixed(2);

/** The CSV rows of one product: variants first (one per row), then any images left over. */
export function productRows(product: GeneratedProduct, layoutIndex: number): string[] {
  const layout = LAYOUTS[layoutIndex % LAYOUTS.length];
  const rowCount = Math.max(product.variants.length, product.images.length);
  const rows: string[] = [];
  for (let r = 0; r < rowCount; r++) {
    const values: Partial<Record<Field, string>> = { handle: product.handle };
    if (r === 0) {
      Object.assign(values, {
        title: product.title,
        body: product.bodyHtml,
        vendor: product.vendor,
        type: product.productType,
        tags: product.tags.join(', '),
        // Where there is no Status column, an archived product reads back as a draft.
        published: String(product.status === 'ACTIVE'),
        status: product.status.toLowerCase(),
        giftCard: 'false',
        material: product.material,
      });
      if (product.options.length === 0) Object.assign(values, { o1n: 'Title', o1v: 'Default Title' });
      product.options.forEach((option, i) => {
        values[(['o1n', 'o2n', 'o3n'] as const)[i]] = option.name;
      });
    }
    const variant = product.variants[r];
    if (variant) {
      variant.options.forEach((option, i) => {
        values[(['o1v', 'o2v', 'o3v'] as const)[i]] = option.value;
      });
      Object.assign(values, {
        sku: variant.sku,
        grams: String(variant.grams),
        tracker: variant.quantity === null ? '' : 'shopify',
        qty: variant.quantity === null ? '' : String(variant.quantity),
        policy: variant.continueSelling ? 'continue' : 'deny',
        continueSelling: variant.continueSelling ? 'CONTINUE' : 'DENY',
        fulfillment: 'manual',
        price: money(variant.price),
        compareAt: variant.compareAtPrice === null ? '' : money(variant.compareAtPrice),
        cost: money(variant.cost),
        requiresShipping: 'true',
        taxable: 'true',
        variantImage: variant.image ?? '',
        weightUnit: 'kg',
      });
    }
    const image = product.images[r];
    if (image) Object.assign(values, { imageSrc: image.url, imagePosition: String(r + 1), imageAlt: image.altText ?? '' });
    rows.push(csvLine(layout, values));
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Store files

const SHOP_LOCALES = ['en', 'pl', 'de', 'es', 'fr'];

function shopFor(seed: number): StoreShop {
  return {
    name: 'Northwind Warehouse',
    myshopifyDomain: `northwind-warehouse-${seed}.myshopify.com`,
    primaryLocale: 'en',
    shopLocales: SHOP_LOCALES,
    currency: 'USD',
    email: 'support@northwind-warehouse.example',
    timezone: 'Europe/Warsaw',
  };
}

const POLICIES: StorePolicies = {
  REFUND_POLICY:
    'Return unused items within 30 days of delivery for a full refund. Furniture and rugs can be returned within 14 days; a $49 collection fee applies. Refunds reach the original payment method within 5 business days of receiving the return.',
  SHIPPING_POLICY:
    'Orders placed before 1 pm on a business day ship the same day. Standard delivery takes 2-4 business days in the EU and 5-8 business days to the US and UK, free over $75. Furniture ships by freight within 7-10 business days.',
  PRIVACY_POLICY:
    'We use your personal data only to process orders and answer your questions, and never sell it. Ask privacy@northwind-warehouse.example for a copy or deletion of your data.',
  TERMS_OF_SERVICE: 'Prices are in USD and include VAT for EU customers. We may cancel orders with obvious pricing errors.',
};

const FAQ: StoreFaq[] = [
  {
    q: 'How do I choose my size?',
    a: 'Our clothing runs true to size. Between two sizes, take the larger one; each product page lists its measurements.',
  },
  { q: 'Do you ship internationally?', a: 'Yes, to the EU, the UK and the US. Duties for the UK and US are included at checkout.' },
  { q: 'Can I change or cancel my order?', a: 'Yes, until it has been fulfilled. Reply to your order confirmation with the change.' },
  { q: 'Are your candles and skincare vegan?', a: 'All skincare is vegan. Candles are soy or coconut wax, except the beeswax range.' },
  { q: 'Do you offer gift wrapping?', a: 'Yes, for $4 per item, chosen at checkout.' },
];

function customerAt(seed: number, index: number): StoreCustomer {
  const rng = rngFor(seed, 'customer', index);
  const locale = pick(rng, SHOP_LOCALES);
  const firstName = pick(rng, FIRST_NAMES[locale]);
  const lastName = pick(rng, LAST_NAMES[locale]);
  const local = slugify(`${firstName} ${lastName}`).replace(/-/g, '.');
  return {
    id: 10_001 + index,
    firstName,
    lastName,
    email: `${local}.${index + 1}@example.${locale === 'en' ? 'com' : locale}`,
    phone: chance(rng, 0.7)
      ? `+${between(rng, 30, 49)} ${between(rng, 500, 799)} ${between(rng, 100, 999)} ${between(rng, 100, 999)}`
      : null,
    locale,
  };
}

const ORDER_KINDS = [
  { weight: 55, financial: 'PAID', fulfillment: 'FULFILLED' },
  { weight: 18, financial: 'PAID', fulfillment: 'UNFULFILLED' },
  { weight: 6, financial: 'PAID', fulfillment: 'PARTIALLY_FULFILLED' },
  { weight: 7, financial: 'PENDING', fulfillment: 'UNFULFILLED' },
  { weight: 5, financial: 'PARTIALLY_REFUNDED', fulfillment: 'FULFILLED' },
  { weight: 4, financial: 'REFUNDED', fulfillment: 'FULFILLED' },
  { weight: 5, financial: 'VOIDED', fulfillment: 'UNFULFILLED', cancelReason: 'CUSTOMER' },
] as const;
const ORDER_WEIGHT = ORDER_KINDS.reduce((sum, kind) => sum + kind.weight, 0);

const DAY = 86_400_000;
/** Orders fall in the 180 days before this fixed instant, so output does not depend on the clock. */
const ORDERS_UNTIL = Date.parse('2026-11-20T12:00:00Z');
const iso = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString().replace('.000Z', 'Z');

function orderAt(seed: number, index: number, products: number, customers: StoreCustomer[]): StoreOrder {
  const rng = rngFor(seed, 'order', index);
  const customer = pick(rng, customers);
  const createdMs = ORDERS_UNTIL - Math.floor(rng() * 180 * DAY);
  let roll = rng() * ORDER_WEIGHT;
  const kind = ORDER_KINDS.find((k) => (roll -= k.weight) < 0) ?? ORDER_KINDS[0];

  const lineItems: StoreOrder['lineItems'] = [];
  for (let attempts = 0, wanted = between(rng, 1, 4); lineItems.length < wanted && attempts < 20; attempts++) {
    const product = describeProduct(seed, between(rng, 0, products - 1));
    if (product.status !== 'ACTIVE' || lineItems.some((line) => line.handle === product.handle)) continue;
    const variant = pick(rng, product.variants);
    lineItems.push({
      handle: product.handle,
      title: product.title,
      variantTitle: variant.title,
      sku: variant.sku,
      quantity: chance(rng, 0.8) ? 1 : between(rng, 2, 3),
      price: money(variant.price),
    });
  }

  const shipped = kind.fulfillment === 'FULFILLED' ? lineItems : kind.fulfillment === 'PARTIALLY_FULFILLED' ? lineItems.slice(0, 1) : [];
  const fulfillments: StoreOrder['fulfillments'] = [];
  if (shipped.length > 0) {
    const carrier = pick(rng, CARRIERS);
    const trackingNumber = String(between(rng, 100_000, 999_999)) + String(between(rng, 100_000, 999_999));
    const shippedMs = createdMs + between(rng, 2, 48) * 3_600_000;
    const delivered = ORDERS_UNTIL - shippedMs > 6 * DAY || chance(rng, 0.3);
    fulfillments.push({
      status: 'SUCCESS',
      displayStatus: delivered ? 'DELIVERED' : pick(rng, ['IN_TRANSIT', 'IN_TRANSIT', 'OUT_FOR_DELIVERY']),
      trackingCompany: carrier.company,
      trackingNumber,
      trackingUrl: carrier.url(trackingNumber),
      createdAt: iso(shippedMs),
      estimatedDeliveryAt: delivered ? null : iso(shippedMs + between(rng, 2, 5) * DAY),
      lineItems: shipped.map((line) => ({ handle: line.handle, quantity: line.quantity })),
    });
  }

  const [city, countryCode] = pick(rng, CITIES[customer.locale]);
  const cancelled = 'cancelReason' in kind;
  return {
    id: 500_001 + index,
    name: `#${1001 + index}`,
    customerId: customer.id,
    email: customer.email,
    phone: customer.phone,
    createdAt: iso(createdMs),
    currency: 'USD',
    displayFinancialStatus: kind.financial,
    displayFulfillmentStatus: kind.fulfillment,
    cancelledAt: cancelled ? iso(createdMs + between(rng, 1, 20) * 3_600_000) : null,
    cancelReason: cancelled ? kind.cancelReason : null,
    shippingAddress: { firstName: customer.firstName, lastName: customer.lastName, city, countryCode },
    lineItems,
    fulfillments,
  };
}

// ---------------------------------------------------------------------------------------------

const STORE_FILES = ['shop.json', 'customers.json', 'orders.json', 'policies.json', 'faq.json'];

async function prepareOut(out: string, force: boolean): Promise<void> {
  await mkdir(path.join(out, 'products'), { recursive: true });
  const existing = [
    ...(await readdir(out)).filter((name) => STORE_FILES.includes(name) || name === 'translations.json' || name === 'collections.json'),
    ...(await readdir(path.join(out, 'products'))).filter((name) => name.endsWith('.csv')).map((name) => `products/${name}`),
  ];
  if (existing.length === 0) return;
  if (!force) throw new Error(`${out} already holds a store (${existing.slice(0, 3).join(', ')}...); use --force to replace it`);
  // Only the files a store is made of: anything else the user keeps there stays.
  await Promise.all(existing.map((name) => rm(path.join(out, name))));
}

async function writeProductFile(file: string, from: number, to: number, seed: number, layoutIndex: number) {
  const counts = { variants: 0, rows: 0 };
  function* chunks() {
    let chunk = LAYOUTS[layoutIndex % LAYOUTS.length].map(([header]) => csvCell(header)).join(',') + '\r\n';
    for (let i = from; i < to; i++) {
      const product = describeProduct(seed, i);
      counts.variants += product.variants.length;
      for (const row of productRows(product, layoutIndex)) {
        chunk += row;
        counts.rows++;
      }
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk.replace(/\r\n$/, ''); // like Shopify's sample files: no line break after the last row
  }
  // pipeline() applies the file's backpressure to the generator, so memory stays flat.
  await pipeline(Readable.from(chunks()), createWriteStream(file));
  return counts;
}

export async function generateStore(opts: GenerateStoreOptions): Promise<GenerateStoreSummary> {
  const seed = opts.seed ?? 1;
  const perFile = opts.productsPerFile ?? MAX_PRODUCTS_PER_FILE;
  if (!Number.isInteger(opts.products) || opts.products < 1) throw new Error('products must be a positive whole number');
  if (!Number.isInteger(perFile) || perFile < 1 || perFile > MAX_PRODUCTS_PER_FILE) {
    throw new Error(`productsPerFile must be between 1 and ${MAX_PRODUCTS_PER_FILE}`);
  }
  const out = path.resolve(opts.out);
  await prepareOut(out, opts.force ?? false);

  const fileCount = Math.ceil(opts.products / perFile);
  const width = Math.max(3, String(fileCount).length);
  const files: string[] = [];
  let variants = 0;
  let csvRows = 0;
  for (let f = 0; f < fileCount; f++) {
    const name = `products/products-${String(f + 1).padStart(width, '0')}.csv`;
    const written = await writeProductFile(path.join(out, name), f * perFile, Math.min(opts.products, (f + 1) * perFile), seed, f);
    variants += written.variants;
    csvRows += written.rows;
    files.push(name);
  }

  const customerCount = opts.customers ?? Math.min(2_000, Math.max(8, Math.ceil(opts.products / 200)));
  const orderCount = opts.orders ?? Math.min(5_000, Math.max(20, Math.ceil(opts.products / 50)));
  const customers = Array.from({ length: customerCount }, (_, i) => customerAt(seed, i));
  const orders = Array.from({ length: orderCount }, (_, i) => orderAt(seed, i, opts.products, customers));
  const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
  await Promise.all([
    writeFile(path.join(out, 'shop.json'), json(shopFor(seed))),
    writeFile(path.join(out, 'customers.json'), json(customers)),
    writeFile(path.join(out, 'orders.json'), json(orders)),
    writeFile(path.join(out, 'policies.json'), json(POLICIES)),
    writeFile(path.join(out, 'faq.json'), json(FAQ)),
  ]);

  return { out, seed, products: opts.products, variants, csvRows, files, customers: customerCount, orders: orderCount };
}
