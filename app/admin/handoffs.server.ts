// The hand-off inbox: shoppers' requests for a person, newest first, by status. The shopper's
// e-mail is shown in full here (and only here): answering them is this page's purpose.
import { z } from 'zod';
import type { Db } from '~/db/client.server';
import { keysetPage } from './cursor';

import { HANDOFF_STATUSES } from './constants';

export { HANDOFF_STATUSES };
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];
export const PAGE_SIZE = 25;

export const handoffQuerySchema = z.object({
  status: z.enum(HANDOFF_STATUSES).catch('open'),
  after: z.string().optional().catch(undefined),
  before: z.string().optional().catch(undefined),
});

export async function listHandoffs(db: Db, shop: string, q: z.infer<typeof handoffQuerySchema>) {
  const keyset = keysetPage({ shop, status: q.status }, q, PAGE_SIZE);
  const { page, nextCursor, prevCursor } = keyset.finish(await db.handoff.findMany({ where: keyset.where, orderBy: keyset.orderBy, take: keyset.take }));
  const counts = await db.handoff.groupBy({ by: ['status'], where: { shop }, _count: { _all: true } });
  return {
    items: page.map((h) => ({ id: h.id, conversationId: h.conversationId, email: h.email, question: h.question, status: h.status, createdAt: h.createdAt.toISOString(), updatedAt: h.updatedAt.toISOString() })),
    nextCursor,
    prevCursor,
    counts: Object.fromEntries(HANDOFF_STATUSES.map((s) => [s, counts.find((c) => c.status === s)?._count._all ?? 0])) as Record<HandoffStatus, number>,
  };
}

export async function setHandoffStatus(db: Db, shop: string, id: string, status: HandoffStatus): Promise<boolean> {
  const { count } = await db.handoff.updateMany({ where: { id, shop }, data: { status } });
  return count > 0;
}
