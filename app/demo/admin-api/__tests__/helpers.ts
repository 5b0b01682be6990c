// Shared by the fake Admin API's tests: a small hand-built store, a synthetic large one, and a helper
// that sends a GraphQL request through the fake's fetch-style handler.
import type { CatalogProduct } from '~/catalog/types';
import type { DemoStore, StoreOrder } from '~/demo/store/types';
import type { FakeAdminApi } from '../create-fake-admin-api';

export const BASE_URL = 'http://fake-admin.test';
export const TOKEN = 'shpat_test_token';

function product(n: number, fields: Partial<CatalogProduct> = {}): CatalogProduct {
  return {
    shopifyId: `gid://shopify/Product/${n}`,
    handle: `product-${n}`,
    title: `Product ${n}`,
    description: `Description of product ${n}.`,
    vendor: 'Acme',
    productType: 'Things',
    tags: [],
    status: 'ACTIVE',
    options: [],
    variants: [
      {
        id: `gid://shopify/ProductVariant/${n}01`,
        title: 'Default Title',
        sku: `SKU-${n}`,
        price: 10,
        compareAtPrice: null,
        available: true,
        inventoryQuantity: 5,
        options: [],
        image: null,
      },
    ],
    images: [],
    collections: [],
    metafields: [],
    translations: {},
    updatedAt: `2026-02-0${Math.min(n % 10, 9)}T10:00:00Z`,
    ...fields,
  };
}

const shirt = product(101, {
  handle: 'ocean-blue-shirt',
  title: 'Ocean Blue Shirt',
  description: 'Ocean blue cotton shirt with a narrow collar.\n\nMachine washable.',
  vendor: 'partners-demo',
  productType: 'Shirts',
  tags: ['men', 'cotton'],
  options: [{ name: 'Size', values: ['S', 'M'] }],
  variants: [
    {
      id: 'gid://shopify/ProductVariant/10101',
      title: 'S',
      sku: 'OBS-S',
      price: 50,
      compareAtPrice: 60,
      available: true,
      inventoryQuantity: 3,
      options: [{ name: 'Size', value: 'S' }],
      image: 'https://cdn.example/shirt-front.jpg',
    },
    {
      id: 'gid://shopify/ProductVariant/10102',
      title: 'M',
      sku: 'OBS-M',
      price: 55.5,
      compareAtPrice: null,
      available: false,
      inventoryQuantity: 0,
      options: [{ name: 'Size', value: 'M' }],
      image: null,
    },
  ],
  images: [
    { url: 'https://cdn.example/shirt-front.jpg', altText: 'Front' },
    { url: 'https://cdn.example/shirt-back.jpg', altText: null },
  ],
  collections: [
    { handle: 'shirts', title: 'Shirts' },
    { handle: 'summer', title: 'Summer' },
  ],
  metafields: [
    { namespace: 'custom', key: 'material', type: 'single_line_text_field', value: 'Cotton' },
    { namespace: 'specs', key: 'weight_g', type: 'number_integer', value: '200' },
  ],
  translations: {
    pl: { title: 'Niebieska koszula', description: 'Bawełniana koszula.', productType: 'Koszule' },
    de: { title: 'Blaues Hemd' },
  },
  updatedAt: '2026-01-10T08:00:00Z',
});

const pot = product(102, {
  handle: 'clay-plant-pot',
  title: 'Clay Plant Pot',
  vendor: 'Company 123',
  productType: 'Outdoor',
  tags: ['garden'],
  images: [{ url: 'https://cdn.example/pot.jpg', altText: 'A pot' }],
  collections: [{ handle: 'summer', title: 'Summer' }],
  updatedAt: '2026-03-01T12:00:00Z',
});

const lamp = product(103, { handle: 'draft-lamp', title: 'Copper Lamp', status: 'DRAFT', updatedAt: '2026-03-05T12:00:00Z' });

function order(id: number, fields: Partial<StoreOrder>): StoreOrder {
  return {
    id,
    name: `#${id - 4000}`,
    customerId: 1,
    email: 'anna@example.pl',
    phone: '+48 601 234 567',
    createdAt: '2026-03-01T09:00:00Z',
    currency: 'PLN',
    displayFinancialStatus: 'PAID',
    displayFulfillmentStatus: 'UNFULFILLED',
    cancelledAt: null,
    cancelReason: null,
    shippingAddress: { firstName: 'Anna', lastName: 'Kowalska', city: 'Kraków', countryCode: 'PL' },
    lineItems: [],
    fulfillments: [],
    ...fields,
  };
}

