// A bulk result page as JSONL lines, in Shopify's format: one line per node of the top-level
// connection; the nodes of nested connections on lines of their own with "__parentId" (added last);
// other nested objects inline. Slashes are escaped as Shopify's files have them ("gid:\/\/shopify\/…"),
// which every JSON parser reads, but a consumer grepping raw lines would not.
import type { BulkPlan, Shape, ShapeEntry } from './plan';

type Json = Record<string, unknown>;
export type EmitLine = (line: string, depth: number) => void;

function nodesAt(value: unknown, paths: string[][]): Json[] {
  const v = value as Json | null;
  for (const [first, second] of paths) {
    const list = v?.[first];
    if (!Array.isArray(list)) continue;
    const nodes = second === undefined ? list : list.map((edge) => (edge as Json | null)?.[second]);
    return nodes.filter((n): n is Json => n != null && typeof n === 'object');
  }
  return [];
}

function inlineValue(value: unknown, shape: Shape | undefined, pending: [unknown, ShapeEntry][]): unknown {
  if (value == null || typeof value !== 'object' || !shape) return value;
  if (Array.isArray(value)) return value.map((v) => inlineValue(v, shape, pending));
  const out: Json = {};
  for (const [key, v] of Object.entries(value as Json)) {
    const entry = shape.get(key);
    if (entry?.kind === 'connection') {
      if (v != null) pending.push([v, entry]);
    } else {
      out[key] = entry?.kind === 'object' ? inlineValue(v, entry.children, pending) : v;
    }
  }
  return out;
}

function serialize(line: Json): string {
  return JSON.stringify(line).replace(/\//g, '\\/');
}

function emitNode(node: Json, shape: Shape, parentId: string | undefined, depth: number, emit: EmitLine): number {
  const pending: [unknown, ShapeEntry][] = [];
  const line = inlineValue(node, shape, pending) as Json;
  if (parentId !== undefined) line.__parentId = parentId;
  emit(serialize(line), depth);
  let count = 1;
  const id = typeof node.id === 'string' ? node.id : parentId;
  for (const [value, entry] of pending) {
    for (const child of nodesAt(value, entry.nodePaths ?? [])) count += emitNode(child, entry.children ?? new Map(), id, depth + 1, emit);
  }
  return count;
}

/** Emits the lines of one executed page; returns how many root objects and objects in all. */
export function emitPage(data: Json, plan: BulkPlan, emit: EmitLine): { roots: number; objects: number } {
  const rootValue = data[plan.rootKey];
  const roots = plan.rootIsConnection ? nodesAt(rootValue, plan.rootNodePaths) : rootValue ? [rootValue as Json] : [];
  let objects = 0;
  for (const node of roots) objects += emitNode(node, plan.rootShape, undefined, 0, emit);
  return { roots: roots.length, objects };
}
