// Builds the compare block's table from stored product rows: one row per attribute the products
// have (price, stock, options, brand, type, attribute metafields, tags), each marked when the
// products differ on it, and a "which one for whom" summary that states only facts from the rows.
import { toProductView, type ProductRowLike } from '~/catalog/product-view';
import type { ProductOption, ProductView } from '~/catalog/types';
import { attributesOf } from '~/assistant/tools/catalog';
import { formatPrice, labels } from '~/assistant/tools/labels';
import { phrases } from './phrases';
import type { ComparedProduct, ComparisonRow, ProductComparison, ReviewSummary, RowGroup, WhoFor } from './types';

export interface ComparableRow extends ProductRowLike {
  metafields: string;
}

export interface BuildOptions {
  currency: string;
  language: string;
  reviews?: Map<string, ReviewSummary>;
  missing?: string[];
}

/** Phrases per product in the summary: enough to choose, short enough to read at a glance. */
const MAX_POINTS = 3;

const DEFAULT_VARIANT = 'Default Title';

function realOptions(view: ProductView): ProductOption[] {
  return view.options.filter((o) => !(o.name === 'Title' || (o.values.length === 1 && o.values[0] === DEFAULT_VARIANT)));
}

function row(key: string, group: RowGroup, attribute: string, values: (string | null)[]): ComparisonRow {
  const normalised = new Set(values.map((v) => (v ?? '').trim().toLowerCase()));
  return { key, group, attribute, values, differs: normalised.size > 1 };
}

export function buildComparison(rows: ComparableRow[], opts: BuildOptions): ProductComparison {
  const t = labels(opts.language);
  const money = (n: number | null) => (n == null ? null : formatPrice(n, opts.currency, opts.language));
  const views = rows.map((r) => toProductView(r, { currency: opts.currency, locale: opts.language }));
  const products: ComparedProduct[] = views.map((v) => {
    const review = opts.reviews?.get(v.handle);
    return {
      ...v,
      rating: review?.rating != null ? { value: review.rating, count: review.count } : null,
      customersSay: review?.customersSay ?? null,
    };
  });

  const table: ComparisonRow[] = [
    row(
      'price',
      'price',
      t.price,
      views.map((v) => money(v.price)),
    ),
    row(
      'availability',
      'availability',
      t.availability,
      views.map((v) => (v.available ? t.inStock : t.outOfStock)),
    ),
  ];
  const options = views.map(realOptions);
  for (const name of [...new Set(options.flat().map((o) => o.name))]) {
    table.push(
      row(
        `option:${name}`,
        'option',
        name,
        options.map((list) => list.find((o) => o.name === name)?.values.join(', ') || null),
      ),
    );
  }
  table.push(
    row(
      'vendor',
      'vendor',
      t.vendor,
      views.map((v) => v.vendor || null),
    ),
  );
  table.push(
    row(
      'type',
      'type',
      t.type,
      views.map((v) => v.productType || null),
    ),
  );
  const attributes = rows.map(attributesOf);
  for (const label of [...new Set(attributes.flatMap((a) => Object.keys(a)))]) {
    table.push(
      row(
        `attribute:${label}`,
        'attribute',
        label,
        attributes.map((a) => a[label] ?? null),
      ),
    );
  }
  table.push(
    row(
      'tags',
      'tags',
      t.tags,
      views.map((v) => (v.tags.length ? v.tags.join(', ') : null)),
    ),
  );

  return {
    language: opts.language,
    products,
    // A row nobody has a value for says nothing.
    rows: table.filter((r) => r.values.some((v) => v != null)),
    summary: whoIsItFor(products, options, table, opts),
    missing: opts.missing ?? [],
  };
}

/** Each product's distinguishing facts, phrased for a shopper choosing between them. */
export function whoIsItFor(products: ComparedProduct[], options: ProductOption[][], rows: ComparisonRow[], opts: BuildOptions): WhoFor[] {
  const say = phrases(opts.language);
  const money = (n: number) => formatPrice(n, opts.currency, opts.language);
  const prices = products.map((p) => p.price);
  const cheapest = Math.min(...prices);
  const uniqueCheapest = prices.filter((p) => p === cheapest).length === 1;
  const ratings = products.map((p) => p.rating?.value ?? 0);
  const bestRating = Math.max(...ratings);

  return products.map((p, i) => {
    const points: string[] = [];
    if (!p.available) points.push(say.soldOut({}));
    if (uniqueCheapest && p.price === cheapest) points.push(say.cheapest({ price: money(p.price) }));
    if (p.compareAtPrice) points.push(say.onSale({ pct: String(Math.round((1 - p.price / p.compareAtPrice) * 100)) }));
    if (p.rating && p.rating.value === bestRating && ratings.filter((r) => r === bestRating).length === 1) {
      points.push(say.bestRated({ rating: p.rating.value.toFixed(1) }));
    }
    for (const option of options[i]) {
      const others = options.filter((_, j) => j !== i);
      // Only options the others have too: "the only one in Size XL" means nothing otherwise.
      const theirs = others.map((list) => list.find((o) => o.name === option.name));
      if (theirs.some((o) => !o)) continue;
      const offered = new Set(theirs.flatMap((o) => o!.values.map((v) => v.toLowerCase())));
      const own = option.values.filter((v) => !offered.has(v.toLowerCase()));
      if (own.length) points.push(say.onlyIn({ name: option.name, values: own.join(', ') }));
      else if (theirs.every((o) => o!.values.length < option.values.length)) {
        points.push(say.widestChoice({ name: option.name, count: String(option.values.length) }));
      }
    }
    for (const r of rows) {
      if (r.group !== 'attribute' || !r.differs || r.values[i] == null) continue;
      points.push(`${r.attribute}: ${r.values[i]}`);
    }
    return { handle: p.handle, title: p.title, points: points.slice(0, MAX_POINTS) };
  });
}
