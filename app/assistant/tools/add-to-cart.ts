// add_to_cart: turns "add the medium one" into a cart action the widget runs with Shopify's cart
// API. The variant is resolved and checked here (this shop's live product, buyable), never taken on
// the model's word.
import { z } from 'zod';
import type { CatalogVariant } from '~/catalog/types';
import { fold } from '~/catalog/search/text';
import { defineTool } from './define-tool';
import { MAX_HANDLE_LENGTH, normaliseHandle, productByHandle, suggestHandles, variantsOf, viewOf } from './catalog';
import { numericId } from './product-details';
import { fail, ok } from './results';

export const addToCartInput = z.object({
  handle: z.string().trim().min(1).max(MAX_HANDLE_LENGTH).describe('Handle of the product.'),
  variantId: z
    .string()
    .trim()
    .regex(/^(gid:\/\/shopify\/ProductVariant\/)?\d{1,20}$/, 'a variant id from product_details (digits, or a ProductVariant GID)')
    .optional()
    .describe('The variant id from product_details, when known.'),
  options: z
    .array(z.object({ name: z.string().trim().min(1).max(50), value: z.string().trim().min(1).max(100) }))
    .max(5)
    .optional()
    .describe('Option values that pick the variant, e.g. [{"name":"Size","value":"M"}].'),
  quantity: z.number().int().min(1).max(10).default(1),
});

type VariantChoice = { variant: CatalogVariant; assumed: boolean } | { error: 'variant_not_found' };

function chooseVariant(variants: CatalogVariant[], input: z.output<typeof addToCartInput>): VariantChoice {
  if (input.variantId) {
    const id = numericId(input.variantId);
    const v = variants.find((x) => numericId(x.id) === id);
    return v ? { variant: v, assumed: false } : { error: 'variant_not_found' };
  }
  if (input.options?.length) {
    const wanted = input.options.map((o) => ({ name: fold(o.name), value: fold(o.value) }));
    // A value must match; its option name too, unless the product has no option of that name
    // (the model may say "Colour" where the shop says "Color": the value still decides).
    const v = variants.find((x) =>
      wanted.every((w) =>
        x.options.some(
          (o) =>
            fold(o.value) === w.value && (fold(o.name) === w.name || !variants.some((y) => y.options.some((p) => fold(p.name) === w.name))),
        ),
      ),
    );
    return v ? { variant: v, assumed: false } : { error: 'variant_not_found' };
  }
  if (variants.length === 1) return { variant: variants[0], assumed: false };
  const first = variants.find((v) => v.available) ?? variants[0];
  return first ? { variant: first, assumed: true } : { error: 'variant_not_found' };
}

export const addToCart = defineTool({
  name: 'add_to_cart',
  description:
    "Put a product in the shopper's cart (the shopper's browser does it, after your reply). Give the variant id from product_details, or option values such as size and colour. Use it only when the shopper asks to add or buy.",
  input: addToCartInput,
  async run(input, ctx) {
    const handle = normaliseHandle(input.handle);
    const row = await productByHandle(ctx, handle);
    if (!row) return fail('not_found', `No product with the handle "${handle}".`, { suggestions: await suggestHandles(ctx, handle) });
    const view = viewOf(row, ctx);
    const variants = variantsOf(row);
    const choices = variants.map((v) => ({ id: numericId(v.id), title: v.title, options: v.options, available: v.available }));
    const choice = chooseVariant(variants, input);
    if ('error' in choice) {
      return fail(
        'variant_not_found',
        "That variant is not one of this product's. Pick one of these.",
        { variants: choices },
        { products: [view] },
      );
    }
    const { variant, assumed } = choice;
    if (!variant.available) {
      return fail(
        'unavailable',
        `${view.title} (${variant.title}) is out of stock.`,
        { availableVariants: choices.filter((c) => c.available) },
        { products: [view] },
      );
    }
    const variantId = numericId(variant.id);
    return ok(
      {
        added: {
          handle: view.handle,
          title: view.title,
          variantId,
          variant: variant.title,
          price: variant.price,
          currency: view.currency,
          quantity: input.quantity,
        },
        // True when the shopper named no variant and the first one in stock was taken: say which.
        assumedVariant: assumed,
        ...(assumed ? { otherVariants: choices.filter((c) => c.available && c.id !== variantId) } : {}),
      },
      {
        actions: [
          {
            type: 'add_to_cart',
            variantId,
            productHandle: view.handle,
            title: variants.length > 1 ? `${view.title} – ${variant.title}` : view.title,
            quantity: input.quantity,
          },
        ],
        products: [view],
      },
    );
  },
});
