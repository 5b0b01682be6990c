// Writes a new migration for both databases: `npm run db:migration -- <name>`.
// The SQL is the diff from the schema snapshot kept with the previous migration to the current
// prisma/schema.prisma, computed offline by `prisma migrate diff` (no shadow database needed; it runs under the
// SQLite CLI config for both, since a datamodel-to-datamodel diff needs no database connection).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { migrationsDir, listMigrations } from '../app/db/migrate.server';
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchemaFrom } from './db-schemas';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migration -- <snake_case_name>');
  process.exit(2);
}

const current = fs.readFileSync(SQLITE_SCHEMA, 'utf8');
fs.writeFileSync(POSTGRES_SCHEMA, postgresSchemaFrom(current));
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);

for (const kind of ['sqlite', 'postgres'] as const) {
  const previous = listMigrations(kind).at(-1);
  const target = kind === 'sqlite' ? SQLITE_SCHEMA : POSTGRES_SCHEMA;
  const from = previous
    ? ['--from-schema-datamodel', path.join(migrationsDir(kind), previous.name, 'schema.prisma')]
    : ['--from-empty'];
  const sql = execFileSync(
    'npx',
    ['prisma', 'migrate', 'diff', ...from, '--to-schema-datamodel', target, '--script'],
    { encoding: 'utf8', env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' }},
  );
  if (!/CREATE|ALTER|DROP/.test(sql)) {
    console.log(`${kind}: no schema change`);
    continue;
  }
  const dir = path.join(migrationsDir(kind), `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
  fs.copyFileSync(target, path.join(dir, 'schema.prisma'));
  console.log(`${kind}: wrote ${path.relative(process.cwd(), dir)}`);
}
