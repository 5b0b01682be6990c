// The process-wide database client. Routes and jobs import `db`; domain modules take a `Db`
// argument instead, so tests can hand them a fresh database.
import { dbConfigFrom } from './db/config';
import { createPrismaClient, type Db } from './db/client.server';

declare global {
  // eslint-disable-next-line no-var
  var __aisleDb: Db | undefined;
}

// Vite's dev server reloads modules; keep one client (and one connection pool) per process.
export const db: Db = globalThis.__aisleDb ?? (globalThis.__aisleDb = createPrismaClient(dbConfigFrom()));

export type { Db };
export default db;
