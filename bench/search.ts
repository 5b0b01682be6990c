// Catalog search latency and cold-start cost at scale, in one SQLite database holding a 10,000- and
// a 100,000-product shop beside 200 shops of 1,000 products each (310,000 rows). Products come from
// a deterministic generator (same catalog every run); rows are inserted once per run with raw
// SQLite statements (through upsertProducts the insert alone would take minutes). Only searches
// are timed: end to end through createCatalogSearch (version check, index, page of views read
// from the database), on a warm index; the cold build and its memory are measured separately.
// Run: node --import tsx bench/search.ts [--small]   (--small: 1,000 / 10,000 products, 20 shops)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import Database from 'better-sqlite3';
import { productRowData } from '~/catalog/products.server';
import { createCatalogSearch, type SearchParams } from '~/catalog/search';
import type { CatalogProduct, CatalogVariant } from '~/catalog/types';
import { createPrismaClient } from '~/db/client.server';
import { migrate } from '~/db/migrate.server';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** What the value should stay within, for the reader ("≤ 10"); empty when informational. */
  target: string;
}

export interface SearchBenchOptions {
  mediumShopProducts?: number;
  largeShopProducts?: number;
  otherShops?: number;
  otherShopProducts?: number;
  /** Timed searches per shop (after a warm-up pass over the query mix). */
  searches?: number;
  log?: (line: string) => void;
}

// ---------------------------------------------------------------------------------------------
// Deterministic catalog generator: multilingual titles (some products translated), option
// variants, prices, stock, tags, descriptions with model codes (so the vocabulary grows with the
// catalog, as real ones do).

function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
  };
}

type Lang = 'en' | 'pl' | 'de' | 'es' | 'fr';
const LOCALES: Lang[] = ['pl', 'de', 'es', 'fr'];
const NOUNS: Record<Lang, string>[] = [
  { en: 'Jacket', pl: 'Kurtka', de: 'Jacke', es: 'Chaqueta', fr: 'Veste' },
  { en: 'Shirt', pl: 'Koszula', de: 'Hemd', es: 'Camisa', fr: 'Chemise' },
  { en: 'Necklace', pl: 'Naszyjnik', de: 'Halskette', es: 'Collar', fr: 'Collier' },
  { en: 'Earrings', pl: 'Kolczyki', de: 'Ohrringe', es: 'Pendientes', fr: "Boucles d'oreilles" },
  { en: 'Bracelet', pl: 'Bransoletka', de: 'Armband', es: 'Pulsera', fr: 'Bracelet' },
  { en: 'Sofa', pl: 'Sofa', de: 'Sofa', es: 'Sofá', fr: 'Canapé' },
  { en: 'Lamp', pl: 'Lampa', de: 'Lampe', es: 'Lámpara', fr: 'Lampe' },
  { en: 'Candle', pl: 'Świeca', de: 'Kerze', es: 'Vela', fr: 'Bougie' },
  { en: 'Pillow', pl: 'Poduszka', de: 'Kissen', es: 'Cojín', fr: 'Coussin' },
  { en: 'Sweater', pl: 'Sweter', de: 'Pullover', es: 'Jersey', fr: 'Pull' },
  { en: 'Dress', pl: 'Sukienka', de: 'Kleid', es: 'Vestido', fr: 'Robe' },
  { en: 'Skirt', pl: 'Spódnica', de: 'Rock', es: 'Falda', fr: 'Jupe' },
  { en: 'Trousers', pl: 'Spodnie', de: 'Hose', es: 'Pantalones', fr: 'Pantalon' },
  { en: 'Boots', pl: 'Buty', de: 'Stiefel', es: 'Botas', fr: 'Bottes' },
  { en: 'Scarf', pl: 'Szalik', de: 'Schal', es: 'Bufanda', fr: 'Écharpe' },
  { en: 'Bag', pl: 'Torebka', de: 'Tasche', es: 'Bolso', fr: 'Sac' },
  { en: 'Table', pl: 'Stół', de: 'Tisch', es: 'Mesa', fr: 'Table' },
  { en: 'Chair', pl: 'Krzesło', de: 'Stuhl', es: 'Silla', fr: 'Chaise' },
  { en: 'Pot', pl: 'Doniczka', de: 'Topf', es: 'Maceta', fr: 'Pot' },
  { en: 'Mug', pl: 'Kubek', de: 'Becher', es: 'Taza', fr: 'Tasse' },
];
const COLORS: Record<Lang, string>[] = [
  { en: 'Blue', pl: 'Niebieski', de: 'Blau', es: 'Azul', fr: 'Bleu' },
  { en: 'Red', pl: 'Czerwony', de: 'Rot', es: 'Rojo', fr: 'Rouge' },
  { en: 'Green', pl: 'Zielony', de: 'Grün', es: 'Verde', fr: 'Vert' },
  { en: 'Black', pl: 'Czarny', de: 'Schwarz', es: 'Negro', fr: 'Noir' },
  { en: 'White', pl: 'Biały', de: 'Weiß', es: 'Blanco', fr: 'Blanc' },
  { en: 'Yellow', pl: 'Żółty', de: 'Gelb', es: 'Amarillo', fr: 'Jaune' },
  { en: 'Grey', pl: 'Szary', de: 'Grau', es: 'Gris', fr: 'Gris' },
  { en: 'Pink', pl: 'Różowy', de: 'Rosa', es: 'Rosa', fr: 'Rose' },
  { en: 'Golden', pl: 'Złoty', de: 'Golden', es: 'Dorado', fr: 'Doré' },
  { en: 'Silver', pl: 'Srebrny', de: 'Silbern', es: 'Plateado', fr: 'Argenté' },
];
const ADJECTIVES = [
  'Classic',
  'Vintage',
  'Modern',
  'Soft',
  'Elegant',
  'Rustic',
  'Cozy',
  'Slim',
  'Oversized',
  'Handmade',
  'Organic',
  'Striped',
  'Floral',
  'Minimal',
  'Bold',
  'Light',
  'Heavy',
  'Compact',
  'Deluxe',
  'Everyday',
];
const MATERIALS = [
  'Cotton',
  'Wool',
  'Silk',
  'Leather',
  'Linen',
  'Denim',
  'Velvet',
  'Ceramic',
  'Oak',
  'Walnut',
  'Bamboo',
  'Copper',
  'Brass',
  'Glass',
  'Cashmere',
  'Suede',
  'Clay',
  'Steel',
];
const FILLER = (
  'made from carefully selected materials with a comfortable fit and durable finish perfect for everyday use ' +
  'designed in our studio and produced in small batches easy care machine washable gentle cycle gift ready ' +
  'timeless look pairs well with casual and formal outfits lightweight breathable warm cozy sturdy stitched ' +
  'sustainably sourced recycled packaging limited edition seasonal collection bestseller customer favourite'
).split(' ');
const SIZES = ['XS', 'S', 'M', 'L', 'XL'];

