// Orders as Admin API objects: totals are computed from the stored line items (the demo store has no
// taxes, shipping charges or discounts), each order in the one currency it was recorded in.
// Refunds come from an optional `refunds` list in orders.json; a REFUNDED order without one gets a
// single refund of its total, so totalRefundedSet agrees with displayFinancialStatus.
import type { GraphQLResolveInfo } from 'graphql';
import type { StoreFulfillment, StoreOrder, StoreOrderLine } from '~/demo/store/types';
import { paginate, searchedConnection, type PageArgs } from '../connection';
import type { ExecContext } from '../context';
import { moneyBag, toCents } from '../format';
import { childNumber, gid, legacyId } from '../ids';
import { compileSearch, matchDate, matchNumber, matchText, matchWords, type SearchTerm } from '../search-query';
import { CustomerNode } from './customers';
import { image, ProductNode, VariantNode } from './products';
import type { StoreModel } from './store-model';

interface StoreRefund {
  createdAt?: string;
  note?: string | null;
  /** Refunded amount; defaults to the refunded lines' value. */
  amount?: string | number;
  lineItems?: { handle: string; quantity: number }[];
}

function lineCents(line: StoreOrderLine): number {
  return toCents(line.price) * line.quantity;
}

export function orderSubtotalCents(order: StoreOrder): number {
  return order.lineItems.reduce((sum, line) => sum + lineCents(line), 0);
}

function unitCentsOf(order: StoreOrder, handle: string): number {
  const line = order.lineItems.find((l) => l.handle === handle);
  return line ? toCents(line.price) : 0;
}

export function orderRefunds(order: StoreOrder): StoreRefund[] {
  if (Array.isArray(order.refunds)) return order.refunds as StoreRefund[];
  if (order.displayFinancialStatus === 'REFUNDED') {
    const last = order.fulfillments
      .map((f) => f.createdAt)
      .sort()
      .pop();
    return [
      {
        createdAt: order.cancelledAt ?? last ?? order.createdAt,
        lineItems: order.lineItems.map((l) => ({ handle: l.handle, quantity: l.quantity })),
      },
    ];
  }
  return [];
}

function refundCents(order: StoreOrder, refund: StoreRefund): number {
  if (refund.amount != null) return toCents(refund.amount);
  return (refund.lineItems ?? []).reduce((sum, l) => sum + unitCentsOf(order, l.handle) * l.quantity, 0);
}

export function orderRefundedCents(order: StoreOrder): number {
  return orderRefunds(order).reduce((sum, r) => sum + refundCents(order, r), 0);
}

function orderUpdatedAt(order: StoreOrder): string {
  const dates = [
    order.createdAt,
    order.cancelledAt,
    ...order.fulfillments.map((f) => f.createdAt),
    ...orderRefunds(order).map((r) => r.createdAt),
  ];
  return dates
    .filter((d): d is string => !!d)
    .sort()
    .pop()!;
}

function orderNumber(order: StoreOrder): number {
  return Number(order.name.replace(/\D/g, '')) || order.id;
}

// ---------------------------------------------------------------------------------------------
// Search and sort for `orders(query:, sortKey:)`.

const ORDER_SEARCH_FIELDS = new Set([
  'name',
  'email',
  'phone',
  'customer_id',
  'id',
  'status',
  'financial_status',
  'fulfillment_status',
  'created_at',
  'processed_at',
  'updated_at',
  'sku',
  'test',
]);

const FULFILLMENT_ALIASES: Record<string, string[]> = {
  shipped: ['FULFILLED'],
  fulfilled: ['FULFILLED'],
  unshipped: ['UNFULFILLED'],
  unfulfilled: ['UNFULFILLED', 'PARTIALLY_FULFILLED'],
  partial: ['PARTIALLY_FULFILLED'],
  on_hold: ['ON_HOLD'],
};

