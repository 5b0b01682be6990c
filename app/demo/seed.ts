// Installs the demo shop the way Shopify's install would leave it: an offline session for the
// Admin API and a queued full catalog sync (run by the app's own job worker, through the fake).
import type { Db } from '~/db/client.server';
import { requestSync } from '~/catalog/sync/jobs';
import { seedFaq } from '~/knowledge';
import type { DemoStore } from './store/types';

export const DEMO_ACCESS_TOKEN = 'demo-offline-access-token';

export async function seedDemoShop(db: Db, store: DemoStore): Promise<void> {
  const shop = store.shop.myshopifyDomain;
  const session = {
    shop,
    state: 'demo',
    isOnline: false,
    scope: process.env.SCOPES ?? 'read_products,read_orders,read_customers,read_legal_policies,read_translations,read_locales',
    accessToken: DEMO_ACCESS_TOKEN,
  };
  await db.session.upsert({ where: { id: `offline_${shop}` }, create: { id: `offline_${shop}`, ...session }, update: session });
  await db.shop.upsert({
    where: { domain: shop },
    create: { domain: shop, name: store.shop.name, currency: store.shop.currency, primaryLocale: store.shop.primaryLocale, locales: JSON.stringify(store.shop.shopLocales) },
    update: { uninstalledAt: null },
  });
  // Merchant-written FAQ lives in Aisle (Shopify has no such resource); the demo's comes from faq.json.
  await seedFaq(db, shop, store.faq);
  await requestSync(db, shop);
}
