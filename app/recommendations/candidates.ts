// The product facts recommendations rank on, read from the synced catalog: live products only
// (not deleted, ACTIVE), always within one shop.
import type { Db } from '~/db/client.server';

export interface Candidate {
  handle: string;
  productType: string;
  vendor: string;
  tags: string[];
  collections: string[];
  priceMin: number;
  available: boolean;
}

const SELECT = { handle: true, productType: true, vendor: true, tags: true, collections: true, priceMin: true, available: true } as const;

type Row = { handle: string; productType: string; vendor: string; tags: string; collections: string; priceMin: number; available: boolean };

function toCandidate(r: Row): Candidate {
  return {
    handle: r.handle,
    productType: r.productType,
    vendor: r.vendor,
    tags: JSON.parse(r.tags) as string[],
    collections: (JSON.parse(r.collections) as { handle: string }[]).map((c) => c.handle),
    priceMin: r.priceMin,
    available: r.available,
  };
}

const live = (shop: string) => ({ shop, deletedAt: null, status: 'ACTIVE' });

/** Live products by handle, in the order given; unknown or retired handles are dropped. */
export async function candidatesByHandle(db: Db, shop: string, handles: string[]): Promise<Candidate[]> {
  if (handles.length === 0) return [];
  const rows = await db.product.findMany({ where: { ...live(shop), handle: { in: handles } }, select: SELECT });
  const byHandle = new Map(rows.map((r) => [r.handle, toCandidate(r)]));
  return handles.map((h) => byHandle.get(h)).filter((c): c is Candidate => !!c);
}

/** Up to `take` live products that share the type, vendor, a tag or a collection with `basis`. */
export async function relatedCandidates(db: Db, shop: string, basis: Candidate, exclude: Set<string>, take = 400): Promise<Candidate[]> {
  // Tags and collections are JSON text columns: a quoted substring match finds one element on both
  // SQLite and PostgreSQL without a join table.
  const or = [
    ...(basis.productType ? [{ productType: basis.productType }] : []),
    ...(basis.vendor ? [{ vendor: basis.vendor }] : []),
    ...basis.tags.slice(0, 5).map((t) => ({ tags: { contains: JSON.stringify(t) } })),
    ...basis.collections.slice(0, 5).map((c) => ({ collections: { contains: `"handle":${JSON.stringify(c)}` } })),
  ];
  if (or.length === 0) return [];
  const rows = await db.product.findMany({
    where: { ...live(shop), handle: { notIn: [...exclude, basis.handle] }, OR: or },
    orderBy: { updatedAt: 'desc' },
    take,
    select: SELECT,
  });
  return rows.map(toCandidate);
}
