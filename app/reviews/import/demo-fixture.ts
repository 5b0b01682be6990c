// Builds demo-store/reviews.csv, a Judge.me export, from the public review sets in
// test/fixtures/reviews (Magento sample reviews, DummyJSON reviews) and the project's own
// multilingual set, pinned onto the demo store's products by kind (tops to tops, bags to the bag,
// home goods to home products...). Dates are made up (the sets have none, or one date for all):
// spread over the year before FIXTURE_END, deterministically, so the file is the same every run.
import fs from 'node:fs';
import { toCsv } from '../csv';
import { loadDummyJson, loadMagento, loadOwnMultilingual, FIXTURES_DIR } from '../quality/datasets';
import { parse } from 'csv-parse/sync';
import path from 'node:path';

const FIXTURE_END = Date.UTC(2026, 10, 20);
const DAY = 24 * 3600_000;

const TOPS = ['ocean-blue-shirt', 'classic-varsity-top', 'yellow-wool-jumper', 'floral-white-top', 'striped-silk-blouse', 'dark-denim-top', 'silk-summer-top', 'longsleeve-cotton-top', 'chequered-red-shirt', 'white-cotton-shirt', 'red-sports-tee', 'blue-silk-tuxedo'];
const JACKETS = ['classic-leather-jacket', 'navy-sport-jacket', 'dark-winter-jacket', 'zipped-jacket', 'olive-green-jacket'];
const HOME = ['clay-plant-pot', 'copper-light', 'cream-sofa', 'antique-drawers', 'white-bed-clothes', 'pink-armchair', 'wooden-outdoor-table', 'brown-throw-pillows', 'white-ceramic-pot', 'yellow-watering-can', 'gardening-hand-trowel', 'grey-sofa', 'yellow-sofa', 'knitted-throw-pillows', 'vanilla-candle', 'black-bean-bag', 'bedside-table'];
const JEWELRY = ['chain-bracelet', 'leather-anchor', 'bangle-bracelet', 'boho-earrings', 'choker-with-bead', 'dainty-gold-neclace', 'galaxy-earrings', 'gemstone', 'gold-bird-necklace', 'moon-charm-bracelet', 'origami-crane-necklace', 'silver-threader-necklace'];

/** Magento SKU families → demo products; gear (watches, fitness kit) has no counterpart and stays unmatched. */
function magentoTarget(sku: string): string[] | null {
  if (/^(MJ|WJ|MH|WH)/.test(sku)) return JACKETS;
  if (/^24-(MB|WB|UB)|^UB/.test(sku)) return ['black-leather-bag'];
  if (/^(MP|WP|MSH|WSH)/.test(sku)) return ['striped-skirt-and-top'];
  if (/^(MBOOT|WSA|MSOCK|WSOCK)/.test(sku)) return ['led-high-tops'];
  if (/^(MS|WS|MT|WT|MPOLO|WPOLO|WB)/.test(sku)) return TOPS;
  return null;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function pick<T>(list: T[], key: string): T {
  return list[hash(key) % list.length];
}

function dateFor(key: string): string {
  const t = FIXTURE_END - (hash(`d:${key}`) % 365) * DAY - (hash(`h:${key}`) % 86400) * 1000;
  return new Date(t).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}

const HEADER = ['title', 'body', 'rating', 'review_date', 'source', 'curated', 'reviewer_name', 'reviewer_email', 'product_id', 'product_handle', 'reply', 'reply_date', 'picture_urls', 'ip_address', 'location'];

export function demoFixtureRows(dir = FIXTURES_DIR): string[][] {
  const rows: string[][] = [];
  const magentoRaw = parse(fs.readFileSync(path.join(dir, 'magento-product-reviews.csv')), { columns: true }) as Record<string, string>[];
  for (const [i, r] of loadMagento(dir).entries()) {
    const sku = magentoRaw[i].sku;
    const targets = magentoTarget(sku);
    // Each Magento product maps to one demo product, so its reviews stay together.
    const handle = targets ? pick(targets, sku) : sku.toLowerCase();
    rows.push([r.title ?? '', r.text, String(r.stars), dateFor(r.id), 'imported', 'ok', magentoRaw[i].reviewer, '', '', handle, '', '', '', '', '']);
  }
  const dummyRaw = parse(fs.readFileSync(path.join(dir, 'dummyjson-reviews.csv')), { columns: true }) as Record<string, string>[];
  for (const [i, r] of loadDummyJson(dir).entries()) {
    const sku = dummyRaw[i].sku;
    const list = /^(WOM|BEA|FRA|SKI|SUN|MEN)/.test(sku) ? JEWELRY : HOME;
    rows.push(['', r.text, String(r.stars), dateFor(r.id), 'imported', 'ok', dummyRaw[i].reviewer_name, dummyRaw[i].reviewer_email, '', pick(list, sku), '', '', '', '', '']);
  }
  for (const r of loadOwnMultilingual(dir)) {
    const stars = r.label === 'positive' ? 5 : r.label === 'negative' ? 1 : 3;
    const list = /kurtk|jacke|chaqueta|veste|jacket/i.test(r.text) ? JACKETS : /buty|schuh|zapat|chaussure|sneaker|shoe/i.test(r.text) ? ['led-high-tops'] : /kubek|mug|taza|tasse|pot|plante/i.test(r.text) ? HOME : TOPS;
    rows.push(['', r.text, String(stars), dateFor(r.id), 'imported', 'ok', `Customer ${r.id}`, '', '', pick(list, r.id), '', '', '', '', '']);
  }
  return rows;
}

export function writeDemoFixture(file: string): number {
  const rows = demoFixtureRows();
  fs.writeFileSync(file, toCsv([HEADER, ...rows]));
  return rows.length;
}
