import type { CatalogProduct, CatalogVariant } from '~/catalog/types';

let nextVariant = 100;

export function variant(title: string, price: number, extra: Partial<CatalogVariant> = {}): CatalogVariant {
  const id = nextVariant++;
  const options = title === 'Default Title' ? [] : title.split(' / ').map((value, i) => ({ name: ['Size', 'Color'][i], value }));
  return {
    id: `gid://shopify/ProductVariant/${id}`,
    title,
    sku: '',
    price,
    compareAtPrice: null,
    available: true,
    inventoryQuantity: 3,
    options,
    image: null,
    ...extra,
  };
}

export function product(id: number, title: string, extra: Partial<CatalogProduct> = {}): CatalogProduct {
  return {
    shopifyId: `gid://shopify/Product/${id}`,
    handle: title.toLowerCase().replace(/\W+/g, '-'),
    title,
    description: '',
    vendor: 'Acme',
    productType: 'Jackets',
    tags: [],
    status: 'ACTIVE',
    options: [{ name: 'Size', values: ['S', 'M'] }],
    variants: [variant('S', 80), variant('M', 80)],
    images: [{ url: `https://cdn.example/${id}.jpg`, altText: null }],
    collections: [],
    metafields: [],
    translations: {},
    updatedAt: '2026-11-01T00:00:00Z',
    ...extra,
  };
}

export const rainJacket = product(1, 'Rain Jacket', {
  options: [{ name: 'Size', values: ['S', 'M', 'L', 'XL'] }],
  variants: [variant('S', 120), variant('M', 120), variant('L', 120), variant('XL', 120, { available: false, inventoryQuantity: 0 })],
  metafields: [
    { namespace: 'custom', key: 'material', type: 'single_line_text_field', value: 'Recycled nylon' },
    { namespace: 'custom', key: 'waterproof_rating', type: 'single_line_text_field', value: '10,000 mm' },
    { namespace: 'seo', key: 'title_tag', type: 'single_line_text_field', value: 'hidden from shoppers' },
  ],
  translations: { pl: { title: 'Kurtka przeciwdeszczowa', productType: 'Kurtki' } },
});

export const windbreaker = product(2, 'Windbreaker', {
  vendor: 'Northwind',
  options: [{ name: 'Size', values: ['S', 'M'] }],
  variants: [variant('S', 60, { compareAtPrice: 80 }), variant('M', 60, { compareAtPrice: 80 })],
  metafields: [{ namespace: 'custom', key: 'material', type: 'single_line_text_field', value: 'Polyester' }],
});

export const soldOutParka = product(3, 'Winter Parka', {
  options: [{ name: 'Size', values: ['M'] }],
  variants: [variant('M', 200, { available: false, inventoryQuantity: 0 })],
});
