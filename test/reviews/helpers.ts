// Products the review tests match against.
import type { Db } from '~/db/client.server';
import { upsertProducts } from '~/catalog/products.server';
import type { CatalogProduct } from '~/catalog/types';

export const SHOP = 'reviews-test.myshopify.com';

function product(n: number, handle: string, title: string, sku: string): CatalogProduct {
  return {
    shopifyId: `gid://shopify/Product/${n}`, handle, title, description: '', vendor: 'Test', productType: '', tags: [], status: 'ACTIVE', options: [],
    variants: [{ id: `gid://shopify/ProductVariant/${n}1`, title: 'Default', sku, price: 10, compareAtPrice: null, available: true, inventoryQuantity: 5, options: [], image: null }],
    images: [], collections: [{ handle: 'all', title: 'All' }], metafields: [], translations: {}, updatedAt: '2026-01-01T00:00:00Z',
  };
}

export async function seedProducts(db: Db, shop = SHOP): Promise<void> {
  await upsertProducts(db, shop, [
    product(1001, 'ocean-blue-shirt', 'Ocean Blue Shirt', 'OBS-1'),
    product(1002, 'clay-plant-pot', 'Clay Plant Pot', 'CPP-1'),
    product(1003, 'chain-bracelet', 'Chain Bracelet', 'CB-1'),
  ]);
  await db.shop.update({ where: { domain: shop }, data: { primaryLocale: 'en', locales: JSON.stringify(['en', 'pl', 'de']) } });
}
