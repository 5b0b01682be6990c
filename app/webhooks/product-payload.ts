// products/create and products/update webhooks carry the REST representation of a product; this
// maps it to a CatalogProduct. Collections, metafields and translations are not in the payload:
// the caller keeps the stored ones (see upsertProducts' `preserve`).
import { z } from 'zod';
import { htmlToText } from '~/catalog/sync/html-text';
import type { CatalogProduct } from '~/catalog/types';

const variantSchema = z.object({
  admin_graphql_api_id: z.string(),
  title: z.string().default(''),
  sku: z.string().nullable().default(''),
  price: z.union([z.string(), z.number()]),
  compare_at_price: z.union([z.string(), z.number()]).nullable().optional(),
  inventory_quantity: z.number().nullable().optional(),
  inventory_policy: z.string().nullable().optional(),
  inventory_management: z.string().nullable().optional(),
  option1: z.string().nullable().optional(),
  option2: z.string().nullable().optional(),
  option3: z.string().nullable().optional(),
});

export const productPayloadSchema = z.object({
  admin_graphql_api_id: z.string().startsWith('gid://shopify/Product/'),
  handle: z.string(),
  title: z.string(),
  body_html: z.string().nullable().optional(),
  vendor: z.string().nullable().optional(),
  product_type: z.string().nullable().optional(),
  tags: z.string().nullable().optional(),
  status: z.string().default('active'),
  updated_at: z.string(),
  options: z.array(z.object({ name: z.string(), values: z.array(z.string()).default([]) })).default([]),
  variants: z.array(variantSchema).default([]),
  images: z.array(z.object({ src: z.string(), alt: z.string().nullable().optional() })).default([]),
});

export function productFromWebhook(payload: unknown): CatalogProduct {
  const p = productPayloadSchema.parse(payload);
  const options = p.options.filter((o) => !(o.name === 'Title' && o.values.length === 1 && o.values[0] === 'Default Title'));
  return {
    shopifyId: p.admin_graphql_api_id,
    handle: p.handle,
    title: p.title,
    description: htmlToText(p.body_html ?? ''),
    vendor: p.vendor ?? '',
    productType: p.product_type ?? '',
    tags: (p.tags ?? '').split(',').map((t) => t.trim()).filter(Boolean),
    status: p.status.toUpperCase(),
    options,
    variants: p.variants.map((v) => {
      const values = [v.option1, v.option2, v.option3];
      const quantity = v.inventory_quantity ?? null;
      const tracked = Boolean(v.inventory_management);
      return {
        id: v.admin_graphql_api_id,
        title: v.title,
        sku: v.sku ?? '',
        price: Number(v.price),
        compareAtPrice: v.compare_at_price != null && v.compare_at_price !== '' ? Number(v.compare_at_price) : null,
        available: !tracked || v.inventory_policy === 'continue' || (quantity ?? 0) > 0,
        inventoryQuantity: quantity,
        options: options.map((o, i) => ({ name: o.name, value: values[i] ?? '' })).filter((o) => o.value),
        image: null,
      };
    }),
    images: p.images.map((i) => ({ url: i.src, altText: i.alt ?? null })),
    collections: [],
    metafields: [],
    translations: {},
    updatedAt: p.updated_at,
  };
}
