// A demo store on disk (demo-store/ or any `--store DIR` in the same format), loaded into memory.
// The fake Admin API answers from it; demo mode and the tests run against it.
import type { CatalogProduct } from '~/catalog/types';

export interface StoreShop {
  name: string;
  myshopifyDomain: string;
  primaryLocale: string;
  shopLocales: string[];
  currency: string;
  email: string;
  timezone: string;
}

export interface StoreCustomer {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  locale: string;
}

export interface StoreOrderLine {
  handle: string;
  title: string;
  variantTitle: string;
  sku: string;
  quantity: number;
  price: string;
}

export interface StoreFulfillment {
  status: string;
  displayStatus: string;
  trackingCompany: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  createdAt: string;
  estimatedDeliveryAt: string | null;
  lineItems: { handle: string; quantity: number }[];
}

export interface StoreOrder {
  id: number;
  name: string;
  customerId: number | null;
  email: string | null;
  phone: string | null;
  createdAt: string;
  currency: string;
  displayFinancialStatus: string;
  displayFulfillmentStatus: string;
  cancelledAt: string | null;
  cancelReason: string | null;
  shippingAddress: { firstName: string; lastName: string; city: string; countryCode: string } | null;
  lineItems: StoreOrderLine[];
  fulfillments: StoreFulfillment[];
  // Further fields present in orders.json (refunds etc.) are kept as they are.
  [extra: string]: unknown;
}

/** Keys are the Admin API's ShopPolicyType values (REFUND_POLICY, SHIPPING_POLICY, ...). */
export type StorePolicies = Record<string, string>;

/** ShopPolicyType → locale → the policy's text in that locale (plain text, like policies.json). */
export type StorePolicyTranslations = Record<string, Record<string, string>>;

export interface StoreFaq {
  q: string;
  a: string;
}

/** A problem in one input row; the rest of the file still loads. */
export interface StoreRowError {
  file: string;
  /** 1-based line number in the file as a spreadsheet shows it (header = row 1). */
  row: number;
  message: string;
}

export interface DemoStore {
  dir: string;
  shop: StoreShop;
  products: CatalogProduct[];
  productErrors: StoreRowError[];
  customers: StoreCustomer[];
  orders: StoreOrder[];
  policies: StorePolicies;
  faq: StoreFaq[];
  // Optional so that hand-built DemoStore fixtures stay valid; loadStore always sets it.
  policyTranslations?: StorePolicyTranslations;
  // Optional so that hand-built DemoStore fixtures stay valid; loadStore always sets them.
  collections?: StoreCollection[];
  /** Problems outside the CSV rows (e.g. a translation for an unknown handle); the store still loads. */
  warnings?: string[];
}

/**
 * Hands out the Shopify GIDs of a store's products and variants, in the order they are loaded, so
 * the same files (read in file-name order) get the same ids on every run.
 */
export interface IdAllocator {
  /** gid://shopify/Product/<n> */
  product(): string;
  /** gid://shopify/ProductVariant/<n> */
  variant(): string;
}

/** A collection of the store: from collections.json, or one per product type when that is absent. */
export interface StoreCollection {
  handle: string;
  title: string;
  description: string;
  /** Handles of its products, in the store's product order. */
  productHandles: string[];
}