export function fixtureStore(): DemoStore {
  return {
    dir: '/nowhere',
    shop: {
      name: 'Fixture Shop',
      myshopifyDomain: 'fixture-shop.myshopify.com',
      primaryLocale: 'en',
      shopLocales: ['en', 'pl', 'de'],
      currency: 'USD',
      email: 'help@fixture.example',
      timezone: 'Europe/Warsaw',
    },
    products: [lamp, shirt, pot, product(104), product(105)],
    productErrors: [],
    customers: [
      { id: 1, firstName: 'Anna', lastName: 'Kowalska', email: 'anna@example.pl', phone: '+48 601 234 567', locale: 'pl' },
      { id: 2, firstName: 'James', lastName: 'Carter', email: 'james@example.com', phone: null, locale: 'en' },
    ],
    orders: [
      order(5001, {
        createdAt: '2026-03-02T09:14:00Z',
        displayFulfillmentStatus: 'FULFILLED',
        lineItems: [
          { handle: 'ocean-blue-shirt', title: 'Ocean Blue Shirt', variantTitle: 'S', sku: 'OBS-S', quantity: 2, price: '50' },
          { handle: 'clay-plant-pot', title: 'Clay Plant Pot', variantTitle: 'Default Title', sku: '', quantity: 1, price: '9.99' },
        ],
        fulfillments: [
          {
            status: 'SUCCESS',
            displayStatus: 'IN_TRANSIT',
            trackingCompany: 'DHL Express',
            trackingNumber: '862714970940',
            trackingUrl: 'https://www.dhl.com/track?id=862714970940',
            createdAt: '2026-03-03T10:00:00Z',
            estimatedDeliveryAt: '2026-03-06T18:00:00Z',
            lineItems: [{ handle: 'ocean-blue-shirt', quantity: 2 }],
          },
        ],
      }),
      order(5002, {
        createdAt: '2026-03-04T09:00:00Z',
        lineItems: [
          { handle: 'clay-plant-pot', title: 'Clay Plant Pot', variantTitle: 'Default Title', sku: '', quantity: 3, price: '9.99' },
        ],
      }),
      order(5003, {
        customerId: 2,
        email: 'james@example.com',
        phone: null,
        currency: 'USD',
        createdAt: '2026-02-20T09:00:00Z',
        displayFinancialStatus: 'REFUNDED',
        displayFulfillmentStatus: 'FULFILLED',
        cancelledAt: '2026-02-21T09:00:00Z',
        cancelReason: 'CUSTOMER',
        lineItems: [
          { handle: 'ocean-blue-shirt', title: 'Ocean Blue Shirt', variantTitle: 'M', sku: 'OBS-M', quantity: 1, price: '55.50' },
        ],
      }),
    ],
    policies: {
      REFUND_POLICY: 'Returns within 30 days.\n\nRefunds go back to the original payment method.',
      SHIPPING_POLICY: 'Orders ship the same day. Free over $75 & up.',
    },
    faq: [],
  };
}

/** n products shaped like a real catalog's: two variants, an image, a collection, a metafield. */
export function syntheticStore(n: number): DemoStore {
  const base = fixtureStore();
  const products: CatalogProduct[] = [];
  for (let i = 1; i <= n; i++) {
    products.push({
      shopifyId: `gid://shopify/Product/${i}`,
      handle: `synthetic-${i}`,
      title: `Synthetic product ${i}`,
      description: 'A product made up for a load test.',
      vendor: 'Load',
      productType: 'Test',
      tags: ['load'],
      status: 'ACTIVE',
      options: [{ name: 'Size', values: ['S', 'L'] }],
      variants: ['S', 'L'].map((size, j) => ({
        id: `gid://shopify/ProductVariant/${i * 10 + j}`,
        title: size,
        sku: `SYN-${i}-${size}`,
        price: 10 + j,
        compareAtPrice: null,
        available: true,
        inventoryQuantity: 4,
        options: [{ name: 'Size', value: size }],
        image: null,
      })),
      images: [{ url: `https://cdn.example/synthetic-${i}.jpg`, altText: null }],
      collections: [{ handle: 'all-synthetic', title: 'All synthetic' }],
      metafields: [{ namespace: 'custom', key: 'batch', type: 'number_integer', value: String(i % 7) }],
      translations: {},
      updatedAt: '2026-01-01T00:00:00Z',
    });
  }
  return { ...base, products };
}

export interface GqlResult {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export async function gql(
  api: FakeAdminApi,
  query: string,
  variables?: Record<string, unknown>,
  opts: { token?: string | null; url?: string } = {},
): Promise<GqlResult> {
  const token = opts.token === undefined ? TOKEN : opts.token;
  const response = await api.handle(
    new Request(opts.url ?? api.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { 'x-shopify-access-token': token } : {}) },
      body: JSON.stringify({ query, variables }),
    }),
  );
  return { status: response.status, body: await response.json() };
}
