// What happens when a shop installs (or re-authorises) Aisle: its row is (re)activated and a full
// catalog sync is queued. Idempotent: afterAuth runs again on every new session.
import type { Db } from '~/db/client.server';
import type { AdminGraphql } from './admin-query';
import { requestSync } from '~/catalog/sync/jobs';
import { kickJobs } from '~/jobs.server';

export async function onShopInstalled(db: Db, shop: string, _graphql: AdminGraphql): Promise<void> {
  const existing = await db.shop.findUnique({ where: { domain: shop } });
  await db.shop.upsert({ where: { domain: shop }, create: { domain: shop }, update: { uninstalledAt: null } });
  const synced = await db.syncJob.findFirst({ where: { shop, status: { in: ['pending', 'running', 'completed'] } } });
  if (!existing || existing.uninstalledAt || !synced) {
    await requestSync(db, shop);
    kickJobs();
  }
}
