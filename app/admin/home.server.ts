// The admin home: the setup guide's real state, key numbers for 7 and 30 days, and alerts that
// need the merchant (model key unreadable or failing, spending cap near, sync failed, flagged
// conversations and open hand-offs waiting).
import type { Db } from '~/db/client.server';
import { getSyncStatus } from '~/catalog/sync/jobs';
import { capStatus, operatorCapFromEnv } from '~/assistant/usage/metering.server';
import { decryptSecret, parseEncryptionKey } from '~/assistant/usage/secret-box';
import { keyNumbers, periodOf } from './analytics.server';

type Env = Record<string, string | undefined>;

export interface SetupStep {
  id: 'catalog' | 'embed' | 'configure' | 'test';
  done: boolean;
}

/**
 * Whether the chat embed is on in the theme is read from what it does, not from the theme file:
 * reading settings_data.json needs the read_themes scope, which Aisle does not ask for. A shopper
 * conversation (not a studio test) can only have come through the storefront widget.
 */
export async function setupSteps(db: Db, shop: string): Promise<SetupStep[]> {
  const [sync, shopperConversation, version, testConversation] = await Promise.all([
    getSyncStatus(db, shop),
    db.conversation.findFirst({ where: { shop, test: false }, select: { id: true } }),
    db.promptVersion.findFirst({ where: { shop }, select: { id: true } }),
    db.conversation.findFirst({ where: { shop, test: true }, select: { id: true } }),
  ]);
  return [
    { id: 'catalog', done: sync.productsIndexed > 0 && sync.lastSyncAt !== null },
    { id: 'embed', done: !!shopperConversation },
    { id: 'configure', done: !!version },
    { id: 'test', done: !!testConversation || !!shopperConversation },
  ];
}

export type AlertId = 'keyUnreadable' | 'modelFailing' | 'capReached' | 'capNear' | 'syncFailed' | 'flagged' | 'handoffs';
export interface Alert {
  id: AlertId;
  tone: 'critical' | 'warning' | 'info';
  values: Record<string, string | number>;
  url?: string;
}

export async function alerts(db: Db, shop: string, env: Env = process.env, now: Date = new Date()): Promise<Alert[]> {
  const dayAgo = new Date(now.getTime() - 86_400_000);
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const [settings, cap, sync, failures, calls, flagged, openHandoffs] = await Promise.all([
    db.shopSettings.findUnique({ where: { shop }, select: { anthropicKey: true } }),
    capStatus(db, shop, { operatorCapUsd: operatorCapFromEnv(env) }, now),
    getSyncStatus(db, shop),
    db.usageRecord.count({ where: { shop, createdAt: { gte: dayAgo }, outcome: { in: ['error', 'fallback'] } } }),
    db.usageRecord.count({ where: { shop, createdAt: { gte: dayAgo } } }),
    db.conversation.count({ where: { shop, test: false, flagged: true, createdAt: { gte: weekAgo } } }),
    db.handoff.count({ where: { shop, status: 'open' } }),
  ]);
  const out: Alert[] = [];
  if (settings?.anthropicKey && !keyOpens(settings.anthropicKey, shop, env)) out.push({ id: 'keyUnreadable', tone: 'critical', values: {}, url: '/app/settings' });
  // Most calls of the last day failing over to the built-in engine: a revoked key, or an outage.
  if (failures >= 3 && failures >= calls / 2) out.push({ id: 'modelFailing', tone: 'critical', values: { count: failures } });
  if (cap.capUsd !== null && !cap.allowed) out.push({ id: 'capReached', tone: 'critical', values: { spent: cap.spentUsd.toFixed(2), cap: cap.capUsd.toFixed(2) }, url: '/app/settings' });
  else if (cap.nearCap) out.push({ id: 'capNear', tone: 'warning', values: { spent: cap.spentUsd.toFixed(2), cap: (cap.capUsd ?? 0).toFixed(2) }, url: '/app/settings' });
  if (sync.state === 'failed') out.push({ id: 'syncFailed', tone: 'critical', values: { error: sync.error ?? '' } });
  if (flagged) out.push({ id: 'flagged', tone: 'warning', values: { count: flagged }, url: '/app/safety' });
  if (openHandoffs) out.push({ id: 'handoffs', tone: 'info', values: { count: openHandoffs }, url: '/app/handoffs' });
  return out;
}

function keyOpens(sealed: string, shop: string, env: Env): boolean {
  try {
    return decryptSecret(sealed, parseEncryptionKey(env.AISLE_ENCRYPTION_KEY), shop).trim().length > 0;
  } catch {
    return false;
  }
}

export async function homeNumbers(db: Db, shop: string, now: Date = new Date()) {
  const [week, month] = await Promise.all([keyNumbers(db, shop, periodOf(7, now)), keyNumbers(db, shop, periodOf(30, now))]);
  return { week, month };
}
