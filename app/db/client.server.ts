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

export function createPrismaClient(config: DbConfig): Db {
  if (config.kind === 'postgres') {
    const { PrismaClient } = require('../../generated/postgres/index.js') as { PrismaClient: new (o: object) => Db };
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: config.url, max: 10 }) });
  }
  const { PrismaClient } = require('../../generated/sqlite/index.js') as { PrismaClient: new (o: object) => Db };
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: config.url }) });
}
