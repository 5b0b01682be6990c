// Order status, live from the Admin API, with the access rule enforced here and nowhere else:
// - a logged-in shopper (customer id from the signed app proxy, never from the model) may list their
//   recent orders and see any order of theirs by number;
// - anyone, logged in or not, may see an order by giving its number AND the e-mail or phone on it.
//   (So a logged-in shopper who knows another order's number and e-mail sees it, as a guest would;
//   their "my orders" list only ever holds their own.)
// A wrong pair, a missing order and an order of another customer all take the same path: one
// search by name, one comparison in memory, one failure recorded, the same `not_found` answer.
import type { Db } from '~/db/client.server';
import { adminQuery, type AdminGraphql } from '~/shopify/admin-query';
import { contactMatches } from './contact-match';
import { DEFAULT_LOOKUP_LIMITS, lookupBlockedFor, recordLookupFailure, type LookupKeys, type LookupLimits } from './lookup-limits';
import {
  candidateNames,
  DEFAULT_NAME_FORMAT,
  formatFromName,
  nameKey,
  nameSearchQuery,
  parseOrderNumber,
  type OrderNameFormat,
} from './order-number';
import { summariseOrder, type OrderSummary } from './order-summary';
import { CUSTOMER_RECENT_ORDERS, LATEST_ORDER_NAME, ORDERS_BY_NAME, type OrderStatusNode } from './queries';

export interface OrderLookupRequest {
  shop: string;
  /** The shop's Admin API client; asked for only when a lookup is really made. */
  admin: () => Promise<AdminGraphql>;
  /** Trusted: the app proxy's signed logged_in_customer_id (numeric or a Customer GID), else null. */
  customerId: string | null;
  conversationId: string;
  ip: string | null;
  orderNumber?: string;
  email?: string;
  phone?: string;
}

export type OrderLookupOutcome =
  | { kind: 'found'; scope: 'single' | 'recent'; orders: OrderSummary[] }
  /** No order with that number and contact (or none at all; the two are indistinguishable). */
  | { kind: 'not_found' }
  /** A guest asked without an order number, or without an e-mail or phone. */
  | { kind: 'needs_verification'; missing: ('orderNumber' | 'emailOrPhone')[] }
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'invalid'; message: string };

export interface OrderLookupOptions {
  db: Db;
  limits?: LookupLimits;
  /** Orders listed for a logged-in shopper who names none. */
  recentCount?: number;
  /** Attempts per Admin API call (throttling, 5xx): a chat turn can't wait long. */
  maxAttempts?: number;
}

export interface OrderLookup {
  lookup(req: OrderLookupRequest): Promise<OrderLookupOutcome>;
}

/** "1001" or "gid://shopify/Customer/1001" → the GID; anything else → null (treated as a guest). */
export function customerGid(id: string | null | undefined): string | null {
  if (!id) return null;
  if (/^\d{1,20}$/.test(id)) return `gid://shopify/Customer/${id}`;
  return /^gid:\/\/shopify\/Customer\/\d{1,20}$/.test(id) ? id : null;
}

// How each shop names its orders, re-read hourly: format settings rarely change, and a stale format
// only costs a miss on the template candidate (the number as typed is still tried).
const FORMAT_TTL_MS = 60 * 60_000;
const FORMAT_CACHE_MAX = 10_000;
const formats = new Map<string, { format: OrderNameFormat; expires: number }>();

async function nameFormat(shop: string, graphql: AdminGraphql, maxAttempts: number): Promise<OrderNameFormat> {
  const cached = formats.get(shop);
  if (cached && cached.expires > Date.now()) return cached.format;
  const data = await adminQuery<{ orders: { nodes: { name: string }[] } }>(graphql, LATEST_ORDER_NAME, { maxAttempts });
  const latest = data.orders.nodes[0]?.name;
  const format = (latest && formatFromName(latest)) || DEFAULT_NAME_FORMAT;
  if (formats.size >= FORMAT_CACHE_MAX) formats.clear();
  formats.set(shop, { format, expires: Date.now() + FORMAT_TTL_MS });
  return format;
}

export function createOrderLookup(opts: OrderLookupOptions): OrderLookup {
  const { db } = opts;
  const limits = opts.limits ?? DEFAULT_LOOKUP_LIMITS;
  const recentCount = opts.recentCount ?? 5;
  const maxAttempts = opts.maxAttempts ?? 3;

  async function recent(req: OrderLookupRequest, customer: string): Promise<OrderLookupOutcome> {
    const data = await adminQuery<{ customer: { orders: { nodes: OrderStatusNode[] } } | null }>(
      await req.admin(),
      CUSTOMER_RECENT_ORDERS,
      {
        variables: { id: customer, first: recentCount },
        maxAttempts,
      },
    );
    // The query is by the trusted id; the check below guards against an API that answers loosely.
    const own = (data.customer?.orders.nodes ?? []).filter((o) => o.customer?.id === customer);
    return { kind: 'found', scope: 'recent', orders: own.map(summariseOrder) };
  }

  async function lookup(req: OrderLookupRequest): Promise<OrderLookupOutcome> {
    const customer = customerGid(req.customerId);
    const contact = { email: req.email?.trim() || undefined, phone: req.phone?.trim() || undefined };
    if (!req.orderNumber?.trim()) {
      if (customer) return recent(req, customer);
      return { kind: 'needs_verification', missing: contact.email || contact.phone ? ['orderNumber'] : ['orderNumber', 'emailOrPhone'] };
    }
    const parsed = parseOrderNumber(req.orderNumber);
    if (!parsed) return { kind: 'invalid', message: 'An order number has digits in it, like #1001.' };
    if (!customer && !contact.email && !contact.phone) return { kind: 'needs_verification', missing: ['emailOrPhone'] };

    const keys: LookupKeys = { shop: req.shop, conversationId: req.conversationId, ip: req.ip, orderDigits: parsed.digits };
    const wait = await lookupBlockedFor(db, limits, keys);
    if (wait > 0) return { kind: 'rate_limited', retryAfterSeconds: wait };

    const graphql = await req.admin();
    const names = candidateNames(parsed, await nameFormat(req.shop, graphql, maxAttempts));
    const wanted = new Set(names.map(nameKey));
    const data = await adminQuery<{ orders: { nodes: OrderStatusNode[] } }>(graphql, ORDERS_BY_NAME, {
      variables: { query: nameSearchQuery(names) },
      maxAttempts,
    });
    // Search is only a pre-filter: the exact name and the identity are checked here.
    const order = data.orders.nodes.find(
      (o) =>
        wanted.has(nameKey(o.name)) &&
        ((customer !== null && o.customer?.id === customer) ||
          contactMatches(contact, { email: o.email, phones: [o.phone, o.shippingAddress?.phone ?? null] })),
    );
    if (!order) {
      await recordLookupFailure(db, limits, keys);
      return { kind: 'not_found' };
    }
    return { kind: 'found', scope: 'single', orders: [summariseOrder(order)] };
  }

  return { lookup };
}
