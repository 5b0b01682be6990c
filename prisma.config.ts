// Prisma's CLI runs with the JavaScript schema engine and a driver adapter, so nothing is downloaded:
// `prisma generate` and `prisma migrate diff` work offline. Migrations are applied at run time by
// app/db/migrate.server.ts (same SQL files, both databases), not by `prisma migrate deploy`.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  async adapter() {
    return new PrismaBetterSQLite3({ url: 'file:' + path.resolve('prisma/dev.sqlite') });
  },
});