function orderMatches(o: StoreOrder, t: SearchTerm, model: StoreModel): boolean | undefined {
  const v = t.value;
  switch (t.field) {
    case undefined: {
      const customer = o.customerId == null ? undefined : model.customerById.get(String(o.customerId));
      const names = customer ? `${customer.firstName} ${customer.lastName}` : '';
      return matchText(o.name.replace('#', ''), v.replace('#', '')) || [o.email, o.phone, names].some((text) => matchWords(text, v));
    }
    case 'name':
      return matchText(o.name.replace('#', ''), v.replace('#', ''));
    case 'email':
      return matchText(o.email, v);
    case 'phone':
      return (o.phone ?? '').replace(/\D/g, '') === v.replace(/\D/g, '');
    case 'customer_id':
      return o.customerId != null && matchNumber(o.customerId, t.comparator, legacyId(v));
    case 'id':
      return matchNumber(o.id, t.comparator, legacyId(v));
    case 'status':
      return v.split(',').some((s) => {
        const status = s.trim().toLowerCase();
        if (status === 'any') return true;
        if (status === 'cancelled') return o.cancelledAt != null;
        if (status === 'closed') return o.closed === true;
        if (status === 'open') return o.cancelledAt == null && o.closed !== true;
        return false;
      });
    case 'financial_status':
      return matchText(o.displayFinancialStatus, v);
    case 'fulfillment_status':
      return v.split(',').some((s) => {
        const wanted = FULFILLMENT_ALIASES[s.trim().toLowerCase()] ?? [s.trim().toUpperCase()];
        return wanted.includes(o.displayFulfillmentStatus);
      });
    case 'created_at':
    case 'processed_at':
      return matchDate(o.createdAt, t.comparator, v);
    case 'updated_at':
      return matchDate(orderUpdatedAt(o), t.comparator, v);
    case 'sku':
      return o.lineItems.some((l) => matchText(l.sku, v));
    case 'test':
      return v === 'false';
  }
  return undefined;
}

const ORDER_SORTS: Record<string, (o: StoreOrder, model: StoreModel) => string | number> = {
  PROCESSED_AT: (o) => o.createdAt,
  CREATED_AT: (o) => o.createdAt,
  UPDATED_AT: orderUpdatedAt,
  ORDER_NUMBER: orderNumber,
  TOTAL_PRICE: orderSubtotalCents,
  CURRENT_TOTAL_PRICE: (o) => orderSubtotalCents(o) - orderRefundedCents(o),
  FINANCIAL_STATUS: (o) => o.displayFinancialStatus,
  FULFILLMENT_STATUS: (o) => o.displayFulfillmentStatus,
  CUSTOMER_NAME: (o, m) => {
    const c = o.customerId == null ? undefined : m.customerById.get(String(o.customerId));
    return c ? `${c.firstName} ${c.lastName}`.toLowerCase() : '';
  },
};

export function orderList(
  model: StoreModel,
  source: StoreOrder[],
  cacheKey: string,
  args: { query?: string | null; sortKey?: string | null },
): { items: StoreOrder[]; unknownFields: string[] } {
  return model.cachedList(`${cacheKey}|${args.query ?? ''}|${args.sortKey ?? ''}`, () => {
    const search = compileSearch<StoreOrder>(args.query, (o, t) => orderMatches(o, t, model), ORDER_SEARCH_FIELDS);
    const filtered = source.filter(search.matches);
    const sort = ORDER_SORTS[args.sortKey ?? 'ID'];
    const items = sort
      ? filtered
          .map((o) => ({ o, k: sort(o, model) }))
          .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.o.id - b.o.id))
          .map((x) => x.o)
      : filtered;
    return { items, unknownFields: search.unknownFields };
  });
}

export function orderConnection(
  model: StoreModel,
  source: StoreOrder[],
  cacheKey: string,
  args: PageArgs & { query?: string | null; sortKey?: string | null },
  ctx: ExecContext,
  info: GraphQLResolveInfo,
) {
  return searchedConnection(
    orderList(model, source, cacheKey, args),
    args,
    ctx,
    info,
    (o) => String(o.id),
    (o) => new OrderNode(model, o),
  );
}

// ---------------------------------------------------------------------------------------------

export class OrderNode {
  readonly __typename = 'Order';
  constructor(
    private readonly model: StoreModel,
    readonly order: StoreOrder,
  ) {}

  private money(cents: number) {
    return moneyBag(cents, this.order.currency);
  }

  get id() {
    return gid('Order', this.order.id);
  }
  get legacyResourceId() {
    return String(this.order.id);
  }
  get name() {
    return this.order.name;
  }
  get email() {
    return this.order.email;
  }
  get phone() {
    return this.order.phone;
  }
  get createdAt() {
    return this.order.createdAt;
  }
  get processedAt() {
    return this.order.createdAt;
  }
  get updatedAt() {
    return orderUpdatedAt(this.order);
  }
  get displayFinancialStatus() {
    return this.order.displayFinancialStatus;
  }
  get displayFulfillmentStatus() {
    return this.order.displayFulfillmentStatus;
  }
  get cancelledAt() {
    return this.order.cancelledAt;
  }
  get cancelReason() {
    return this.order.cancelReason;
  }
  get closed() {
    return this.order.closed === true;
  }
  get closedAt() {
    return null;
  }
  get confirmed() {
    return true;
  }
  get test() {
    return false;
  }
  get tags() {
    return [];
  }
  get note() {
    return null;
  }
  get currencyCode() {
    return this.order.currency;
  }
  get presentmentCurrencyCode() {
    return this.order.currency;
  }
  get customerLocale() {
    const c = this.order.customerId == null ? undefined : this.model.customerById.get(String(this.order.customerId));
    return c?.locale ?? null;
  }
  get subtotalPriceSet() {
    return this.money(orderSubtotalCents(this.order));
  }
  get totalPriceSet() {
    return this.money(orderSubtotalCents(this.order));
  }
  get currentTotalPriceSet() {
    return this.money(orderSubtotalCents(this.order) - orderRefundedCents(this.order));
  }
  get totalRefundedSet() {
    return this.money(orderRefundedCents(this.order));
  }
  get totalShippingPriceSet() {
    return this.money(0);
  }
  get totalTaxSet() {
    return this.money(0);
  }
  get totalDiscountsSet() {
    return this.money(0);
  }
  statusPageUrl() {
    return `${this.model.storefrontUrl}/account/orders/${this.order.id}`;
  }
  get customer() {
    const c = this.order.customerId == null ? undefined : this.model.customerById.get(String(this.order.customerId));
    return c ? new CustomerNode(this.model, c) : null;
  }
  get shippingAddress() {
    return mailingAddress(this.order.shippingAddress, gid('MailingAddress', childNumber(String(this.order.id), 0)), this.order.phone);
  }
  get billingAddress() {
    return null;
  }

