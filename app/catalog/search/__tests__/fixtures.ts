// Small catalogs for the search tests: products built from a few fields, the rest defaulted.
import type { CatalogProduct, CatalogVariant, ProductTranslation } from '../../types';

export interface VariantSpec {
  price: number;
  available?: boolean;
  options?: Record<string, string>;
}

export interface ProductSpec {
  id: number;
  title: string;
  handle?: string;
  description?: string;
  vendor?: string;
  productType?: string;
  tags?: string[];
  status?: string;
  variants?: VariantSpec[];
  translations?: Record<string, ProductTranslation>;
  updatedAt?: string;
}

export function product(spec: ProductSpec): CatalogProduct {
  const variants: CatalogVariant[] = (spec.variants ?? [{ price: 10 }]).map((v, i) => {
    const options = Object.entries(v.options ?? {}).map(([name, value]) => ({ name, value }));
    return {
      id: `gid://shopify/ProductVariant/${spec.id}${i}`,
      title: options.map((o) => o.value).join(' / ') || 'Default Title',
      sku: '',
      price: v.price,
      compareAtPrice: null,
      available: v.available ?? true,
      inventoryQuantity: (v.available ?? true) ? 5 : 0,
      options,
      image: null,
    };
  });
  const optionNames = [...new Set(variants.flatMap((v) => v.options.map((o) => o.name)))];
  return {
    shopifyId: `gid://shopify/Product/${spec.id}`,
    handle: spec.handle ?? spec.title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    title: spec.title,
    description: spec.description ?? '',
    vendor: spec.vendor ?? 'Acme',
    productType: spec.productType ?? '',
    tags: spec.tags ?? [],
    status: spec.status ?? 'ACTIVE',
    options: optionNames.map((name) => ({
      name,
      values: [...new Set(variants.flatMap((v) => v.options.filter((o) => o.name === name).map((o) => o.value)))],
    })),
    variants,
    images: [{ url: `https://cdn.example/${spec.id}.jpg`, altText: null }],
    collections: [],
    metafields: [],
    translations: spec.translations ?? {},
    updatedAt: spec.updatedAt ?? '2026-01-01T00:00:00.000Z',
  };
}

/** A small multilingual catalog in English with pl/de/es/fr translations. */
export const CATALOG: CatalogProduct[] = [
  product({
    id: 1,
    title: 'Golden Bird Necklace',
    productType: 'Necklace',
    tags: ['Gold', 'Bird'],
    vendor: 'Sterling Ltd',
    variants: [{ price: 80 }],
    translations: {
      pl: { title: 'Złoty naszyjnik z ptaszkiem', productType: 'Naszyjnik' },
      de: { title: 'Goldene Halskette mit Vogel', productType: 'Halskette' },
      es: { title: 'Collar dorado con pájaro', productType: 'Collar' },
      fr: { title: 'Collier doré à oiseau', productType: 'Collier' },
    },
  }),
  product({
    id: 2,
    title: 'Silver Threader Necklace',
    productType: 'Necklace',
    tags: ['Silver'],
    vendor: 'Sterling Ltd',
    variants: [{ price: 15, available: false }],
    translations: { pl: { title: 'Srebrny naszyjnik' }, de: { title: 'Silberkette' } },
  }),
  product({
    id: 3,
    title: 'Classic Leather Jacket',
    productType: 'Jacket',
    tags: ['Leather', 'Women'],
    description: 'Zipped leather jacket with shoulder pads.',
    variants: [
      { price: 120, available: true, options: { Size: 'S', Color: 'Black' } },
      { price: 120, available: false, options: { Size: 'M', Color: 'Black' } },
      { price: 140, available: true, options: { Size: 'M', Color: 'Brown' } },
    ],
    translations: {
      pl: { title: 'Klasyczna skórzana kurtka' },
      de: { title: 'Klassische Lederjacke' },
      es: { title: 'Chaqueta de cuero clásica' },
      fr: { title: 'Veste en cuir classique' },
    },
  }),
  product({
    id: 4,
    title: 'Boho Earrings',
    productType: 'Earrings',
    tags: ['Turquoise'],
    variants: [{ price: 28 }],
    translations: {
      pl: { title: 'Kolczyki boho' },
      de: { title: 'Boho-Ohrringe' },
      es: { title: 'Pendientes boho' },
      fr: { title: "Boucles d'oreilles bohèmes" },
    },
  }),
  product({
    id: 5,
    title: 'Yellow Sofa',
    productType: 'Sofa',
    tags: ['Living room'],
    vendor: 'Home Sweet Home',
    variants: [{ price: 99 }],
    translations: {
      pl: { title: 'Żółta sofa' },
      de: { title: 'Gelbes Sofa' },
      es: { title: 'Sofá amarillo' },
      fr: { title: 'Canapé jaune' },
    },
  }),
  product({
    id: 6,
    title: 'Grey Sofa',
    productType: 'Sofa',
    vendor: 'Rustic LTD',
    variants: [{ price: 450 }],
    translations: { fr: { title: 'Canapé gris' } },
  }),
  product({ id: 7, title: 'Draft Lamp', productType: 'Lamp', status: 'DRAFT' }),
  product({
    id: 8,
    title: 'Cotton T-Shirt',
    productType: 'Shirt',
    tags: ['Summer'],
    variants: [
      { price: 20, available: false, options: { Größe: 'L' } },
      { price: 25, available: true, options: { Größe: 'XL' } },
    ],
  }),
];
