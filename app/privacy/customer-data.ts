// The three compliance topics, acting for real: what Aisle holds about a shopper (conversations,
// their messages and any contact they left) is reported, erased on request, and a shop's whole
// footprint is erased 48 h after it uninstalls. Every query is scoped to the requesting shop.
import type { Db } from '~/db/client.server';
import { inTransaction } from '~/db/transaction';
import { customerReviews, redactCustomerReviews, redactShopReviews } from '~/reviews/privacy';

export interface CustomerRef {
  customerId?: string | null;
  email?: string | null;
  phone?: string | null;
}

function conversationFilter(shop: string, who: CustomerRef) {
  const or: Record<string, unknown>[] = [];
  if (who.customerId) or.push({ customerId: String(who.customerId) });
  if (who.email) or.push({ email: who.email.toLowerCase() });
  // Nobody identified: match nothing rather than everything.
  return { shop, OR: or.length ? or : [{ id: '__none__' }] };
}

export async function customerDataReport(db: Db, shop: string, who: CustomerRef) {
  const conversations = await db.conversation.findMany({
    where: conversationFilter(shop, who),
    include: { messages: { orderBy: { createdAt: 'asc' }, select: { role: true, content: true, createdAt: true } } },
    orderBy: { createdAt: 'asc' },
  });
  const reviews = who.email ? await customerReviews(db, shop, who.email) : [];
  return {
    shop,
    customer: who,
    generatedAt: new Date().toISOString(),
    reviews: reviews.map((r) => ({ ...r, reviewedAt: r.reviewedAt?.toISOString?.() ?? r.reviewedAt })),
    conversations: conversations.map((c) => ({
      id: c.id,
      startedAt: c.createdAt.toISOString(),
      locale: c.locale,
      email: c.email,
      messages: c.messages.map((m) => ({ role: m.role, content: m.content, at: m.createdAt.toISOString() })),
    })),
  };
}

export async function recordDataRequest(db: Db, shop: string, who: CustomerRef) {
  const report = await customerDataReport(db, shop, who);
  await db.dataExport.create({
    data: { shop, customerId: who.customerId ? String(who.customerId) : null, email: who.email ?? null, payload: JSON.stringify(report) },
  });
  return report;
}

/** Deletes the customer's conversations (messages cascade). Returns how many were removed. */
export async function redactCustomer(db: Db, shop: string, who: CustomerRef): Promise<number> {
  // Reviews stay (published content the shop owns) but lose what ties them to the person.
  if (who.email) await redactCustomerReviews(db, shop, who.email);
  const where = conversationFilter(shop, who);
  const ids = (await db.conversation.findMany({ where, select: { id: true } })).map((c) => c.id);
  if (!ids.length) return 0;
  await inTransaction(db, async (tx) => {
    await tx.message.deleteMany({ where: { shop, conversationId: { in: ids } } });
    await tx.conversation.deleteMany({ where: { shop, id: { in: ids } } });
    await tx.dataExport.deleteMany({ where });
  });
  return ids.length;
}

/** Everything Aisle stored for the shop, gone. */
export async function redactShop(db: Db, shop: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.message.deleteMany({ where: { shop } });
    await tx.conversation.deleteMany({ where: { shop } });
    await tx.product.deleteMany({ where: { shop } });
    await tx.policy.deleteMany({ where: { shop } });
    await tx.syncJob.deleteMany({ where: { shop } });
    await tx.dataExport.deleteMany({ where: { shop } });
    await tx.session.deleteMany({ where: { shop } });
    await tx.shop.deleteMany({ where: { domain: shop } });
    await redactShopReviews(tx, shop);
  });
}

/** app/uninstalled: sessions end (the token is dead anyway) and queued work stops. */
export async function uninstallShop(db: Db, shop: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.session.deleteMany({ where: { shop } });
    await tx.syncJob.updateMany({
      where: { shop, status: { in: ['pending', 'running'] } },
      data: { status: 'failed', error: 'app uninstalled', finishedAt: new Date() },
    });
    await tx.shop.updateMany({ where: { domain: shop }, data: { uninstalledAt: new Date() } });
  });
}