  lineItems(args: PageArgs, ctx: ExecContext, info: GraphQLResolveInfo) {
    const records = this.order.lineItems.map((line, index) => ({ line, index }));
    return paginate(
      records,
      args,
      ctx,
      info,
      (r) => String(r.index),
      (r) => this.lineItem(r.index),
    );
  }
  lineItem(index: number) {
    return new LineItemNode(this.model, this.order, this.order.lineItems[index], index);
  }

  fulfillments(args: { first?: number | null }) {
    return this.order.fulfillments.slice(0, args.first ?? undefined).map((f, i) => new FulfillmentNode(this, f, i));
  }

  refunds(args: { first?: number | null }) {
    return orderRefunds(this.order)
      .slice(0, args.first ?? undefined)
      .map((refund, i) => {
        const number = childNumber(String(this.order.id), i);
        const lines = (refund.lineItems ?? []).map((l) => ({ l, index: this.order.lineItems.findIndex((x) => x.handle === l.handle) }));
        return {
          __typename: 'Refund',
          id: gid('Refund', number),
          legacyResourceId: number,
          createdAt: refund.createdAt ?? this.order.createdAt,
          updatedAt: refund.createdAt ?? this.order.createdAt,
          note: refund.note ?? null,
          totalRefundedSet: this.money(refundCents(this.order, refund)),
          refundLineItems: (args: PageArgs, ctx: ExecContext, info: GraphQLResolveInfo) =>
            paginate(
              lines.filter((x) => x.index !== -1),
              args,
              ctx,
              info,
              (x) => String(x.index),
              (x) => {
                const unit = toCents(this.order.lineItems[x.index].price);
                return {
                  __typename: 'RefundLineItem',
                  id: gid('RefundLineItem', childNumber(number, x.index)),
                  quantity: x.l.quantity,
                  lineItem: this.lineItem(x.index),
                  priceSet: this.money(unit),
                  subtotalSet: this.money(unit * x.l.quantity),
                  totalTaxSet: this.money(0),
                  restocked: false,
                  restockType: 'NO_RESTOCK',
                };
              },
            ),
        };
      });
  }
}

export class LineItemNode {
  readonly __typename = 'LineItem';
  constructor(
    private readonly model: StoreModel,
    private readonly order: StoreOrder,
    private readonly line: StoreOrderLine,
    private readonly index: number,
  ) {}
  private money(cents: number) {
    return moneyBag(cents, this.order.currency);
  }
  private variantRecord() {
    const product = this.model.productByHandle.get(this.line.handle);
    if (!product) return null;
    const index = product.variants.findIndex((v) => v.title === this.line.variantTitle || (!!this.line.sku && v.sku === this.line.sku));
    const i = index === -1 && product.variants.length === 1 ? 0 : index;
    return i === -1 ? { product, variant: null, i } : { product, variant: product.variants[i], i };
  }
  private quantityIn(lists: { handle: string; quantity: number }[][]): number {
    return lists
      .flat()
      .filter((l) => l.handle === this.line.handle)
      .reduce((sum, l) => sum + l.quantity, 0);
  }
  private refundedQuantity() {
    return this.quantityIn(orderRefunds(this.order).map((r) => r.lineItems ?? []));
  }
  private fulfilledQuantity() {
    return this.quantityIn(this.order.fulfillments.map((f) => f.lineItems));
  }

