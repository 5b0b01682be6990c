// search_products: the catalog search with the shopper's constraints as filters.
import { z } from 'zod';
import { defineTool } from './define-tool';
import { compactProduct } from './catalog';
import { ok } from './results';
import { MAX_LIMIT } from '~/catalog/search/params';

const label = (what: string) => z.string().trim().min(1).max(100).optional().describe(what);

export const searchProductsInput = z
  .object({
    query: z
      .string()
      .trim()
      .max(200)
      .describe(
        "What the shopper wants, in the catalog's language: product kind, colour, material, style. May be empty when filters say it all.",
      ),
    minPrice: z.number().nonnegative().optional().describe('Lowest price, in the shop currency.'),
    maxPrice: z.number().nonnegative().optional().describe('Highest price, in the shop currency.'),
    available: z.boolean().optional().describe('true: only products in stock.'),
    productType: label('Product type, as the shop names it.'),
    vendor: label('Brand or vendor.'),
    tag: label('A tag of the shop.'),
    options: z
      .array(z.object({ name: z.string().trim().min(1).max(50), value: z.string().trim().min(1).max(100) }))
      .max(5)
      .optional()
      .describe('Variant options that must be available together, e.g. [{"name":"Size","value":"M"}].'),
    limit: z.number().int().min(1).max(8).default(5).describe('How many products (1-8).'),
    sort: z
      .enum(['relevance', 'price_low', 'price_high'])
      .default('relevance')
      .describe('price_low for "the cheapest", price_high for "the most expensive"; otherwise relevance.'),
  })
  .refine((p) => p.minPrice == null || p.maxPrice == null || p.minPrice <= p.maxPrice, {
    message: 'maxPrice must not be below minPrice',
    path: ['maxPrice'],
  });

export const searchProducts = defineTool({
  name: 'search_products',
  description:
    "Search the shop's catalog. Use it whenever the shopper looks for products, with price, stock, type, brand, tag and option filters, sorted by relevance or price. Returns matching products with price and stock; the shopper sees them as cards.",
  input: searchProductsInput,
  async run(input, ctx) {
    const result = await ctx.services.search.search(ctx.shop.shop, {
      q: input.query,
      minPrice: input.minPrice,
      maxPrice: input.maxPrice,
      available: input.available,
      type: input.productType,
      vendor: input.vendor,
      tag: input.tag,
      options: input.options,
      // Sorting by price ranks every match, not just the most relevant few.
      limit: input.sort === 'relevance' ? input.limit : MAX_LIMIT,
      locale: ctx.shopper.language,
    });
    if (input.sort !== 'relevance') {
      const sign = input.sort === 'price_low' ? 1 : -1;
      result.products = [...result.products].sort((a, b) => sign * (a.price - b.price)).slice(0, input.limit);
    }
    return ok({ query: input.query, total: result.total, products: result.products.map(compactProduct) }, { products: result.products });
  },
});
