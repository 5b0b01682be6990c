// Turns a stored product row into the public product shape (DESIGN.md), the only shape that
// leaves the server. Prices, stock and URLs come from here, never from model text.
import type { CatalogImage, CatalogVariant, ProductOption, ProductView } from './types';

export interface ProductRowLike {
  handle: string;
  title: string;
  vendor: string;
  productType: string;
  tags: string;
  options: string;
  variants: string;
  images: string;
  translations: string;
  priceMin: number;
  available: boolean;
}

export interface ViewContext {
  currency: string;
  /** Storefront locale; translated title/type are used when the product has them. */
  locale?: string;
}

export function toProductView(row: ProductRowLike, ctx: ViewContext): ProductView {
  const variants = JSON.parse(row.variants) as CatalogVariant[];
  const images = JSON.parse(row.images) as CatalogImage[];
  const translation = ctx.locale ? (JSON.parse(row.translations) as Record<string, { title?: string; productType?: string }>)[ctx.locale] : undefined;
  // The headline price is the cheapest variant that can be bought, else the cheapest overall.
  const buyable = variants.filter((v) => v.available);
  const lead = [...(buyable.length ? buyable : variants)].sort((a, b) => a.price - b.price)[0];
  return {
    handle: row.handle,
    title: translation?.title || row.title,
    url: `/products/${row.handle}`,
    image: images[0]?.url ?? lead?.image ?? null,
    price: lead?.price ?? row.priceMin,
    compareAtPrice: lead?.compareAtPrice != null && lead.compareAtPrice > lead.price ? lead.compareAtPrice : null,
    currency: ctx.currency,
    available: row.available,
    vendor: row.vendor,
    productType: translation?.productType || row.productType,
    tags: JSON.parse(row.tags) as string[],
    options: JSON.parse(row.options) as ProductOption[],
    variants: variants.map((v) => ({
      id: v.id,
      title: v.title,
      price: v.price,
      compareAtPrice: v.compareAtPrice,
      available: v.available,
      options: v.options,
    })),
  };
}
