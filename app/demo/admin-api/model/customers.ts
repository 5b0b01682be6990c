// Customers as Admin API objects; their orders, totals and default address come from orders.json.
import type { GraphQLResolveInfo } from 'graphql';
import type { StoreCustomer } from '~/demo/store/types';
import { searchedConnection, type PageArgs } from '../connection';
import type { ExecContext } from '../context';
import { moneyV2 } from '../format';
import { childNumber, gid, legacyId } from '../ids';
import { compileSearch, matchDate, matchNumber, matchText, matchWords } from '../search-query';
import { mailingAddress, orderConnection, OrderNode, orderRefundedCents, orderSubtotalCents } from './orders';
import type { StoreModel } from './store-model';

const CUSTOMER_SEARCH_FIELDS = new Set([
  'email',
  'phone',
  'first_name',
  'last_name',
  'id',
  'created_at',
  'updated_at',
  'orders_count',
  'country',
  'state',
]);

function createdAt(model: StoreModel, c: StoreCustomer): string {
  return (
    model
      .ordersOfCustomer(c.id)
      .map((o) => o.createdAt)
      .sort()[0] ?? model.epoch
  );
}

function digits(text: string | null | undefined): string {
  return (text ?? '').replace(/\D/g, '');
}

export function customerList(
  model: StoreModel,
  args: { query?: string | null; sortKey?: string | null },
): { items: StoreCustomer[]; unknownFields: string[] } {
  return model.cachedList(`customers|${args.query ?? ''}|${args.sortKey ?? ''}`, () => {
    const search = compileSearch<StoreCustomer>(
      args.query,
      (c, t) => {
        const v = t.value;
        switch (t.field) {
          case undefined:
            return (
              [`${c.firstName} ${c.lastName}`, c.email, c.phone].some((text) => matchWords(text, v)) ||
              (digits(v).length > 5 && digits(c.phone) === digits(v))
            );
          case 'email':
            return matchText(c.email, v);
          case 'phone':
            return digits(c.phone) === digits(v);
          case 'first_name':
            return matchText(c.firstName, v);
          case 'last_name':
            return matchText(c.lastName, v);
          case 'id':
            return matchNumber(c.id, t.comparator, legacyId(v));
          case 'created_at':
          case 'updated_at':
            return matchDate(createdAt(model, c), t.comparator, v);
          case 'orders_count':
            return matchNumber(model.ordersOfCustomer(c.id).length, t.comparator, v);
          case 'country': {
            const last = model.ordersOfCustomer(c.id).at(-1);
            return matchText(last?.shippingAddress?.countryCode, v);
          }
          case 'state':
            return matchText('enabled', v);
        }
        return undefined;
      },
      CUSTOMER_SEARCH_FIELDS,
    );
    const filtered = model.customers.filter(search.matches);
    const sorts: Record<string, (c: StoreCustomer) => string> = {
      NAME: (c) => `${c.lastName} ${c.firstName}`.toLowerCase(),
      CREATED_AT: (c) => createdAt(model, c),
      UPDATED_AT: (c) => createdAt(model, c),
    };
    const sort = sorts[args.sortKey ?? 'ID'];
    const items = sort ? [...filtered].sort((a, b) => (sort(a) < sort(b) ? -1 : sort(a) > sort(b) ? 1 : a.id - b.id)) : filtered;
    return { items, unknownFields: search.unknownFields };
  });
}

export function customerConnection(
  model: StoreModel,
  args: PageArgs & { query?: string | null; sortKey?: string | null },
  ctx: ExecContext,
  info: GraphQLResolveInfo,
) {
  return searchedConnection(
    customerList(model, args),
    args,
    ctx,
    info,
    (c) => String(c.id),
    (c) => new CustomerNode(model, c),
  );
}

export class CustomerNode {
  readonly __typename = 'Customer';
  constructor(
    private readonly model: StoreModel,
    readonly customer: StoreCustomer,
  ) {}
  private get orderList() {
    return this.model.ordersOfCustomer(this.customer.id);
  }
  get id() {
    return gid('Customer', this.customer.id);
  }
  get legacyResourceId() {
    return String(this.customer.id);
  }
  get firstName() {
    return this.customer.firstName;
  }
  get lastName() {
    return this.customer.lastName;
  }
  get displayName() {
    return `${this.customer.firstName} ${this.customer.lastName}`.trim() || this.customer.email;
  }
  get email() {
    return this.customer.email;
  }
  get phone() {
    return this.customer.phone;
  }
  get defaultEmailAddress() {
    return { emailAddress: this.customer.email, marketingState: 'NOT_SUBSCRIBED', validFormat: true };
  }
  get defaultPhoneNumber() {
    return this.customer.phone ? { phoneNumber: this.customer.phone } : null;
  }
  get locale() {
    return this.customer.locale;
  }
  get createdAt() {
    return createdAt(this.model, this.customer);
  }
  get updatedAt() {
    return this.orderList.at(-1)?.createdAt ?? this.createdAt;
  }
  get state() {
    return 'ENABLED';
  }
  get verifiedEmail() {
    return true;
  }
  get tags() {
    return [];
  }
  get note() {
    return null;
  }
  get numberOfOrders() {
    return String(this.orderList.length);
  }
  /** Sum over orders that were paid for, in the shop currency (the demo store doesn't convert). */
  get amountSpent() {
    const cents = this.orderList
      .filter((o) => o.cancelledAt == null && o.displayFinancialStatus !== 'VOIDED')
      .reduce((sum, o) => sum + orderSubtotalCents(o) - orderRefundedCents(o), 0);
    return moneyV2(cents, this.model.currency);
  }
  get lastOrder() {
    const last = this.orderList.at(-1);
    return last ? new OrderNode(this.model, last) : null;
  }
  get defaultAddress() {
    const last = [...this.orderList].reverse().find((o) => o.shippingAddress);
    return last
      ? mailingAddress(last.shippingAddress, gid('MailingAddress', childNumber(String(this.customer.id), 0)), this.customer.phone)
      : null;
  }
  orders(args: PageArgs & { query?: string | null; sortKey?: string | null }, ctx: ExecContext, info: GraphQLResolveInfo) {
    return orderConnection(this.model, this.orderList, `customer:${this.customer.id}:orders`, args, ctx, info);
  }
}
