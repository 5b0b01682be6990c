// The QueryRoot and Mutation fields the fake answers. Anything else in the schema is still valid to
// ask for: queries get null / empty values (see execute.ts), mutations a clear error.
import type { GraphQLResolveInfo } from 'graphql';
import { paginate, type PageArgs } from './connection';
import type { ExecContext } from './context';
import { legacyId, parseGid, splitChildNumber } from './ids';
import { compileSearch, matchDate, matchText } from './search-query';
import { CustomerNode, customerConnection, customerList } from './model/customers';
import { FulfillmentNode, OrderNode, orderConnection, orderList } from './model/orders';
import {
  CollectionNode,
  collectionConnection,
  mediaImage,
  productConnection,
  productList,
  ProductNode,
  VariantNode,
} from './model/products';
import { shopLocales, shopNode, shopPolicies } from './model/shop';
import type { StoreModel } from './model/store-model';
import { translatableById, translatableResourceConnection, translatableResourcesByIds } from './model/translations';

type Args = Record<string, unknown>;
type Identifier = { id?: string | null; handle?: string | null; emailAddress?: string | null; phoneNumber?: string | null };

/** Any object the store has, by gid (node, nodes and the typed single-object queries). */
export function nodeById(model: StoreModel, ctx: ExecContext, id: string): { __typename: string } | null {
  const parsed = parseGid(id);
  if (!parsed) return null;
  const child = splitChildNumber(parsed.id);
  switch (parsed.type) {
    case 'Product': {
      const p = model.productById.get(parsed.id);
      return p ? new ProductNode(model, p) : null;
    }
    case 'ProductVariant': {
      const r = model.variantById.get(parsed.id);
      return r ? new VariantNode(model, r.product, r.variant, r.index) : null;
    }
    case 'MediaImage': {
      const p = child && model.productById.get(child.owner);
      const image = p ? p.images[child!.index] : undefined;
      return p && image ? mediaImage(p, image, parsed.id) : null;
    }
    case 'Collection': {
      const c = model.collectionById.get(parsed.id);
      return c ? new CollectionNode(model, c) : null;
    }
    case 'Order': {
      const o = model.orderById.get(parsed.id);
      return o ? new OrderNode(model, o) : null;
    }
    case 'LineItem': {
      const o = child && model.orderById.get(child.owner);
      return o && child!.index < o.lineItems.length ? new OrderNode(model, o).lineItem(child!.index) : null;
    }
    case 'Fulfillment': {
      const o = child && model.orderById.get(child.owner);
      const f = o ? o.fulfillments[child!.index] : undefined;
      return o && f ? new FulfillmentNode(new OrderNode(model, o), f, child!.index) : null;
    }
    case 'Customer': {
      const c = model.customerById.get(parsed.id);
      return c ? new CustomerNode(model, c) : null;
    }
    case 'ShopPolicy':
      return shopPolicies(model).find((p) => p.id === id) ?? null;
    case 'Shop':
      return parsed.id === model.shopNumber ? shopNode(model) : null;
    case 'BulkOperation':
      return ctx.bulkOperations.get(id) as { __typename: string } | null;
  }
  return null;
}

function typed(type: string) {
  return (model: StoreModel, ctx: ExecContext, id: string | null | undefined) => {
    const node = id ? nodeById(model, ctx, id) : null;
    return node && node.__typename === type ? node : null;
  };
}
const productNode = typed('Product');
const orderNode = typed('Order');
const customerNode = typed('Customer');
const collectionNode = typed('Collection');

function count(n: number, limit: number | null | undefined) {
  return limit != null && n > limit ? { count: limit, precision: 'AT_LEAST' } : { count: n, precision: 'EXACT' };
}

