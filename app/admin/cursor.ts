// Keyset cursors for admin lists: a page is "rows after (createdAt, id)" in a fixed order, so
// page 4,000 costs what page 1 costs (an index range scan), unlike OFFSET which reads and discards
// every earlier row. The cursor is opaque to the client and validated on the way in.
export interface Cursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor(c: { createdAt: Date; id: string }): string {
  return Buffer.from(`${c.createdAt.toISOString()}|${c.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(value: string | null | undefined): Cursor | null {
  if (!value || value.length > 200) return null;
  const [iso, id, ...rest] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  if (rest.length || !id || !/^[\w-]{1,100}$/.test(id) || Number.isNaN(createdAt.getTime())) return null;
  return { createdAt, id };
}

/**
 * The where clause for rows strictly before (newest-first lists: "older") or after the cursor.
 * The extra lte/gte bound on createdAt lets the database start the index range at the cursor.
 */
export function keysetWhere(c: Cursor, direction: 'older' | 'newer') {
  return direction === 'older'
    ? { createdAt: { lte: c.createdAt }, OR: [{ createdAt: { lt: c.createdAt } }, { id: { lt: c.id } }] }
    : { createdAt: { gte: c.createdAt }, OR: [{ createdAt: { gt: c.createdAt } }, { id: { gt: c.id } }] };
}

/**
 * One page of a newest-first list, forward (`after`) or back (`before`): the where clause and order
 * to query with (take `pageSize + 1`), and `finish` to turn the rows into the page (in display
 * order) with the cursors of its neighbours.
 */
export function keysetPage<W extends object>(base: W, cursors: { after?: string; before?: string }, pageSize: number) {
  const after = decodeCursor(cursors.after);
  const before = after ? null : decodeCursor(cursors.before);
  const order = before ? ('asc' as const) : ('desc' as const);
  return {
    where: after ? { AND: [base, keysetWhere(after, 'older')] } : before ? { AND: [base, keysetWhere(before, 'newer')] } : base,
    orderBy: [{ createdAt: order }, { id: order }],
    take: pageSize + 1,
    finish<R extends { createdAt: Date; id: string }>(rows: R[]) {
      const more = rows.length > pageSize;
      const page = rows.slice(0, pageSize);
      if (before) page.reverse();
      const first = page[0];
      const last = page[page.length - 1];
      return {
        page,
        // Going forward there are older rows when this page overflowed, or always when we came back.
        nextCursor: last && (before ? true : more) ? encodeCursor(last) : null,
        prevCursor: first && (after || (before && more)) ? encodeCursor(first) : null,
      };
    },
  };
}
