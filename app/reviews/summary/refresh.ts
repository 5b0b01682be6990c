// What follows new reviews: summaries rebuilt where enough arrived, spikes checked, and the
// merchant e-mailed about new alerts when SMTP is configured.
import type { Db } from '~/db/client.server';
import { detectSpikes } from '../alerts/spikes';
import { emailNewAlerts } from '../alerts/email';
import { refreshSummaries } from './store';

export async function refreshAfterImport(db: Db, shop: string, products: Map<string, number>, now = new Date()): Promise<{ summaries: number; alerts: string[] }> {
  const summaries = await refreshSummaries(db, shop, products.keys());
  const alerts = await detectSpikes(db, shop, products.keys(), now);
  if (alerts.length) await emailNewAlerts(db, shop, alerts);
  return { summaries, alerts };
}
