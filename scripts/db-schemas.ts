// Writes prisma/postgres/schema.prisma from prisma/schema.prisma: the models are shared, only the
// datasource provider and the client's output differ. Prisma can't switch providers by env var,
// so this keeps the two in step; test/db-schemas.test.ts fails when someone forgets to run it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function postgresSchemaFrom(sqliteSchema: string): string {
  return (
    '// GENERATED from prisma/schema.prisma by `npm run db:schemas`. Do not edit.\n' +
    sqliteSchema
      .replace('output     = "../generated/sqlite"', 'output     = "../../generated/postgres"')
      .replace('provider = "sqlite"', 'provider = "postgresql"')
      // The app connects through @prisma/adapter-pg with DATABASE_URL; this URL only feeds the CLI.
      .replace('url      = "file:./dev.sqlite"', 'url      = "postgresql://localhost/aisle"')
  );
}

export const SQLITE_SCHEMA = path.join(root, 'prisma/schema.prisma');
export const POSTGRES_SCHEMA = path.join(root, 'prisma/postgres/schema.prisma');

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  fs.mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
  fs.writeFileSync(POSTGRES_SCHEMA, postgresSchemaFrom(fs.readFileSync(SQLITE_SCHEMA, 'utf8')));
  console.log('wrote', path.relative(root, POSTGRES_SCHEMA));
}