export function createQueryRoot(model: StoreModel) {
  return {
    shop: () => shopNode(model),
    shopLocales: (args: { published?: boolean | null }) => shopLocales(model).filter((l) => !args.published || l.published),

    products: (args: PageArgs & Args, ctx: ExecContext, info: GraphQLResolveInfo) =>
      productConnection(model, model.products, 'products', args, ctx, info),
    productsCount: (args: { query?: string | null; limit?: number | null }) =>
      count(productList(model, model.products, 'products', { query: args.query, sortKey: 'ID' }).items.length, args.limit),
    product: (args: { id: string }, ctx: ExecContext) => productNode(model, ctx, args.id),
    productByIdentifier: (args: { identifier: Identifier }, ctx: ExecContext) => {
      const { id, handle } = args.identifier;
      if (id) return productNode(model, ctx, id);
      const p = handle ? model.productByHandle.get(handle) : undefined;
      return p ? new ProductNode(model, p) : null;
    },
    productVariant: (args: { id: string }, ctx: ExecContext) => typed('ProductVariant')(model, ctx, args.id),
    productVariants: (args: PageArgs & { query?: string | null }, ctx: ExecContext, info: GraphQLResolveInfo) => {
      const { items } = model.cachedList(`variants|${args.query ?? ''}`, () => {
        const search = compileSearch<{
          product: (typeof model.products)[number];
          variant: (typeof model.products)[number]['variants'][number];
        }>(
          args.query,
          (r, t) => {
            if (t.field === 'sku') return matchText(r.variant.sku, t.value);
            if (t.field === 'product_id') return legacyId(r.product.shopifyId) === legacyId(t.value);
            if (t.field === 'updated_at') return matchDate(r.product.updatedAt, t.comparator, t.value);
            if (t.field === undefined || t.field === 'title') return matchText(r.variant.title, t.value);
            return undefined;
          },
          new Set(['sku', 'product_id', 'updated_at', 'title']),
        );
        return { items: [...model.variantById.values()].filter(search.matches), unknownFields: search.unknownFields };
      });
      return paginate(
        items,
        args,
        ctx,
        info,
        (r) => legacyId(r.variant.id),
        (r) => new VariantNode(model, r.product, r.variant, r.index),
      );
    },

    collections: (args: PageArgs & Args, ctx: ExecContext, info: GraphQLResolveInfo) =>
      collectionConnection(model, model.collections, args, ctx, info),
    collection: (args: { id: string }, ctx: ExecContext) => collectionNode(model, ctx, args.id),
    collectionByHandle: (args: { handle: string }) => {
      const c = model.collectionByHandle.get(args.handle);
      return c ? new CollectionNode(model, c) : null;
    },
    collectionByIdentifier: (args: { identifier: Identifier }, ctx: ExecContext) => {
      if (args.identifier.id) return collectionNode(model, ctx, args.identifier.id);
      const c = args.identifier.handle ? model.collectionByHandle.get(args.identifier.handle) : undefined;
      return c ? new CollectionNode(model, c) : null;
    },

    translatableResources: (args: PageArgs & { resourceType: string }, ctx: ExecContext, info: GraphQLResolveInfo) =>
      translatableResourceConnection(model, args, ctx, info),
    translatableResource: (args: { resourceId: string }) => translatableById(model, args.resourceId),
    translatableResourcesByIds: (args: PageArgs & { resourceIds: string[] }, ctx: ExecContext, info: GraphQLResolveInfo) =>
      translatableResourcesByIds(model, args, ctx, info),

    orders: (args: PageArgs & Args, ctx: ExecContext, info: GraphQLResolveInfo) =>
      orderConnection(model, model.orders, 'orders', args, ctx, info),
    ordersCount: (args: { query?: string | null; limit?: number | null }) =>
      count(orderList(model, model.orders, 'orders', { query: args.query, sortKey: 'ID' }).items.length, args.limit),
    order: (args: { id: string }, ctx: ExecContext) => orderNode(model, ctx, args.id),
    orderByIdentifier: (args: { identifier: Identifier }, ctx: ExecContext) => orderNode(model, ctx, args.identifier.id),

    customers: (args: PageArgs & Args, ctx: ExecContext, info: GraphQLResolveInfo) => customerConnection(model, args, ctx, info),
    customersCount: (args: { query?: string | null; limit?: number | null }) =>
      count(customerList(model, { query: args.query, sortKey: 'ID' }).items.length, args.limit),
    customer: (args: { id: string }, ctx: ExecContext) => customerNode(model, ctx, args.id),
    customerByIdentifier: (args: { identifier: Identifier }, ctx: ExecContext) => {
      const { id, emailAddress, phoneNumber } = args.identifier;
      if (id) return customerNode(model, ctx, id);
      const digits = (s: string | null | undefined) => (s ?? '').replace(/\D/g, '');
      const c = model.customers.find(
        (x) =>
          (emailAddress && x.email.toLowerCase() === emailAddress.toLowerCase()) ||
          (phoneNumber && digits(x.phone) === digits(phoneNumber)),
      );
      return c ? new CustomerNode(model, c) : null;
    },

    node: (args: { id: string }, ctx: ExecContext) => nodeById(model, ctx, args.id),
    nodes: (args: { ids: string[] }, ctx: ExecContext) => args.ids.map((id) => nodeById(model, ctx, id)),

    bulkOperation: (args: { id: string }, ctx: ExecContext) => ctx.bulkOperations.get(args.id),
    currentBulkOperation: (args: { type: string }, ctx: ExecContext) =>
      args.type === 'QUERY' ? ctx.bulkOperations.current(args.type) : null,
    bulkOperations: (args: PageArgs & { query?: string | null; sortKey?: string | null }, ctx: ExecContext, info: GraphQLResolveInfo) => {
      type Op = ReturnType<ExecContext['bulkOperations']['all']>[number];
      const search = compileSearch<Op>(
        args.query,
        (op, t) => {
          if (t.field === 'status') return matchText(op.status, t.value);
          if (t.field === 'operation_type') return matchText('QUERY', t.value);
          if (t.field === 'created_at') return matchDate(op.createdAt, t.comparator, t.value);
          return undefined;
        },
        new Set(['status', 'operation_type', 'created_at']),
      );
      const ops = ctx.bulkOperations.all().filter(search.matches);
      if (args.sortKey === 'COMPLETED_AT') ops.sort((a, b) => ((a.completedAt ?? '~') < (b.completedAt ?? '~') ? -1 : 1));
      return paginate(
        ops,
        args,
        ctx,
        info,
        (op) => op.number,
        (op) => op.node,
      );
    },
  };
}

/** Mutations the fake runs; every other mutation is refused before execution (see handler). */
export const SUPPORTED_MUTATIONS = new Set(['bulkOperationRunQuery', 'bulkOperationCancel']);

export function createMutationRoot() {
  return {
    bulkOperationRunQuery: (args: { query: string; groupObjects: boolean }, ctx: ExecContext) =>
      ctx.bulkOperations.runQuery(args.query, args.groupObjects),
    bulkOperationCancel: (args: { id: string }, ctx: ExecContext) => ctx.bulkOperations.cancel(args.id),
  };
}