export function generateProducts(seed: number, count: number): CatalogProduct[] {
  const r = prng(seed);
  const vendors = Array.from({ length: 12 }, (_, i) => `Vendor ${seed % 1000}-${i}`);
  const products: CatalogProduct[] = [];
  for (let i = 0; i < count; i++) {
    const noun = r.pick(NOUNS);
    const color = r.pick(COLORS);
    const adjective = r.pick(ADJECTIVES);
    const material = r.pick(MATERIALS);
    const code = `${String.fromCharCode(65 + r.int(26))}${String.fromCharCode(65 + r.int(26))}-${1000 + r.int(90000)}`;
    const title = `${adjective} ${color.en} ${material} ${noun.en} ${code}`;
    const basePrice = 5 + r.int(300) + r.int(100) / 100;
    const sized = r.next() < 0.5;
    const colorsOffered = r.next() < 0.4 ? [color.en, r.pick(COLORS).en].filter((c, k, a) => a.indexOf(c) === k) : [];
    const sizes = sized ? SIZES.slice(r.int(2), 3 + r.int(3)) : [];
    const combos: { name: string; value: string }[][] = [];
    for (const size of sizes.length ? sizes : [null]) {
      for (const c of colorsOffered.length ? colorsOffered : [null]) {
        const opts = [];
        if (size) opts.push({ name: 'Size', value: size });
        if (c) opts.push({ name: 'Color', value: c });
        combos.push(opts);
      }
    }
    const id = `${seed}${String(i).padStart(7, '0')}`;
    const variants: CatalogVariant[] = combos.map((opts, k) => {
      const stock = r.next() < 0.2 ? 0 : 1 + r.int(40);
      return {
        id: `gid://shopify/ProductVariant/${id}${k}`,
        title: opts.map((o) => o.value).join(' / ') || 'Default Title',
        sku: `${code}-${k}`,
        price: Math.round((basePrice + k * 2) * 100) / 100,
        compareAtPrice: r.next() < 0.3 ? Math.round(basePrice * 130) / 100 : null,
        available: stock > 0,
        inventoryQuantity: stock,
        options: opts,
        image: null,
      };
    });
    const translations: CatalogProduct['translations'] = {};
    if (r.next() < 0.5) {
      for (const locale of LOCALES) {
        if (r.next() < 0.5) translations[locale] = { title: `${noun[locale]} ${color[locale]} ${code}`, productType: noun[locale] };
      }
    }
    const words = Array.from({ length: 15 + r.int(30) }, () => r.pick(FILLER));
    products.push({
      shopifyId: `gid://shopify/Product/${id}`,
      handle: `${adjective}-${color.en}-${material}-${noun.en}-${code}`.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      title,
      description: `${title}. ${words.join(' ')}.`,
      vendor: r.pick(vendors),
      productType: noun.en,
      tags: [material, adjective, ...(r.next() < 0.3 ? ['sale'] : []), ...(r.next() < 0.2 ? ['new'] : [])],
      status: r.next() < 0.03 ? 'DRAFT' : 'ACTIVE',
      options: [
        ...(sizes.length ? [{ name: 'Size', values: sizes }] : []),
        ...(colorsOffered.length ? [{ name: 'Color', values: colorsOffered }] : []),
      ],
      variants,
      images: [{ url: `https://cdn.example/${id}.jpg`, altText: null }],
      collections: [],
      metafields: [],
      translations,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
  }
  return products;
}

// ---------------------------------------------------------------------------------------------
// Database: migrated SQLite file, shops and products inserted with raw statements in the exact
// column formats Prisma writes (ISO dates with offset, booleans as 0/1).

const sqliteDate = (d: Date) => d.toISOString().replace('Z', '+00:00');

export function insertCatalog(file: string, shops: { domain: string; products: CatalogProduct[] }[]) {
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  const now = sqliteDate(new Date());
  const shopStmt = raw.prepare(
    `INSERT INTO "Shop" (domain, currency, primaryLocale, locales, catalogVersion, installedAt, createdAt, updatedAt) VALUES (?, 'EUR', 'en', '["en","pl","de","es","fr"]', 1, ?, ?, ?)`,
  );
  const productStmt = raw.prepare(
    `INSERT INTO "Product" (id, shop, shopifyId, handle, title, description, vendor, productType, tags, status, options, variants, images, collections, metafields, translations, priceMin, priceMax, compareAtMax, available, totalInventory, sourceUpdatedAt, version, deletedAt, createdAt, updatedAt)
     VALUES (@id, @shop, @shopifyId, @handle, @title, @description, @vendor, @productType, @tags, @status, @options, @variants, @images, @collections, @metafields, @translations, @priceMin, @priceMax, @compareAtMax, @available, @totalInventory, @sourceUpdatedAt, 1, NULL, @now, @now)`,
  );
  raw.transaction(() => {
    for (const [s, shop] of shops.entries()) {
      shopStmt.run(shop.domain, now, now, now);
      for (const [i, p] of shop.products.entries()) {
        const row = productRowData(p);
        productStmt.run({
          ...row,
          id: `bench${s}x${i}`,
          shop: shop.domain,
          shopifyId: p.shopifyId,
          available: row.available ? 1 : 0,
          sourceUpdatedAt: sqliteDate(row.sourceUpdatedAt),
          now,
        });
      }
    }
  })();
  raw.close();
}

// ---------------------------------------------------------------------------------------------
// Measurement

export const QUERY_MIX: SearchParams[] = [
  { q: 'jacket' },
  { q: 'blue jacket' },
  { q: 'leather boots' },
  { q: 'jaket' },
  { q: 'necklase' },
  { q: 'silver neckl' },
  { q: 'kurtka skórzana' },
  { q: 'zloty naszyjnik' },
  { q: 'Halskette' },
  { q: 'Lederjacke' },
  { q: 'chaquetas de cuero' },
  { q: 'collier doré' },
  { q: 'vintage wool sweater' },
  { q: 'cashmere scarves' },
  { q: 'mug', maxPrice: 50 },
  { q: 'dress', available: true, options: [{ name: 'Size', value: 'M' }] },
  { q: 'lamp', tag: 'sale' },
  { q: '', type: 'Sofa', available: true },
  { q: '', minPrice: 100, maxPrice: 120 },
  {
    q: '',
    options: [
      { name: 'Color', value: 'Blue' },
      { name: 'Size', value: 'L' },
    ],
  },
];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function gc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/** JS heap plus typed-array buffers (the index keeps per-product columns in those). */
function retained(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export async function runSearchBench(opts: SearchBenchOptions = {}): Promise<BenchRow[]> {
  const medium = opts.mediumShopProducts ?? 10_000;
  const large = opts.largeShopProducts ?? 100_000;
  const others = opts.otherShops ?? 200;
  const perOther = opts.otherShopProducts ?? 1_000;
  const searches = opts.searches ?? 400;
  const log = opts.log ?? (() => {});
  const collect = gc();

  const file = path.join(os.tmpdir(), `aisle-search-bench-${process.pid}.sqlite`);
  const config = { kind: 'sqlite' as const, url: file };
  await migrate(config);
  const shops = [
    { domain: 'medium.myshopify.com', products: generateProducts(1, medium) },
    { domain: 'large.myshopify.com', products: generateProducts(2, large) },
    ...Array.from({ length: others }, (_, i) => ({ domain: `shop-${i}.myshopify.com`, products: generateProducts(100 + i, perOther) })),
  ];
  let started = performance.now();
  insertCatalog(file, shops);
  const totalRows = shops.reduce((n, s) => n + s.products.length, 0);
  log(`inserted ${totalRows} products in ${shops.length} shops in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  shops.length = 0; // let the generated products go before measuring memory

  const db = createPrismaClient(config);
  const rows: BenchRow[] = [];
  try {
    const search = createCatalogSearch({ db, maxCachedDocs: 1_000_000 });
    const timeSearches = async (shop: string) => {
      for (const params of QUERY_MIX) await search.search(shop, params); // warm-up
      const times: number[] = [];
      for (let i = 0; i < searches; i++) {
        const params = QUERY_MIX[i % QUERY_MIX.length];
        const t0 = performance.now();
        await search.search(shop, params);
        times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b);
    };

    const label = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));
    for (const [shop, count, p95Target] of [
      ['medium.myshopify.com', medium, medium === 10_000 ? '≤ 10' : ''],
      ['large.myshopify.com', large, large === 100_000 ? '≤ 50' : ''],
    ] as const) {
      collect();
      const heapBefore = retained();
      started = performance.now();
      await search.search(shop, { q: 'jacket' });
      const buildMs = performance.now() - started;
      collect();
      const heapAfter = retained();
      const docs = search.stats().shops.find((s) => s.shop === shop)?.docs ?? 0;
      log(`${label(count)}: built an index of ${docs} searchable products in ${buildMs.toFixed(0)} ms`);
      rows.push({ name: `cold index build + first search, ${label(count)} products`, value: round(buildMs / 1000), unit: 's', target: '' });
      rows.push({
        name: `index memory, ${label(count)} products`,
        value: round((heapAfter - heapBefore) / 2 ** 20, 1),
        unit: 'MiB',
        target: '',
      });
      rows.push({
        name: `index memory per product, ${label(count)}`,
        value: round((heapAfter - heapBefore) / Math.max(docs, 1) / 1024),
        unit: 'KiB',
        target: '',
      });
      const times = await timeSearches(shop);
      rows.push({ name: `search p50, ${label(count)} products`, value: round(percentile(times, 50)), unit: 'ms', target: '' });
      rows.push({ name: `search p95, ${label(count)} products`, value: round(percentile(times, 95)), unit: 'ms', target: p95Target });
    }

    // A catalog write on "another instance": the next search catches up with only the changed rows.
    const changed = await db.product.findMany({ where: { shop: 'large.myshopify.com', status: 'ACTIVE' }, take: 20, select: { id: true } });
    await db.$transaction([
      db.shop.update({ where: { domain: 'large.myshopify.com' }, data: { catalogVersion: { increment: 1 } }, select: { domain: true } }),
      db.product.updateMany({ where: { id: { in: changed.map((c) => c.id) } }, data: { title: 'Renamed Lantern', version: 2 } }),
    ]);
    started = performance.now();
    const after = await search.search('large.myshopify.com', { q: 'lantern' });
    rows.push({
      name: `search after 20 products changed (catch-up), ${label(large)}`,
      value: round(performance.now() - started),
      unit: 'ms',
      target: '',
    });
    if (after.total !== changed.length) throw new Error(`catch-up saw ${after.total} renamed products, expected ${changed.length}`);

    started = performance.now();
    for (let i = 0; i < 20; i++) await search.search(`shop-${i}.myshopify.com`, { q: 'sofa' });
    rows.push({
      name: `cold build + first search, ${perOther}-product shop (mean of 20)`,
      value: round((performance.now() - started) / 20),
      unit: 'ms',
      target: '',
    });
  } finally {
    await db.$disconnect();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  }
  return rows;
}

export function formatTable(rows: BenchRow[]): string {
  const header = ['benchmark', 'value', 'unit', 'target'];
  const cells = [header, ...rows.map((r) => [r.name, String(r.value), r.unit, r.target])];
  const widths = header.map((_, i) => Math.max(...cells.map((c) => c[i].length)));
  return cells.map((c) => c.map((cell, i) => (i === 1 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ')).join('\n');
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const small = process.argv.includes('--small');
  const rows = await runSearchBench({
    ...(small ? { mediumShopProducts: 1_000, largeShopProducts: 10_000, otherShops: 20 } : {}),
    log: (line) => console.error(line),
  });
  console.log(formatTable(rows));
}
