// An order as the assistant may tell it: status, items, shipments with tracking, refunds. Personal
// data stops at city and country; the e-mail and phone used to verify the shopper never leave here.
import type { OrderStatusNode } from './queries';

export interface OrderItem {
  title: string;
  variant: string | null;
  quantity: number;
}

export interface OrderSummary {
  orderNumber: string;
  placedAt: string;
  /** Admin API enums: OrderDisplayFinancialStatus (PAID, REFUNDED…) and OrderDisplayFulfillmentStatus. */
  financialStatus: string | null;
  fulfillmentStatus: string;
  cancelled: { at: string; reason: string | null } | null;
  total: { amount: number; currency: string };
  /** After refunds and removals. */
  currentTotal: { amount: number; currency: string };
  items: (OrderItem & { refundedOrRemoved: number })[];
  shipments: {
    /** FulfillmentDisplayStatus (IN_TRANSIT, DELIVERED…), else FulfillmentStatus. */
    status: string;
    shippedAt: string;
    inTransitAt: string | null;
    estimatedDeliveryAt: string | null;
    deliveredAt: string | null;
    tracking: { carrier: string | null; number: string | null; url: string | null }[];
    items: OrderItem[];
  }[];
  refunds: { at: string | null; amount: number; currency: string; items: OrderItem[] }[];
  shipTo: { city: string | null; country: string | null } | null;
}

const money = (bag: OrderStatusNode['totalPriceSet']) => ({
  amount: Number(bag.presentmentMoney.amount),
  currency: bag.presentmentMoney.currencyCode,
});

const item = (line: { title: string; variantTitle: string | null }, quantity: number): OrderItem => ({
  title: line.title,
  variant: line.variantTitle,
  quantity,
});

export function summariseOrder(order: OrderStatusNode): OrderSummary {
  return {
    orderNumber: order.name,
    placedAt: order.createdAt,
    financialStatus: order.displayFinancialStatus,
    fulfillmentStatus: order.displayFulfillmentStatus,
    cancelled: order.cancelledAt ? { at: order.cancelledAt, reason: order.cancelReason } : null,
    total: money(order.totalPriceSet),
    currentTotal: money(order.currentTotalPriceSet),
    items: order.lineItems.nodes.map((l) => ({ ...item(l, l.quantity), refundedOrRemoved: Math.max(0, l.quantity - l.currentQuantity) })),
    shipments: order.fulfillments.map((f) => ({
      status: f.displayStatus ?? f.status,
      shippedAt: f.createdAt,
      inTransitAt: f.inTransitAt,
      estimatedDeliveryAt: f.estimatedDeliveryAt,
      deliveredAt: f.deliveredAt,
      tracking: f.trackingInfo.map((t) => ({ carrier: t.company, number: t.number, url: t.url })),
      items: f.fulfillmentLineItems.nodes.map((n) => item(n.lineItem, n.quantity)),
    })),
    refunds: order.refunds.map((r) => ({
      at: r.createdAt,
      ...money(r.totalRefundedSet),
      items: r.refundLineItems.nodes.map((n) => item(n.lineItem, n.quantity)),
    })),
    shipTo: order.shippingAddress ? { city: order.shippingAddress.city, country: order.shippingAddress.countryCodeV2 } : null,
  };
}
