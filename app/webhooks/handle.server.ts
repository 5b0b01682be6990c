// Dispatches an authenticated webhook to its handler, exactly once per webhook id: the delivery is
// recorded in the same transaction as the handler's writes, so a redelivery changes nothing and a
// failure leaves no half-done record (Shopify then retries).
import { z } from 'zod';
import type { Db } from '~/db/client.server';
import { inTransaction } from '~/db/transaction';
import { deleteProduct, upsertProducts } from '~/catalog/products.server';
import { productFromWebhook } from './product-payload';
import { recordDataRequest, redactCustomer, redactShop, uninstallShop } from '~/privacy/customer-data';
import { countOrderFromWebhook } from '~/recommendations';

export interface WebhookInput {
  shop: string;
  topic: string;
  webhookId: string;
  payload: Record<string, unknown>;
  /** When Shopify triggered the event (X-Shopify-Triggered-At), used to order deletions. */
  triggeredAt?: Date;
  /** Whether the shop has a live session (installed). */
  installed: boolean;
}

export type WebhookOutcome = 'processed' | 'duplicate' | 'ignored';

type Handler = (tx: Db, input: WebhookInput) => Promise<void>;

const customerRef = (p: Record<string, unknown>) => {
  const c = (p.customer ?? {}) as { id?: number | string; email?: string; phone?: string };
  return { customerId: c.id != null ? String(c.id) : null, email: c.email ?? null, phone: c.phone ?? null };
};

const handlers: Record<string, Handler> = {
  APP_UNINSTALLED: (tx, { shop }) => uninstallShop(tx, shop),
  APP_SCOPES_UPDATE: async (tx, { shop, payload }) => {
    const current = (payload.current as string[] | undefined)?.join(',') ?? null;
    await tx.session.updateMany({ where: { shop }, data: { scope: current } });
  },
  PRODUCTS_CREATE: async (tx, { shop, payload }) => {
    await upsertProducts(tx, shop, [productFromWebhook(payload)], { preserve: ['collections', 'metafields', 'translations'] });
  },
  PRODUCTS_UPDATE: async (tx, { shop, payload }) => {
    await upsertProducts(tx, shop, [productFromWebhook(payload)], { preserve: ['collections', 'metafields', 'translations'] });
  },
  PRODUCTS_DELETE: async (tx, { shop, payload, triggeredAt }) => {
    await deleteProduct(tx, shop, `gid://shopify/Product/${String(payload.id)}`, triggeredAt ?? new Date());
  },
  CUSTOMERS_DATA_REQUEST: async (tx, { shop, payload }) => {
    await recordDataRequest(tx, shop, customerRef(payload));
  },
  CUSTOMERS_REDACT: async (tx, { shop, payload }) => {
    await redactCustomer(tx, shop, customerRef(payload));
  },
  SHOP_REDACT: (tx, { shop }) => redactShop(tx, shop),
  // "Bought together" learns from every new order. (Assisted-revenue attribution, from the cart
  // attribute the widget sets, belongs to the analytics work and reads this topic too.)
  ORDERS_CREATE: async (tx, { shop, payload }) => {
    const order = orderPayloadSchema.parse(payload);
    await countOrderFromWebhook(tx, shop, order);
    await (await import('~/admin/attribution.server')).recordAssistedOrder(tx, shop, payload);
  },
};

const orderPayloadSchema = z.object({
  id: z.union([z.number(), z.string()]),
  line_items: z.array(z.object({ product_id: z.union([z.number(), z.string()]).nullable().optional() })).default([]),
});

/** Topics that are processed even when the shop has no session (it uninstalled). */
const WITHOUT_SESSION = new Set(['APP_UNINSTALLED', 'CUSTOMERS_DATA_REQUEST', 'CUSTOMERS_REDACT', 'SHOP_REDACT']);

export function normaliseTopic(topic: string): string {
  return topic.toUpperCase().replace(/[/.]/g, '_');
}

export async function handleWebhook(db: Db, input: WebhookInput): Promise<WebhookOutcome> {
  const topic = normaliseTopic(input.topic);
  const handler = handlers[topic];
  if (!handler) return 'ignored';
  // Catalog webhooks of a shop that isn't installed would recreate data it asked us to drop.
  if (!input.installed && !WITHOUT_SESSION.has(topic)) return 'ignored';
  try {
    await inTransaction(db, async (tx) => {
      await tx.webhookDelivery.create({ data: { id: input.webhookId, shop: input.shop, topic } });
      await handler(tx, input);
    });
    return 'processed';
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') return 'duplicate';
    throw error;
  }
}
