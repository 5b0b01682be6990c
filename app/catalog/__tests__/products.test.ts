import { createTestDb, type TestDb } from '../../../test/helpers/db';
import { deleteProduct, upsertProducts } from '../products.server';
import { toProductView } from '../product-view';
import type { CatalogProduct } from '../types';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.drop());

function product(id: number, updatedAt: string, title = `Product ${id}`): CatalogProduct {
  return {
    shopifyId: `gid://shopify/Product/${id}`,
    handle: `product-${id}`,
    title,
    description: 'A thing',
    vendor: 'Acme',
    productType: 'Shirts',
    tags: ['summer'],
    status: 'ACTIVE',
    options: [{ name: 'Size', values: ['S', 'M'] }],
    variants: [
      { id: `gid://shopify/ProductVariant/${id}1`, title: 'S', sku: '', price: 30, compareAtPrice: 40, available: false, inventoryQuantity: 0, options: [{ name: 'Size', value: 'S' }], image: null },
      { id: `gid://shopify/ProductVariant/${id}2`, title: 'M', sku: '', price: 35, compareAtPrice: 40, available: true, inventoryQuantity: 3, options: [{ name: 'Size', value: 'M' }], image: null },
    ],
    images: [{ url: 'https://cdn.example/p.jpg', altText: null }],
    collections: [],
    metafields: [],
    translations: { pl: { title: 'Koszula' } },
    updatedAt,
  };
}

test('an older update never overwrites a newer one, and each write bumps the catalog version', async () => {
  const shop = 'a.myshopify.com';
  await upsertProducts(t.db, shop, [product(1, '2026-01-02T00:00:00Z', 'New title')]);
  const result = await upsertProducts(t.db, shop, [product(1, '2026-01-01T00:00:00Z', 'Old title')]);
  expect(result).toEqual({ written: 0, stale: 1 });
  const row = await t.db.product.findFirstOrThrow({ where: { shop } });
  expect(row.title).toBe('New title');
  expect((await t.db.shop.findUniqueOrThrow({ where: { domain: shop } })).catalogVersion).toBe(2);
});

test('a deletion is a tombstone that a late update cannot undo; other shops are untouched', async () => {
  const shop = 'b.myshopify.com';
  await upsertProducts(t.db, shop, [product(2, '2026-01-01T00:00:00Z')]);
  await upsertProducts(t.db, 'other.myshopify.com', [product(2, '2026-01-01T00:00:00Z')]);
  await deleteProduct(t.db, shop, 'gid://shopify/Product/2', new Date('2026-01-03T00:00:00Z'));
  await upsertProducts(t.db, shop, [product(2, '2026-01-02T00:00:00Z')]);
  const row = await t.db.product.findFirstOrThrow({ where: { shop } });
  expect(row.deletedAt).not.toBeNull();
  const other = await t.db.product.findFirstOrThrow({ where: { shop: 'other.myshopify.com' } });
  expect(other.deletedAt).toBeNull();
});

test('the product view takes its price from the cheapest buyable variant and its title from the locale', async () => {
  const shop = 'c.myshopify.com';
  await upsertProducts(t.db, shop, [product(3, '2026-01-01T00:00:00Z')]);
  const row = await t.db.product.findFirstOrThrow({ where: { shop } });
  const view = toProductView(row, { currency: 'EUR', locale: 'pl' });
  expect(view).toMatchObject({ title: 'Koszula', price: 35, compareAtPrice: 40, currency: 'EUR', available: true, url: '/products/product-3' });
  expect(view.variants.map((v) => v.available)).toEqual([false, true]);
  expect(toProductView(row, { currency: 'EUR' }).title).toBe('Product 3');
});