  get id() {
    return gid('LineItem', childNumber(String(this.order.id), this.index));
  }
  get title() {
    return this.line.title;
  }
  /** Shopify names a line "Title - Variant" and leaves variantTitle null for the default variant. */
  get variantTitle() {
    return this.line.variantTitle && this.line.variantTitle !== 'Default Title' ? this.line.variantTitle : null;
  }
  get name() {
    return this.variantTitle ? `${this.line.title} - ${this.variantTitle}` : this.line.title;
  }
  get sku() {
    return this.line.sku || null;
  }
  get vendor() {
    return this.model.productByHandle.get(this.line.handle)?.vendor ?? null;
  }
  get quantity() {
    return this.line.quantity;
  }
  get currentQuantity() {
    return Math.max(this.line.quantity - this.refundedQuantity(), 0);
  }
  get refundableQuantity() {
    return this.currentQuantity;
  }
  get unfulfilledQuantity() {
    return Math.max(this.line.quantity - this.fulfilledQuantity(), 0);
  }
  get requiresShipping() {
    return true;
  }
  get originalUnitPriceSet() {
    return this.money(toCents(this.line.price));
  }
  get discountedUnitPriceSet() {
    return this.originalUnitPriceSet;
  }
  get originalTotalSet() {
    return this.money(lineCents(this.line));
  }
  get discountedTotalSet() {
    return this.originalTotalSet;
  }
  get totalDiscountSet() {
    return this.money(0);
  }
  get product() {
    const record = this.variantRecord();
    return record ? new ProductNode(this.model, record.product) : null;
  }
  get variant() {
    const record = this.variantRecord();
    return record?.variant ? new VariantNode(this.model, record.product, record.variant, record.i) : null;
  }
  image() {
    const record = this.variantRecord();
    const url = record?.variant?.image ?? record?.product.images[0]?.url;
    return url ? image({ url, altText: null }, childNumber(legacyId(record!.product.shopifyId), 998)) : null;
  }
}

export class FulfillmentNode {
  readonly __typename = 'Fulfillment';
  constructor(
    private readonly owner: OrderNode,
    private readonly f: StoreFulfillment,
    private readonly index: number,
  ) {}
  private get number() {
    return childNumber(this.owner.legacyResourceId, this.index);
  }
  get id() {
    return gid('Fulfillment', this.number);
  }
  get legacyResourceId() {
    return this.number;
  }
  get name() {
    return `${this.owner.name}.${this.index + 1}`;
  }
  get status() {
    return this.f.status;
  }
  get displayStatus() {
    return this.f.displayStatus;
  }
  get createdAt() {
    return this.f.createdAt;
  }
  get updatedAt() {
    return this.f.createdAt;
  }
  get estimatedDeliveryAt() {
    return this.f.estimatedDeliveryAt;
  }
  get deliveredAt() {
    return (this.f as { deliveredAt?: string }).deliveredAt ?? null;
  }
  get inTransitAt() {
    return null;
  }
  get totalQuantity() {
    return this.f.lineItems.reduce((sum, l) => sum + l.quantity, 0);
  }
  trackingInfo(args: { first?: number | null }) {
    const { trackingCompany: company, trackingNumber: number, trackingUrl: url } = this.f;
    const info = company || number || url ? [{ company, number, url }] : [];
    return info.slice(0, args.first ?? undefined);
  }
  fulfillmentLineItems(args: PageArgs, ctx: ExecContext, info: GraphQLResolveInfo) {
    const order = this.owner.order;
    const records = this.f.lineItems
      .map((l, i) => ({ l, i, lineIndex: order.lineItems.findIndex((x) => x.handle === l.handle) }))
      .filter((r) => r.lineIndex !== -1);
    return paginate(
      records,
      args,
      ctx,
      info,
      (r) => String(r.i),
      (r) => {
        const unit = toCents(order.lineItems[r.lineIndex].price);
        const total = moneyBag(unit * r.l.quantity, order.currency);
        return {
          __typename: 'FulfillmentLineItem',
          id: gid('FulfillmentLineItem', childNumber(this.number, r.i)),
          quantity: r.l.quantity,
          lineItem: this.owner.lineItem(r.lineIndex),
          originalTotalSet: total,
          discountedTotalSet: total,
        };
      },
    );
  }
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

export function mailingAddress(a: StoreOrder['shippingAddress'], id: string, phone: string | null) {
  if (!a) return null;
  const country = regionNames.of(a.countryCode) ?? a.countryCode;
  return {
    __typename: 'MailingAddress',
    id,
    firstName: a.firstName,
    lastName: a.lastName,
    name: `${a.firstName} ${a.lastName}`.trim(),
    city: a.city,
    country,
    countryCodeV2: a.countryCode,
    countryCode: a.countryCode,
    phone,
    address1: null,
    address2: null,
    company: null,
    province: null,
    provinceCode: null,
    zip: null,
    formattedArea: `${a.city}, ${country}`,
    formatted: (args: { withName?: boolean | null }) => [
      ...(args.withName ? [`${a.firstName} ${a.lastName}`.trim()] : []),
      a.city,
      country,
    ],
    coordinatesValidated: false,
  };
}
