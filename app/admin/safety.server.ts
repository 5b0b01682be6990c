// The Safety page: messages the safety screen flagged or blocked (with its reasons), sessions and
// IPs currently blocked (with unblock), and the shop's sensitivity. Scoped by shop throughout.
// Blocked IPs are shown as their salted hash only: Aisle never stores a raw address.
import { z } from 'zod';
import type { Db } from '~/db/client.server';
import { keysetPage } from './cursor';

import { SENSITIVITIES } from './constants';

export { SENSITIVITIES };
export const PAGE_SIZE = 25;

export async function listFlags(db: Db, shop: string, cursors: { after?: string; before?: string } = {}) {
  const keyset = keysetPage({ shop }, cursors, PAGE_SIZE);
  const { page, nextCursor, prevCursor } = keyset.finish(await db.safetyFlag.findMany({ where: keyset.where, orderBy: keyset.orderBy, take: keyset.take }));
  const [messages, conversations] = await Promise.all([
    db.message.findMany({ where: { shop, id: { in: page.flatMap((f) => (f.messageId ? [f.messageId] : [])) } }, select: { id: true, content: true } }),
    db.conversation.findMany({ where: { shop, id: { in: page.map((f) => f.conversationId) } }, select: { id: true, test: true } }),
  ]);
  const text = new Map(messages.map((m) => [m.id, m.content]));
  const studio = new Set(conversations.filter((c) => c.test).map((c) => c.id));
  const parse = (json: string) => {
    try {
      return JSON.parse(json) as string[];
    } catch {
      return [];
    }
  };
  return {
    items: page.map((f) => ({
      id: f.id,
      conversationId: f.conversationId,
      verdict: f.verdict,
      categories: parse(f.categories),
      reasons: parse(f.reasons),
      message: f.messageId ? (text.get(f.messageId) ?? null)?.slice(0, 500) ?? null : null,
      studio: studio.has(f.conversationId),
      createdAt: f.createdAt.toISOString(),
    })),
    nextCursor,
    prevCursor,
  };
}

export async function activeBlocks(db: Db, shop: string, now: Date = new Date()) {
  const rows = await db.block.findMany({ where: { shop, until: { gt: now } }, orderBy: { until: 'desc' }, take: 100 });
  return rows.map((b) => ({ id: b.id, kind: b.kind, value: b.kind === 'ip' ? `${b.value.slice(0, 8)}…` : b.value, reason: b.reason, until: b.until.toISOString(), createdAt: b.createdAt.toISOString() }));
}

export async function unblock(db: Db, shop: string, id: string): Promise<boolean> {
  const { count } = await db.block.deleteMany({ where: { id, shop } });
  return count > 0;
}

export const sensitivitySchema = z.enum(SENSITIVITIES);

export async function getSensitivity(db: Db, shop: string) {
  const row = await db.shopSettings.findUnique({ where: { shop }, select: { sensitivity: true } });
  const parsed = sensitivitySchema.safeParse(row?.sensitivity);
  return parsed.success ? parsed.data : 'standard';
}

export async function setSensitivity(db: Db, shop: string, sensitivity: z.infer<typeof sensitivitySchema>) {
  await db.shopSettings.upsert({ where: { shop }, create: { shop, sensitivity }, update: { sensitivity } });
}
