// Admin GraphQL documents for order status, purchase history and co-purchase counting (API
// 2026-10; the fake Admin API validates them against that schema in the tests). Page sizes keep
// each query under Shopify's single-query cost limit of 1,000.

/** What an order-status answer is built from, plus what the identity check needs (email, phones, customer). */
export const ORDER_STATUS_FIELDS = `#graphql
  fragment OrderStatusFields on Order {
    id
    name
    createdAt
    email
    phone
    customer { id }
    displayFinancialStatus
    displayFulfillmentStatus
    cancelledAt
    cancelReason
    totalPriceSet { presentmentMoney { amount currencyCode } }
    currentTotalPriceSet { presentmentMoney { amount currencyCode } }
    shippingAddress { city countryCodeV2 phone }
    lineItems(first: 20) { nodes { title variantTitle quantity currentQuantity } }
    fulfillments(first: 5) {
      status
      displayStatus
      createdAt
      inTransitAt
      estimatedDeliveryAt
      deliveredAt
      trackingInfo(first: 3) { company number url }
      fulfillmentLineItems(first: 20) { nodes { quantity lineItem { title variantTitle } } }
    }
    refunds(first: 5) {
      createdAt
      totalRefundedSet { presentmentMoney { amount currencyCode } }
      refundLineItems(first: 20) { nodes { quantity lineItem { title variantTitle } } }
    }
  }
`;

export const ORDERS_BY_NAME = `#graphql
  query OrdersByName($query: String!) {
    orders(first: 3, query: $query) { nodes { ...OrderStatusFields } }
  }
  ${ORDER_STATUS_FIELDS}
`;

export const CUSTOMER_RECENT_ORDERS = `#graphql
  query CustomerRecentOrders($id: ID!, $first: Int!) {
    customer(id: $id) {
      orders(first: $first, sortKey: CREATED_AT, reverse: true) { nodes { ...OrderStatusFields } }
    }
  }
  ${ORDER_STATUS_FIELDS}
`;

/** The newest order's name: how this shop formats order names. */
export const LATEST_ORDER_NAME = `#graphql
  query LatestOrderName {
    orders(first: 1, sortKey: CREATED_AT, reverse: true) { nodes { name } }
  }
`;

export const CUSTOMER_PURCHASES = `#graphql
  query CustomerPurchases($id: ID!) {
    customer(id: $id) {
      orders(first: 20, sortKey: CREATED_AT, reverse: true) {
        nodes { lineItems(first: 20) { nodes { product { handle } } } }
      }
    }
  }
`;

export const ORDERS_LINE_HANDLES = `#graphql
  query OrdersLineHandles($after: String, $query: String) {
    orders(first: 20, after: $after, query: $query, sortKey: CREATED_AT) {
      pageInfo { hasNextPage endCursor }
      nodes { id lineItems(first: 20) { nodes { product { handle } } } }
    }
  }
`;

interface MoneyBag {
  presentmentMoney: { amount: string; currencyCode: string };
}
interface LineRef {
  title: string;
  variantTitle: string | null;
}

/** One order as ORDER_STATUS_FIELDS returns it. */
export interface OrderStatusNode {
  id: string;
  name: string;
  createdAt: string;
  email: string | null;
  phone: string | null;
  customer: { id: string } | null;
  displayFinancialStatus: string | null;
  displayFulfillmentStatus: string;
  cancelledAt: string | null;
  cancelReason: string | null;
  totalPriceSet: MoneyBag;
  currentTotalPriceSet: MoneyBag;
  shippingAddress: { city: string | null; countryCodeV2: string | null; phone: string | null } | null;
  lineItems: { nodes: (LineRef & { quantity: number; currentQuantity: number })[] };
  fulfillments: {
    status: string;
    displayStatus: string | null;
    createdAt: string;
    inTransitAt: string | null;
    estimatedDeliveryAt: string | null;
    deliveredAt: string | null;
    trackingInfo: { company: string | null; number: string | null; url: string | null }[];
    fulfillmentLineItems: { nodes: { quantity: number; lineItem: LineRef }[] };
  }[];
  refunds: {
    createdAt: string | null;
    totalRefundedSet: MoneyBag;
    refundLineItems: { nodes: { quantity: number; lineItem: LineRef }[] };
  }[];
}
