// "Bought together" counts, learned from the shop's orders: for every pair of distinct products in an
// order, CoPurchase(a→b) and CoPurchase(b→a) go up by one, so "what goes with a" is one indexed read.
// Each order is counted once (CountedOrder), whether it arrives by the orders/create webhook, a
// redelivery of it, or the backfill over the Admin API.
import type { Db } from '~/db/client.server';
import { inTransaction } from '~/db/transaction';
import { ORDERS_LINE_HANDLES } from '~/orders/queries';
import { adminQuery, type AdminGraphql } from '~/shopify/admin-query';

/** Products of one order that are paired: beyond this, an order says little about each pair. */
export const MAX_HANDLES_PER_ORDER = 25;

/** Webhooks send numeric ids, GraphQL sends GIDs: both are stored as the number. */
export function orderKey(orderId: string | number): string {
  const s = String(orderId);
  return /^gid:\/\/shopify\/Order\/(\d+)/.exec(s)?.[1] ?? s;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === 'P2002';
}

/**
 * Counts one order's products into CoPurchase. Returns false when the order was counted before.
 * Duplicate handles (two variants of one product) count once.
 */
export async function countOrder(db: Db, shop: string, orderId: string | number, handles: string[]): Promise<boolean> {
  const key = orderKey(orderId);
  const distinct = [...new Set(handles.filter(Boolean))].slice(0, MAX_HANDLES_PER_ORDER);
  try {
    return await inTransaction(db, async (tx) => {
      const seen = await tx.countedOrder.findUnique({ where: { shop_orderId: { shop, orderId: key } }, select: { orderId: true } });
      if (seen) return false;
      // Created first: a concurrent delivery of the same order fails here and rolls back.
      await tx.countedOrder.create({ data: { shop, orderId: key } });
      for (const handle of distinct) {
        for (const otherHandle of distinct) {
          if (handle === otherHandle) continue;
          await tx.coPurchase.upsert({
            where: { shop_handle_otherHandle: { shop, handle, otherHandle } },
            create: { shop, handle, otherHandle, count: 1 },
            update: { count: { increment: 1 } },
          });
        }
      }
      return true;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** The parts of an orders/create (or orders/paid) webhook payload that matter here. */
export interface OrderWebhookPayload {
  id: number | string;
  line_items?: { product_id?: number | string | null }[];
}

/**
 * Counts an order from its webhook payload. Webhooks name products by id, not handle: handles come
 * from the synced catalog (products not synced, e.g. deleted ones, are left out).
 */
export async function countOrderFromWebhook(db: Db, shop: string, payload: OrderWebhookPayload): Promise<boolean> {
  const ids = [...new Set((payload.line_items ?? []).map((l) => l.product_id).filter((id) => id != null))].map(
    (id) => `gid://shopify/Product/${id}`,
  );
  const rows = ids.length ? await db.product.findMany({ where: { shop, shopifyId: { in: ids } }, select: { handle: true } }) : [];
  return countOrder(
    db,
    shop,
    payload.id,
    rows.map((r) => r.handle),
  );
}

interface OrdersPage {
  orders: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { id: string; lineItems: { nodes: { product: { handle: string } | null }[] } }[];
  };
}

export interface BackfillResult {
  /** Orders read from the Admin API. */
  orders: number;
  /** Orders counted now (the rest were counted before). */
  counted: number;
}

/**
 * Counts the shop's past orders, oldest first, paging through the Admin API. Safe to rerun or to
 * run beside the webhook: orders already counted are skipped. Note that without the
 * read_all_orders scope Shopify only returns the last 60 days of orders.
 */
export async function countOrdersFromAdmin(
  db: Db,
  shop: string,
  graphql: AdminGraphql,
  opts: { since?: Date; maxPages?: number } = {},
): Promise<BackfillResult> {
  const query = opts.since ? `created_at:>='${opts.since.toISOString()}'` : null;
  const result: BackfillResult = { orders: 0, counted: 0 };
  let after: string | null = null;
  for (let page = 0; page < (opts.maxPages ?? Infinity); page++) {
    const data: OrdersPage = await adminQuery<OrdersPage>(graphql, ORDERS_LINE_HANDLES, { variables: { after, query } });
    for (const order of data.orders.nodes) {
      result.orders++;
      const handles = order.lineItems.nodes.map((l) => l.product?.handle).filter((h): h is string => !!h);
      if (await countOrder(db, shop, order.id, handles)) result.counted++;
    }
    if (!data.orders.pageInfo.hasNextPage || !data.orders.pageInfo.endCursor) break;
    after = data.orders.pageInfo.endCursor;
  }
  return result;
}

/**
 * Products most often bought with any of `handles`, counts summed over them, highest first.
 * `exclude` drops products (e.g. the ones already bought) before the limit applies.
 */
export async function boughtTogether(
  db: Db,
  shop: string,
  handles: string[],
  opts: { exclude?: string[]; limit?: number } = {},
): Promise<{ handle: string; count: number }[]> {
  if (handles.length === 0) return [];
  const exclude = new Set([...handles, ...(opts.exclude ?? [])]);
  const rows = await db.coPurchase.findMany({
    where: { shop, handle: { in: handles } },
    orderBy: { count: 'desc' },
    take: 200,
    select: { otherHandle: true, count: true },
  });
  const totals = new Map<string, number>();
  for (const r of rows) if (!exclude.has(r.otherHandle)) totals.set(r.otherHandle, (totals.get(r.otherHandle) ?? 0) + r.count);
  return [...totals]
    .map(([handle, count]) => ({ handle, count }))
    .sort((a, b) => b.count - a.count || a.handle.localeCompare(b.handle))
    .slice(0, opts.limit ?? 10);
}
