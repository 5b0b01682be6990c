// Checks a bulk query the way Shopify does before accepting it, and works out the shape of its
// result: which response keys are connections (their nodes become JSONL lines of their own, tagged
// with __parentId), which are objects kept inline, and how to page through the top-level field.
import {
  getNamedType,
  isCompositeType,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { isConnectionType } from '../cost';

export const MAX_BULK_CONNECTIONS = 5;
export const MAX_BULK_DEPTH = 2;

export interface ShapeEntry {
  kind: 'leaf' | 'object' | 'connection';
  /** For objects: their fields. For connections: the fields of one node. */
  children?: Shape;
  /** For connections: response-key paths to the node lists ([edges, node] or [nodes]). */
  nodePaths?: string[][];
}

export type Shape = Map<string, ShapeEntry>;

export interface BulkPlan {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  root: FieldNode;
  rootKey: string;
  rootIsConnection: boolean;
  /** Shape of one root line: a node of the root connection, or the root object itself. */
  rootShape: Shape;
  /** For a root connection: where its nodes are in the result. */
  rootNodePaths: string[][];
}

export type PlanResult = { plan: BulkPlan } | { error: string };

function mergeShapes(into: Shape, from: Shape): void {
  for (const [key, entry] of from) {
    const existing = into.get(key);
    if (!existing) {
      into.set(key, entry);
    } else {
      if (entry.children) {
        existing.children ??= new Map();
        mergeShapes(existing.children, entry.children);
      }
      if (entry.nodePaths) existing.nodePaths = [...(existing.nodePaths ?? []), ...entry.nodePaths];
    }
  }
}

export function planBulkQuery(schema: GraphQLSchema, query: string): PlanResult {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (e) {
    return { error: `Invalid bulk query: ${(e as Error).message}` };
  }
  const errors = validate(schema, document);
  if (errors.length) return { error: `Invalid bulk query: ${errors[0].message}` };

  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || operations[0].operation !== 'query')
    return { error: 'Bulk queries must contain exactly one query operation.' };
  const operation = operations[0];
  if (operation.variableDefinitions?.length) return { error: 'Bulk queries cannot use variables.' };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const rootFields = operation.selectionSet.selections.filter(
    (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value !== '__typename',
  );
  if (rootFields.length !== 1 || operation.selectionSet.selections.length !== rootFields.length) {
    return { error: 'Bulk queries must select exactly one top-level field.' };
  }
  const root = rootFields[0];

  let connections = 0;
  let problem: string | null = null;

  /** The fields of a selection set, fragments flattened, by response key. */
  function fieldsOf(set: SelectionSetNode | undefined, parent: GraphQLCompositeType, out: [FieldNode, GraphQLCompositeType][] = []) {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) out.push([sel, parent]);
      else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        fieldsOf(sel.selectionSet, type && isCompositeType(type) ? type : parent, out);
      } else {
        const fragment = fragments.get(sel.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment) fieldsOf(fragment.selectionSet, type && isCompositeType(type) ? type : parent, out);
      }
    }
    return out;
  }

  function shapeOf(set: SelectionSetNode | undefined, parent: GraphQLCompositeType, depth: number, isRoot = false): Shape {
    const shape: Shape = new Map();
    const fields = fieldsOf(set, parent);
    const nodeHasId = fields.some(([f]) => f.name.value === 'id' && !f.alias);
    for (const [field, owner] of fields) {
      const key = field.alias?.value ?? field.name.value;
      if (field.name.value.startsWith('__')) {
        mergeShapes(shape, new Map([[key, { kind: 'leaf' }]]));
        continue;
      }
      const def = 'getFields' in owner ? owner.getFields()[field.name.value] : undefined;
      const type = def && getNamedType(def.type);
      if (!type || !isCompositeType(type)) {
        mergeShapes(shape, new Map([[key, { kind: 'leaf' }]]));
      } else if (isConnectionType(type)) {
        connections++;
        if (depth + 1 > MAX_BULK_DEPTH)
          problem ??= `Bulk queries cannot contain connections with a nesting depth greater than ${MAX_BULK_DEPTH}.`;
        if (!isRoot && !nodeHasId) {
          problem ??= `The parent 'node' field for a nested connection must select the 'id' field without an alias. Connection field: '${field.name.value}'.`;
        }
        mergeShapes(shape, new Map([[key, connectionShape(field, type, depth + 1)]]));
      } else {
        mergeShapes(shape, new Map([[key, { kind: 'object', children: shapeOf(field.selectionSet, type, depth) }]]));
      }
    }
    return shape;
  }

  function connectionShape(field: FieldNode, type: GraphQLCompositeType, depth: number): ShapeEntry {
    const children: Shape = new Map();
    const nodePaths: string[][] = [];
    for (const [f, owner] of fieldsOf(field.selectionSet, type)) {
      const key = f.alias?.value ?? f.name.value;
      const def = 'getFields' in owner ? owner.getFields()[f.name.value] : undefined;
      const t = def && getNamedType(def.type);
      if (f.name.value === 'nodes' && t && isCompositeType(t)) {
        nodePaths.push([key]);
        mergeShapes(children, shapeOf(f.selectionSet, t, depth));
      } else if (f.name.value === 'edges' && t && isCompositeType(t)) {
        for (const [n, edgeType] of fieldsOf(f.selectionSet, t)) {
          if (n.name.value !== 'node') continue;
          const nodeDef = 'getFields' in edgeType ? edgeType.getFields().node : undefined;
          const nodeType = nodeDef && getNamedType(nodeDef.type);
          if (!nodeType || !isCompositeType(nodeType)) continue;
          nodePaths.push([key, n.alias?.value ?? 'node']);
          mergeShapes(children, shapeOf(n.selectionSet, nodeType, depth));
        }
      }
      // pageInfo and cursors mean nothing in a bulk result: Shopify leaves them out.
    }
    return { kind: 'connection', children, nodePaths };
  }

  const rootShape = shapeOf(operation.selectionSet, schema.getQueryType()!, 0, true);
  if (problem) return { error: problem };
  if (connections === 0) return { error: 'Bulk queries must contain at least one connection.' };
  if (connections > MAX_BULK_CONNECTIONS) return { error: `Bulk queries cannot contain more than ${MAX_BULK_CONNECTIONS} connections.` };

  const rootKey = root.alias?.value ?? root.name.value;
  const rootEntry = rootShape.get(rootKey)!;
  return {
    plan: {
      document,
      operation,
      root,
      rootKey,
      rootIsConnection: rootEntry.kind === 'connection',
      rootShape: rootEntry.children ?? new Map(),
      rootNodePaths: rootEntry.nodePaths ?? [],
    },
  };
}
