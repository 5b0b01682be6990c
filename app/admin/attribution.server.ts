// Assisted revenue: orders containing items that the shopper added to the cart from the chat.
// When the shopper confirms an add-to-cart in the chat, the widget records the variant in the cart
// attribute `_aisle_items` (comma-separated variant ids, numeric or gid) and the conversation in
// `_aisle_conversation`; Shopify copies cart attributes to the order's note_attributes, which the
// orders/create webhook hands to recordAssistedOrder. Only the chat-added lines count as revenue.
import { z } from 'zod';
import type { Db } from '~/db/client.server';

export const ITEMS_ATTRIBUTE = '_aisle_items';
export const CONVERSATION_ATTRIBUTE = '_aisle_conversation';

const id = z.union([z.number(), z.string()]).transform(String);
const money = z.union([z.number(), z.string()]).transform(Number).catch(0);

const orderSchema = z.object({
  id,
  created_at: z.string().optional(),
  currency: z.string().optional(),
  note_attributes: z.array(z.object({ name: z.string(), value: z.union([z.string(), z.number()]).transform(String).nullable().catch(null) })).default([]),
  line_items: z
    .array(
      z.object({
        variant_id: id.nullable().optional(),
        price: money,
        quantity: z.number().int().nonnegative().catch(0),
        total_discount: money.optional(),
      }),
    )
    .default([]),
});

const numericId = (v: string) => v.trim().replace(/^gid:\/\/shopify\/ProductVariant\//, '');

/** Upserts the order's attribution (a redelivered webhook changes nothing); null when no chat item is in it. */
export async function recordAssistedOrder(db: Db, shop: string, payload: unknown) {
  const parsed = orderSchema.safeParse(payload);
  if (!parsed.success) return null;
  const order = parsed.data;
  const attr = (name: string) => order.note_attributes.find((a) => a.name === name)?.value ?? null;
  const added = new Set((attr(ITEMS_ATTRIBUTE) ?? '').split(',').map(numericId).filter(Boolean));
  if (!added.size) return null;
  const lines = order.line_items.filter((l) => l.variant_id && added.has(numericId(l.variant_id)));
  if (!lines.length) return null;
  const revenue = Math.round(lines.reduce((sum, l) => sum + l.price * l.quantity - (l.total_discount ?? 0), 0) * 100) / 100;
  const conversation = attr(CONVERSATION_ATTRIBUTE);
  const created = order.created_at ? new Date(order.created_at) : new Date();
  const data = {
    conversationId: conversation && /^[\w-]{8,64}$/.test(conversation) ? conversation : null,
    revenue,
    currency: order.currency ?? 'USD',
    items: lines.reduce((n, l) => n + l.quantity, 0),
    orderCreatedAt: Number.isNaN(created.getTime()) ? new Date() : created,
  };
  return db.assistedOrder.upsert({ where: { shop_orderId: { shop, orderId: order.id } }, create: { shop, orderId: order.id, ...data }, update: data });
}
