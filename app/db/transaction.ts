// Runs `fn` in a transaction, or inside the caller's when `db` already is one (an interactive
// transaction client has no $transaction), so domain functions compose: a webhook handler can wrap
// its delivery record and a catalog write in one transaction.
import type { Db } from './client.server';

export async function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  if (typeof (db as { $transaction?: unknown }).$transaction !== 'function') return fn(db);
  return db.$transaction((tx) => fn(tx as unknown as Db), { timeout: 60_000 });
}
