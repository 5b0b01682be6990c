// recommend_products: similar products, products bought together with one, or picks for a
// logged-in shopper from their past orders (the customer id is the signed one, never an input).
import { z } from 'zod';
import { purchasedHandles } from '~/orders';
import { complementsOf, forPurchases, similarTo, type Recommendations } from '~/recommendations';
import { defineTool } from './define-tool';
import { compactProduct, MAX_HANDLE_LENGTH, normaliseHandle, productsByHandle, suggestHandles, viewOf } from './catalog';
import { fail, ok } from './results';

export const recommendProductsInput = z.object({
  kind: z
    .enum(['similar', 'complements', 'for_customer'])
    .describe(
      "similar: alternatives to a product; complements: what goes with it (bought together); for_customer: picks from the signed-in shopper's past orders.",
    ),
  handle: z
    .string()
    .trim()
    .min(1)
    .max(MAX_HANDLE_LENGTH)
    .optional()
    .describe('The product to start from (required for similar and complements).'),
  limit: z.number().int().min(1).max(6).default(4).describe('How many products (1-6).'),
});

export const recommendProducts = defineTool({
  name: 'recommend_products',
  description:
    'Recommend products: "similar" alternatives to a product, "complements" that other shoppers bought with it, or "for_customer" picks based on the signed-in shopper\'s past orders. The shopper sees them as cards.',
  input: recommendProductsInput,
  async run(input, ctx) {
    const { db } = ctx.services;
    const shop = ctx.shop.shop;
    let recs: Recommendations | null;
    let from: string | null = null;
    if (input.kind === 'for_customer') {
      if (!ctx.shopper.customerId) {
        return fail(
          'login_required',
          'Personal picks need the shopper to be signed in to their account. Offer similar products or complements instead.',
        );
      }
      const purchased = await purchasedHandles(await ctx.services.adminGraphql(shop), ctx.shopper.customerId);
      recs = await forPurchases(db, shop, purchased, input.limit);
    } else {
      if (!input.handle) return fail('invalid_input', `handle: required for kind "${input.kind}"`);
      from = normaliseHandle(input.handle);
      recs = input.kind === 'similar' ? await similarTo(db, shop, from, input.limit) : await complementsOf(db, shop, from, input.limit);
      if (!recs) return fail('not_found', `No product with the handle "${from}".`, { suggestions: await suggestHandles(ctx, from) });
    }
    const views = (await productsByHandle(ctx, recs.handles)).map((r) => viewOf(r, ctx));
    return ok({ kind: input.kind, basis: recs.basis, for: from, products: views.map(compactProduct) }, { products: views });
  },
});
