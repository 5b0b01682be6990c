// Shopify global ids (gid://shopify/<Type>/<number>). Objects the demo store has no ids for (media,
// options, line items, ...) get ids derived from their owner's id and position, so the same store
// always yields the same ids and `node(id:)` can find them again.

export function gid(type: string, id: string | number): string {
  return `gid://shopify/${type}/${id}`;
}

export function parseGid(value: string): { type: string; id: string } | null {
  const m = /^gid:\/\/shopify\/([A-Za-z]+)\/([0-9]+)(?:\?.*)?$/.exec(value);
  return m ? { type: m[1], id: m[2] } : null;
}

/** The numeric part of a gid ("gid://shopify/Product/12" → "12"); other strings pass unchanged. */
export function legacyId(value: string): string {
  return parseGid(value)?.id ?? value;
}

/**
 * A child's number: the owner's number followed by a 3-digit position (Shopify caps media at 250 and
 * options at 3 per product, line items per order are far below 1000), so it can be split back.
 */
export function childNumber(ownerNumber: string, index: number): string {
  return `${ownerNumber}${String(index + 1).padStart(3, '0')}`;
}

export function splitChildNumber(childId: string): { owner: string; index: number } | null {
  if (childId.length < 4) return null;
  const index = Number(childId.slice(-3)) - 1;
  return index >= 0 ? { owner: childId.slice(0, -3), index } : null;
}

/** Numeric id strings compare by length first, so "9" < "10" without losing precision. */
export function compareNumericIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
