// compare_products: two to four products side by side, as a table the widget renders and the model
// can summarise ("the M is cheaper, the L is wool"). `differs` marks the rows worth talking about.
import { z } from 'zod';
import type { ComparisonTable } from '../types';
import { defineTool } from './define-tool';
import { attributesOf, MAX_HANDLE_LENGTH, normaliseHandle, optionsOf, productsByHandle, tagsOf, viewOf, type ProductRow } from './catalog';
import { formatPrice, labels } from './labels';
import { fail, ok } from './results';
import { reviewDigest, type ReviewDigest } from './review-digest';

export const compareProductsInput = z.object({
  handles: z.array(z.string().trim().min(1).max(MAX_HANDLE_LENGTH)).min(2).max(4).describe('Handles of the 2 to 4 products to compare.'),
});

function row(attribute: string, values: string[]): ComparisonTable['rows'][number] {
  const normalised = values.map((v) => v.trim().toLowerCase());
  return { attribute, values, differs: new Set(normalised).size > 1 };
}

function ratingText(r: ReviewDigest | null | undefined, none: string, lang: string): string {
  if (!r || r.averageRating == null) return none;
  return `${r.averageRating.toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}/5 ★ (${r.count})`;
}

/** `reviews[i]` is the review digest of `rows[i]` (rows for rating and praise appear once any product has reviews). */
export function buildComparison(
  rows: ProductRow[],
  ctx: Parameters<typeof viewOf>[1],
  reviews: (ReviewDigest | null)[] = [],
): ComparisonTable {
  const t = labels(ctx.shopper.language);
  const products = rows.map((r) => viewOf(r, ctx));
  const money = (n: number | null) => (n == null ? t.none : formatPrice(n, ctx.shop.currency, ctx.shopper.language));
  const table: ComparisonTable['rows'] = [
    row(
      t.price,
      products.map((p) => money(p.price)),
    ),
    row(
      t.compareAtPrice,
      products.map((p) => money(p.compareAtPrice)),
    ),
    row(
      t.availability,
      products.map((p) => (p.available ? t.inStock : t.outOfStock)),
    ),
    row(
      t.vendor,
      products.map((p) => p.vendor || t.none),
    ),
    row(
      t.type,
      products.map((p) => p.productType || t.none),
    ),
  ];
  // One row per option name any of them has (sizes, colours…), values a product can be bought in.
  const optionNames = [...new Set(rows.flatMap((r) => optionsOf(r).map((o) => o.name)))].filter((n) => n !== 'Title');
  for (const name of optionNames) {
    table.push(
      row(
        name,
        products.map((p) => {
          const values = p.options.find((o) => o.name === name)?.values ?? [];
          return values.length ? values.join(', ') : t.none;
        }),
      ),
    );
  }
  const attributes = rows.map(attributesOf);
  for (const label of [...new Set(attributes.flatMap((a) => Object.keys(a)))])
    table.push(
      row(
        label,
        attributes.map((a) => a[label] ?? t.none),
      ),
    );
  if (reviews.some((r) => r?.averageRating != null))
    table.push(
      row(
        t.rating,
        rows.map((_, i) => ratingText(reviews[i], t.none, ctx.shopper.language)),
      ),
    );
  if (reviews.some((r) => r?.pros.length))
    table.push(
      row(
        t.praised,
        rows.map((_, i) => reviews[i]?.pros.map((p) => p.label).join(', ') || t.none),
      ),
    );
  table.push(
    row(
      t.tags,
      rows.map((r) => tagsOf(r).join(', ') || t.none),
    ),
  );
  return { products, rows: table };
}

/** For comparing, the counts and the "customers say" line are enough; quotes stay with product_details. */
function compactReviews(r: ReviewDigest | null) {
  if (!r) return null;
  const aspects = (list: ReviewDigest['pros']) => list.map(({ label, count }) => ({ label, count }));
  return {
    count: r.count,
    averageRating: r.averageRating,
    positivePercent: r.positivePercent,
    customersSay: r.customersSay,
    pros: aspects(r.pros),
    cons: aspects(r.cons),
  };
}

export const compareProducts = defineTool({
  name: 'compare_products',
  description:
    'Compare 2 to 4 products side by side: price, compare-at price, availability, brand, type, sizes/colours and other options, material and other attributes, tags, and customer reviews (rating, what they praise and criticise). The shopper sees the table; summarise the differences that matter.',
  input: compareProductsInput,
  async run(input, ctx) {
    const handles = [...new Set(input.handles.map(normaliseHandle))];
    const rows = await productsByHandle(ctx, handles);
    const missing = handles.filter((h) => !rows.some((r) => r.handle === h));
    if (rows.length < 2) {
      return fail(
        'not_found',
        'Fewer than two of these products exist in this shop. Search for the products first and compare their handles.',
        {
          found: rows.map((r) => r.handle),
          missing,
        },
      );
    }
    const reviews = await Promise.all(rows.map((r) => reviewDigest(ctx, r.handle)));
    const comparison = buildComparison(rows, ctx, reviews);
    return ok(
      {
        products: comparison.products.map((p, i) => ({ handle: p.handle, title: p.title, reviews: compactReviews(reviews[i]) })),
        rows: comparison.rows,
        missing,
      },
      { comparison },
    );
  },
});
