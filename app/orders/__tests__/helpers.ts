// Shared by the orders, recommendations and tool tests: the demo store (loaded once per test file)
// and an AdminGraphql function answered by the schema-validating fake Admin API.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFakeAdminApi, type FakeAdminApi } from '~/demo/admin-api';
import { loadStore } from '~/demo/store';
import type { DemoStore } from '~/demo/store/types';
import type { AdminGraphql } from '~/shopify/admin-query';

export const DEMO_STORE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../demo-store');
export const DEMO_SHOP = 'northwind-goods.myshopify.com';

let demo: Promise<DemoStore> | undefined;
export function demoStore(): Promise<DemoStore> {
  demo ??= loadStore(DEMO_STORE_DIR, { updatedAt: '2026-01-01T00:00:00Z' });
  return demo;
}

export function fakeAdmin(store: DemoStore): FakeAdminApi {
  return createFakeAdminApi({ store, baseUrl: `https://${store.shop.myshopifyDomain}` });
}

/** The Admin GraphQL client the app would get for `store`'s shop, over the fake; counts calls. */
export function graphqlFor(fake: FakeAdminApi): AdminGraphql & { calls: string[] } {
  const calls: string[] = [];
  const fn = async (query: string, opts?: { variables?: Record<string, unknown> }) => {
    calls.push(/query\s+(\w+)/.exec(query)?.[1] ?? 'anonymous');
    return fake.handle(
      new Request(fake.graphqlUrl, {
        method: 'POST',
        headers: { 'X-Shopify-Access-Token': 't', 'Content-Type': 'application/json' },
        body: JSON.stringify({ query, variables: opts?.variables }),
      }),
    );
  };
  return Object.assign(fn, { calls });
}

/** A copy of a store whose order names use another format, e.g. (n) => `NW-${n}-X`. */
export function withOrderNames(store: DemoStore, name: (digits: string) => string, domain: string): DemoStore {
  return {
    ...store,
    shop: { ...store.shop, myshopifyDomain: domain },
    orders: store.orders.map((o) => ({ ...o, name: name(o.name.replace(/\D/g, '')) })),
  };
}
