// The Prisma client for the configured database. Both generated clients come from the same models
// (prisma/schema.prisma and its generated PostgreSQL twin), so one type serves both.
import { createRequire } from 'node:module';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { PrismaClient as SqliteClient } from '../../generated/sqlite/index.js';
import type { DbConfig } from './config';

export type Db = SqliteClient;

// The generated clients are CommonJS outside node_modules; loading them through Node's require
// keeps bundlers (Vite's SSR transform) from rewriting them as ES modules, which breaks them.
const require = createRequire(import.meta.url);

/**
 * Prisma assumes SQLite's historic limit of 999 bound values per statement, which makes a
 * multi-row insert of a catalog batch fail; the SQLite in better-sqlite3 allows 32,766.
 */
class SqliteAdapterFactory extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    return Object.assign(adapter, { getConnectionInfo: () => ({ maxBindValues: 32_766, supportsRelationJoins: false }) });
  }
}

type SqlHelpers = Pick<typeof import('../../generated/sqlite/index.js').Prisma, 'sql' | 'join' | 'raw'>;

/**
 * Prisma's tagged-SQL helpers for the few hand-written queries, from the runtime of the client (or
 * transaction) at hand: each generated client bundles its own runtime, and a fragment built by the
 * other one would be sent as a bound value instead of SQL.
 */
export function sqlFor(db: Db): SqlHelpers {
  const provider = (db as unknown as { _activeProvider: string })._activeProvider;
  const module = provider === 'sqlite' ? '../../generated/sqlite/index.js' : '../../generated/postgres/index.js';
  return (require(module) as { Prisma: SqlHelpers }).Prisma;
}

export function createPrismaClient(config: DbConfig): Db {
  if (config.kind === 'postgres') {
    const { PrismaClient } = require('../../generated/postgres/index.js') as { PrismaClient: new (o: object) => Db };
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: config.url, max: 10 }) });
  }
  const { PrismaClient } = require('../../generated/sqlite/index.js') as { PrismaClient: new (o: object) => Db };
  return new PrismaClient({ adapter: new SqliteAdapterFactory({ url: config.url, timeout: 10_000 }) });
}
