// The Prisma client for the configured database. Both generated clients come from the same models
// (prisma/schema.prisma and its generated PostgreSQL twin), so one type serves both.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from '../../generated/sqlite/index.js';
import { PrismaClient as PostgresClient } from '../../generated/postgres/index.js';
import type { DbConfig } from './config';

export type Db = SqliteClient;

export function createPrismaClient(config: DbConfig): Db {
  if (config.kind === 'postgres') {
    const adapter = new PrismaPg({ connectionString: config.url, max: 10 });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const adapter = new PrismaBetterSQLite3({ url: config.url });
  return new SqliteClient({ adapter });
}
