// Shopify's query cost model, simplified: scalars and enums cost 0, objects 1, connections 2 plus
// page size times the cost of one node, mutations 10. The requested cost is computed from the
// document before running it; the actual cost counts what came back. A leaky bucket per shop holds
// the points (Shopify's defaults: 2,000 available, 100 restored per second), and a single query may
// not ask for more than 1,000.
import {
  getArgumentValues,
  getNamedType,
  isCompositeType,
  isLeafType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export const SINGLE_QUERY_MAX_COST = 1000;
export const MUTATION_COST = 10;

const connectionTypes = new WeakMap<GraphQLNamedType, boolean>();

/** A Relay connection type: an object named *Connection with edges and pageInfo. */
export function isConnectionType(type: GraphQLNamedType): boolean {
  let known = connectionTypes.get(type);
  if (known === undefined) {
    known = isObjectType(type) && type.name.endsWith('Connection') && 'edges' in type.getFields() && 'pageInfo' in type.getFields();
    connectionTypes.set(type, known);
  }
  return known;
}

/** Edges and pageInfo are part of their connection's price. */
export function isFreeWrapper(type: GraphQLNamedType): boolean {
  return type.name === 'PageInfo' || (type.name.endsWith('Edge') && isObjectType(type) && 'node' in type.getFields());
}

export function requestedQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  function selectionCost(set: SelectionSetNode | undefined, parent: GraphQLCompositeType, seen: Set<string>): number {
    if (!set) return 0;
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) cost += selectionCost(sel.selectionSet, type, seen);
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(sel.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && type && isCompositeType(type) && !seen.has(fragment.name.value)) {
          cost += selectionCost(fragment.selectionSet, type, new Set([...seen, fragment.name.value]));
        }
      } else if (!sel.name.value.startsWith('__') && 'getFields' in parent) {
        const field = parent.getFields()[sel.name.value];
        if (!field) continue;
        const type = getNamedType(field.type);
        if (isLeafType(type) || !isCompositeType(type)) continue;
        const inner = selectionCost(sel.selectionSet, type, seen);
        if (isConnectionType(type)) {
          let args: Record<string, unknown> = {};
          try {
            args = getArgumentValues(field, sel, variables);
          } catch {
            // invalid arguments fail at execution; price the field as one item
          }
          const size = (args.first ?? args.last ?? 1) as number;
          cost += 2 + size * inner;
        } else {
          cost += (isFreeWrapper(type) ? 0 : 1) + inner;
        }
      }
    }
    return cost;
  }

  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return 0;
  const cost = selectionCost(operation.selectionSet, root, new Set());
  if (operation.operation !== 'mutation') return cost;
  const mutations = operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD).length;
  return cost - mutations + MUTATION_COST * mutations;
}

/** Actual cost of one resolved field's value, added up as execution goes. */
export function actualFieldCost(type: GraphQLNamedType, value: unknown): number {
  if (value == null || !isCompositeType(type) || isFreeWrapper(type)) return 0;
  if (isConnectionType(type)) return 2;
  if (Array.isArray(value)) return value.filter((v) => v != null).length;
  return 1;
}

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export interface LeakyBucket {
  /** Takes `cost` points if available; returns false (and takes nothing) when the bucket is short. */
  take(cost: number): boolean;
  give(points: number): void;
  status(): ThrottleStatus;
}

export function createLeakyBucket(opts: { maximumAvailable: number; restoreRate: number; now: () => number }): LeakyBucket {
  let available = opts.maximumAvailable;
  let last = opts.now();
  const refill = () => {
    const t = opts.now();
    available = Math.min(opts.maximumAvailable, available + ((t - last) / 1000) * opts.restoreRate);
    last = t;
  };
  return {
    take(cost) {
      refill();
      if (cost > available) return false;
      available -= cost;
      return true;
    },
    give(points) {
      refill();
      available = Math.min(opts.maximumAvailable, available + points);
    },
    status() {
      refill();
      return { maximumAvailable: opts.maximumAvailable, currentlyAvailable: Math.floor(available), restoreRate: opts.restoreRate };
    },
  };
}
