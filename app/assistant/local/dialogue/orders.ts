// order_status → the order tool, which checks identity itself. A signed-in shopper may ask without
// details (their recent orders); a guest needs the order number and the e-mail or phone used on the
// order, which may come over several messages after the engine asked for them. The reply carries
// only what the tool returned: status, items, shipments with tracking, refunds, cancellation.
import type { OrderItem, OrderSummary } from '~/orders';
import { DEFAULT_ORDER_NUMBER_FORMAT, extractEntities, formatOrderNumber, type OrderNumberFormat } from '../nlu/entities';
import type { Lang } from '../nlu/patterns';
import type { Turn } from './turn';

/** Earlier messages that may hold the rest of the details, after the engine asked for them. */
const LOOKBACK = 3;
const MAX_RECENT = 3;

interface LookupDetails {
  orderNumber?: string;
  email?: string;
  phone?: string;
}

function gatherDetails(turn: Turn, format: OrderNumberFormat | undefined): LookupDetails {
  const { u, memory } = turn;
  const lang = turn.lang as Lang;
  const found: LookupDetails = {};
  // A bare number is an order number here: the message is about an order.
  const take = (e: ReturnType<typeof extractEntities>) => {
    found.orderNumber ??=
      e.orderNumbers[0] ?? (e.bareNumbers[0] ? formatOrderNumber(e.bareNumbers[0], format ?? DEFAULT_ORDER_NUMBER_FORMAT) : undefined);
    found.email ??= e.emails[0];
    found.phone ??= e.phones[0];
  };
  take(u.entities);
  // Details given over several messages, in answer to the engine asking for them.
  if (memory.awaiting !== 'order_lookup') return found;
  for (const message of memory.earlierUserMessages.slice(0, LOOKBACK)) {
    if (found.orderNumber && (found.email || found.phone)) break;
    take(extractEntities(message, { lang, orderNumberFormat: format }));
  }
  return found;
}

function statusWord(turn: Turn, status: string | null): string {
  if (!status) return '';
  return turn.t.status[status] ?? status.toLowerCase().replace(/_/g, ' ');
}

function itemText(i: OrderItem): string {
  return `${i.quantity} × ${i.title}${i.variant && i.variant !== 'Default Title' ? ` (${i.variant})` : ''}`;
}

function describeOrder(turn: Turn, o: OrderSummary, full: boolean): string {
  const { t } = turn;
  const refunded = o.financialStatus === 'REFUNDED' || o.financialStatus === 'PARTIALLY_REFUNDED';
  const status = o.cancelled
    ? statusWord(turn, 'CANCELLED')
    : [statusWord(turn, o.fulfillmentStatus), refunded ? statusWord(turn, o.financialStatus) : ''].filter(Boolean).join(', ');
  const lines = [
    t.orderLine({
      number: o.orderNumber,
      date: turn.date(o.placedAt),
      status,
      total: turn.price(o.currentTotal.amount, o.currentTotal.currency),
    }),
  ];
  if (full) lines.push(`${t.orderItems}: ${o.items.map(itemText).join(', ')}`);
  for (const s of o.shipments) {
    const bits = [t.shipment(statusWord(turn, s.status))];
    for (const tr of s.tracking) {
      if (tr.number) bits.push(t.tracking(tr.carrier ?? '', tr.number) + (tr.url ? ` ([${t.trackingLink}](${tr.url}))` : ''));
      else if (tr.url) bits.push(`[${t.trackingLink}](${tr.url})`);
    }
    if (s.deliveredAt) bits.push(t.deliveredOn(turn.date(s.deliveredAt)));
    else if (s.estimatedDeliveryAt) bits.push(t.estimatedDelivery(turn.date(s.estimatedDeliveryAt)));
    lines.push(`- ${bits.join(' · ')}`);
  }
  if (full) for (const r of o.refunds) lines.push(t.refunded(turn.price(r.amount, r.currency), r.at ? turn.date(r.at) : ''));
  if (o.cancelled) lines.push(t.cancelledOn(turn.date(o.cancelled.at)));
  return lines.join('\n');
}

function askForDetails(turn: Turn): string {
  turn.out.actions.push({ type: 'order_lookup_form' });
  return turn.t.askOrderDetails;
}

export async function orderStatus(turn: Turn, format: OrderNumberFormat | undefined): Promise<string> {
  const { t, input } = turn;
  if (!turn.has('order_status')) {
    turn.suggest(['human']);
    return turn.has('handoff_to_human') ? `${t.orderUnavailable} ${t.offerHandoff}` : t.orderUnavailable;
  }
  const details = gatherDetails(turn, format);
  const signedIn = !!input.shopper.customerId;
  if (!signedIn && (!details.orderNumber || !(details.email || details.phone))) return askForDetails(turn);

  const result = await turn.call('order_status', details);
  if (!result) return t.orderUnavailable;
  if (!result.ok) {
    switch (result.error) {
      case 'not_found':
        turn.out.actions.push({ type: 'order_lookup_form' });
        turn.suggest(['human']);
        return t.orderNotFound;
      case 'verification_required':
        return askForDetails(turn);
      case 'rate_limited':
        return t.orderRateLimited((result.data as { retryAfterMinutes?: number }).retryAfterMinutes ?? 15);
      default:
        return t.toolError;
    }
  }
  const { scope, orders } = result.data as { scope: 'single' | 'recent'; orders: OrderSummary[] };
  if (!orders?.length) return t.orderNone;
  if (scope === 'single') return describeOrder(turn, orders[0], true);
  return `${t.orderRecentLead}\n\n${orders
    .slice(0, MAX_RECENT)
    .map((o) => describeOrder(turn, o, false))
    .join('\n\n')}`;
}
