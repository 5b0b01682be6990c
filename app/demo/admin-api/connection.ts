// Relay connections as the Admin API serves them: opaque cursors, first/last/after/before, `reverse`,
// pageInfo. Shopify insists on `first` or `last` (at most 250) except inside bulk operations, where
// nested connections return everything.
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { warnUnknownSearchFields, type ExecContext } from './context';

export const MAX_PAGE_SIZE = 250;

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  reverse?: boolean | null;
}

export interface Connection<N> {
  edges: { cursor: string; node: N }[];
  nodes: N[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

function encodeCursor(key: string, index: number): string {
  return Buffer.from(JSON.stringify({ last_id: key, index })).toString('base64');
}

function decodeCursor(cursor: string): { key: string; index: number } | null {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8')) as { last_id?: unknown; index?: unknown };
    if (typeof parsed.last_id === 'string' && typeof parsed.index === 'number') return { key: parsed.last_id, index: parsed.index };
  } catch {
    // fall through: not one of ours
  }
  return null;
}

/** True for connection fields that bulk operations expand without limits (every one but the root). */
export function isUnlimited(ctx: ExecContext, info: GraphQLResolveInfo): boolean {
  return ctx.bulk && info.path.prev !== undefined;
}

/**
 * One page of `items` (already filtered and sorted; `reverse` is applied here without copying).
 * `key` gives the stable id a cursor remembers; `toNode` builds the API object for an item.
 */
export function paginate<T, N>(
  items: readonly T[],
  args: PageArgs,
  ctx: ExecContext,
  info: GraphQLResolveInfo,
  key: (item: T) => string,
  toNode: (item: T, index: number) => N,
): Connection<N> {
  const length = items.length;
  const at = (i: number) => (args.reverse ? items[length - 1 - i] : items[i]);
  const unlimited = isUnlimited(ctx, info);
  const { first, last } = args;
  if (!unlimited) {
    if (first == null && last == null) throw new GraphQLError('you must provide one of first or last');
    for (const [name, value] of [
      ['first', first],
      ['last', last],
    ] as const) {
      if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
        throw new GraphQLError(
          `${name} must be between 0 and ${MAX_PAGE_SIZE}; the fake, like Shopify, caps page size at ${MAX_PAGE_SIZE}.`,
        );
      }
    }
  }

  const indexOf = (cursor: string): number => {
    const decoded = decodeCursor(cursor);
    if (decoded) {
      if (decoded.index < length && key(at(decoded.index)) === decoded.key) return decoded.index;
      for (let i = 0; i < length; i++) if (key(at(i)) === decoded.key) return i;
    }
    throw new GraphQLError('Invalid cursor.', { extensions: { code: 'BAD_REQUEST' } });
  };

  let from = args.after ? indexOf(args.after) + 1 : 0;
  let to = args.before ? indexOf(args.before) : length;
  if (!unlimited) {
    if (first != null) to = Math.min(to, from + first);
    if (last != null) from = Math.max(from, to - last);
  }
  from = Math.min(from, to);

  let nodes: N[] | undefined;
  const pageNodes = () => {
    if (!nodes) {
      nodes = [];
      for (let i = from; i < to; i++) nodes.push(toNode(at(i), i));
    }
    return nodes;
  };
  const cursorAt = (i: number) => encodeCursor(key(at(i)), i);
  return {
    get nodes() {
      return pageNodes();
    },
    get edges() {
      // Cursors only when asked for: bulk operations page through every edge and never read them.
      return pageNodes().map((node, offset) => ({
        node,
        get cursor() {
          return cursorAt(from + offset);
        },
      }));
    },
    pageInfo: {
      hasNextPage: to < length,
      hasPreviousPage: from > 0,
      startCursor: to > from ? cursorAt(from) : null,
      endCursor: to > from ? cursorAt(to - 1) : null,
    },
  };
}

/** A searched, sorted list as a connection: search fields Shopify ignores are warned about as it does, then one page. */
export function searchedConnection<T, N>(
  listed: { items: readonly T[]; unknownFields: string[] },
  args: PageArgs & { query?: string | null },
  ctx: ExecContext,
  info: GraphQLResolveInfo,
  key: (item: T) => string,
  toNode: (item: T, index: number) => N,
): Connection<N> {
  if (args.query) warnUnknownSearchFields(ctx, info, args.query, listed.unknownFields);
  return paginate(listed.items, args, ctx, info, key, toNode);
}
