// Shared by the tool tests: a test database with the demo store's catalog (and a small second shop
// with metafields, drafts and deleted products), and a ToolContext as the turn pipeline builds it.
import { createCatalogSearch, type CatalogSearch } from '~/catalog/search';
import { deleteProduct, upsertProducts } from '~/catalog/products.server';
import type { CatalogProduct } from '~/catalog/types';
import type { Db } from '~/db/client.server';
import type { DemoStore } from '~/demo/store/types';
import type { AdminGraphql } from '~/shopify/admin-query';
import { DEFAULT_SETTINGS } from '../../settings';
import type { ShopperContext, ToolContext, ToolResult } from '../../types';
import { demoStore, DEMO_SHOP } from '~/orders/__tests__/helpers';

export { DEMO_SHOP };
export const OTHER_SHOP = 'other-shop.myshopify.com';

function product(n: number, fields: Partial<CatalogProduct>): CatalogProduct {
  return {
    shopifyId: `gid://shopify/Product/9${n}`,
    handle: `product-${n}`,
    title: `Product ${n}`,
    description: '',
    vendor: 'Other Co',
    productType: 'Sweaters',
    tags: [],
    status: 'ACTIVE',
    options: [],
    variants: [
      {
        id: `gid://shopify/ProductVariant/9${n}1`,
        title: 'Default Title',
        sku: '',
        price: 10,
        compareAtPrice: null,
        available: true,
        inventoryQuantity: 10,
        options: [],
        image: null,
      },
    ],
    images: [],
    collections: [],
    metafields: [],
    translations: {},
    updatedAt: '2026-01-01T00:00:00Z',
    ...fields,
  };
}

const sizes = (n: number, price: number, stock: Record<string, number>) =>
  Object.entries(stock).map(([size, qty], i) => ({
    id: `gid://shopify/ProductVariant/9${n}${i + 1}`,
    title: size,
    sku: '',
    price,
    compareAtPrice: null,
    available: qty > 0,
    inventoryQuantity: qty,
    options: [{ name: 'Size', value: size }],
    image: null,
  }));

/** The second shop: two sweaters with attribute metafields, a draft and a deleted product. */
export const otherShopProducts: CatalogProduct[] = [
  product(1, {
    handle: 'merino-sweater',
    title: 'Merino Sweater',
    description: 'Soft merino wool.',
    tags: ['wool', 'winter'],
    options: [{ name: 'Size', values: ['S', 'M', 'L'] }],
    variants: sizes(1, 89, { S: 0, M: 3, L: 12 }),
    metafields: [
      { namespace: 'custom', key: 'material', type: 'single_line_text_field', value: '100% merino wool' },
      { namespace: 'custom', key: 'care_instructions', type: 'multi_line_text_field', value: 'Hand wash cold' },
      { namespace: 'custom', key: 'weight', type: 'weight', value: '{"value":320,"unit":"GRAMS"}' },
      { namespace: 'global', key: 'title_tag', type: 'single_line_text_field', value: 'Buy merino now' },
      { namespace: 'custom', key: 'related', type: 'list.product_reference', value: '["gid://shopify/Product/1"]' },
    ],
    translations: { pl: { title: 'Sweter z merynosów', description: 'Miękka wełna merynosów.' } },
  }),
  product(2, {
    handle: 'cotton-sweater',
    title: 'Cotton Sweater',
    tags: ['cotton'],
    options: [{ name: 'Size', values: ['S', 'M'] }],
    variants: sizes(2, 59, { S: 4, M: 0 }).map((v) => ({ ...v, compareAtPrice: 79 })),
    metafields: [{ namespace: 'custom', key: 'material', type: 'single_line_text_field', value: 'Organic cotton' }],
  }),
  product(3, { handle: 'draft-sweater', title: 'Draft Sweater', status: 'DRAFT' }),
  product(4, { handle: 'gone-sweater', title: 'Gone Sweater' }),
];

export async function seedCatalogs(db: Db): Promise<DemoStore> {
  const store = await demoStore();
  await upsertProducts(db, DEMO_SHOP, store.products);
  await db.shop.update({
    where: { domain: DEMO_SHOP },
    data: { name: store.shop.name, currency: store.shop.currency, locales: JSON.stringify(store.shop.shopLocales) },
  });
  await upsertProducts(db, OTHER_SHOP, otherShopProducts);
  await db.shop.update({ where: { domain: OTHER_SHOP }, data: { currency: 'EUR' } });
  await deleteProduct(db, OTHER_SHOP, 'gid://shopify/Product/94', new Date('2026-02-01T00:00:00Z'));
  return store;
}

export interface ContextOptions {
  shop?: string;
  currency?: string;
  shopper?: Partial<ShopperContext>;
  graphql?: AdminGraphql;
  search?: CatalogSearch;
}

let conversations = 0;

export function toolContext(db: Db, opts: ContextOptions = {}): ToolContext {
  const shop = opts.shop ?? DEMO_SHOP;
  return {
    shop: {
      shop,
      name: shop,
      currency: opts.currency ?? (shop === OTHER_SHOP ? 'EUR' : 'USD'),
      primaryLocale: 'en',
      locales: ['en', 'pl', 'de', 'es', 'fr'],
      settings: DEFAULT_SETTINGS,
    },
    shopper: {
      conversationId: `conv-${++conversations}`,
      customerId: null,
      localeHint: null,
      language: 'en',
      ip: `192.0.2.${conversations % 250}`,
      ...opts.shopper,
    },
    services: {
      db,
      search: opts.search ?? createCatalogSearch({ db }),
      adminGraphql: async () => {
        if (!opts.graphql) throw new Error('this test gives the tool no Admin API');
        return opts.graphql;
      },
    },
  };
}

/** The result's data as a plain object, for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const dataOf = (r: ToolResult) => r.data as any;
