// The hand-off inbox: shoppers' requests for a person, newest first, by status. The shopper's
// e-mail is shown in full here (and only here): answering them is this page's purpose.
import { z } from 'zod';
import type { Db } from '~/db/client.server';
import { decodeCursor, encodeCursor, keysetWhere } from './cursor';

import { HANDOFF_STATUSES } from './constants';

export { HANDOFF_STATUSES };
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];
export const PAGE_SIZE = 25;

export const handoffQuerySchema = z.object({
  status: z.enum(HANDOFF_STATUSES).catch('open'),
  after: z.string().optional().catch(undefined),
});

export async function listHandoffs(db: Db, shop: string, q: z.infer<typeof handoffQuerySchema>) {
  const after = decodeCursor(q.after);
  const base = { shop, status: q.status };
  const rows = await db.handoff.findMany({
    where: after ? { AND: [base, keysetWhere(after, 'older')] } : base,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: PAGE_SIZE + 1,
  });
  const page = rows.slice(0, PAGE_SIZE);
  const counts = await db.handoff.groupBy({ by: ['status'], where: { shop }, _count: { _all: true } });
  return {
    items: page.map((h) => ({ id: h.id, conversationId: h.conversationId, email: h.email, question: h.question, status: h.status, createdAt: h.createdAt.toISOString(), updatedAt: h.updatedAt.toISOString() })),
    nextCursor: rows.length > PAGE_SIZE ? encodeCursor(page[page.length - 1]) : null,
    counts: Object.fromEntries(HANDOFF_STATUSES.map((s) => [s, counts.find((c) => c.status === s)?._count._all ?? 0])) as Record<HandoffStatus, number>,
  };
}

export async function setHandoffStatus(db: Db, shop: string, id: string, status: HandoffStatus): Promise<boolean> {
  const { count } = await db.handoff.updateMany({ where: { id, shop }, data: { status } });
  return count > 0;
}
