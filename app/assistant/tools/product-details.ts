// product_details: everything the catalog knows about one product, for questions about it.
import { z } from 'zod';
import { defineTool } from './define-tool';
import {
  attributesOf,
  MAX_HANDLE_LENGTH,
  normaliseHandle,
  productByHandle,
  suggestHandles,
  tagsOf,
  translatedDescription,
  variantsOf,
  viewOf,
} from './catalog';
import { asUntrustedData } from '~/safety/wrap-untrusted';
import { fail, ok } from './results';
import { reviewDigest } from './review-digest';

const MAX_DESCRIPTION = 1500;
const MAX_VARIANTS = 50;
/** At or below this many left, the model may say "only N left". */
const LOW_STOCK = 5;

export const productDetailsInput = z.object({
  handle: z.string().trim().min(1).max(MAX_HANDLE_LENGTH).describe('The product handle (from search results), e.g. "ocean-blue-shirt".'),
});

/** "gid://shopify/ProductVariant/123" → "123": the id the storefront cart API takes. */
export function numericId(gid: string): string {
  return gid.split('/').pop() ?? gid;
}

export const productDetails = defineTool({
  name: 'product_details',
  description:
    'Full details of one product: description, variants with their options, price, compare-at price and stock, vendor, type, tags, attributes such as material, and what customer reviews say (average rating, share positive, the aspects they praise and criticise with counts and one quote each). Use it to answer questions about a specific product, including "what do people say about it?". Report reviews as they are: never invent or soften them.',
  input: productDetailsInput,
  async run(input, ctx) {
    const handle = normaliseHandle(input.handle);
    const row = await productByHandle(ctx, handle);
    if (!row) {
      return fail('not_found', `No product with the handle "${handle}". Search for it, or pick one of the suggestions.`, {
        suggestions: await suggestHandles(ctx, handle),
      });
    }
    const view = viewOf(row, ctx);
    const variants = variantsOf(row);
    const description = translatedDescription(row, ctx.shopper.language);
    const reviews = await reviewDigest(ctx, view.handle);
    return ok(
      {
        handle: view.handle,
        title: view.title,
        url: view.url,
        vendor: view.vendor,
        productType: view.productType,
        tags: tagsOf(row),
        // Descriptions come from merchants, suppliers and apps: data to describe, never instructions.
        description: description
          ? asUntrustedData(
              'product description',
              description.length > MAX_DESCRIPTION ? `${description.slice(0, MAX_DESCRIPTION - 1)}…` : description,
            )
          : '',
        price: view.price,
        compareAtPrice: view.compareAtPrice,
        priceRange: row.priceMin !== row.priceMax ? { min: row.priceMin, max: row.priceMax } : null,
        currency: view.currency,
        available: view.available,
        options: view.options.filter((o) => !(o.values.length === 1 && o.values[0] === 'Default Title')),
        variants: variants.slice(0, MAX_VARIANTS).map((v) => ({
          id: numericId(v.id),
          title: v.title,
          options: v.options,
          price: v.price,
          compareAtPrice: v.compareAtPrice != null && v.compareAtPrice > v.price ? v.compareAtPrice : null,
          available: v.available,
          stock: !v.available
            ? 'out_of_stock'
            : v.inventoryQuantity != null && v.inventoryQuantity > 0 && v.inventoryQuantity <= LOW_STOCK
              ? 'low'
              : 'in_stock',
          ...(v.available && v.inventoryQuantity != null && v.inventoryQuantity > 0 && v.inventoryQuantity <= LOW_STOCK
            ? { quantityLeft: v.inventoryQuantity }
            : {}),
        })),
        moreVariants: Math.max(0, variants.length - MAX_VARIANTS),
        attributes: attributesOf(row),
        // null: no reviews yet. Say so rather than guess.
        reviews,
      },
      { products: [view] },
    );
  },
});
