// Applies the SQL migrations in prisma/migrations (SQLite) or prisma/postgres/migrations
// (PostgreSQL) in order, each once, recorded in _aisle_migrations. Prisma's own `migrate deploy`
// can't run offline against PostgreSQL with the JS engine (prisma/orm#27403), so both databases use
// this one path. Migration files are written by `npm run db:migration -- <name>`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { DbConfig } from './config';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function migrationsDir(kind: DbConfig['kind']): string {
  return path.join(ROOT, 'prisma', kind === 'sqlite' ? 'migrations' : 'postgres/migrations');
}

export function listMigrations(kind: DbConfig['kind']): { name: string; sql: string }[] {
  const dir = migrationsDir(kind);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, 'migration.sql')))
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8') }));
}

const LEDGER = `CREATE TABLE IF NOT EXISTS "_aisle_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TEXT NOT NULL)`;

/** Returns the names of the migrations applied by this call. */
export async function migrate(config: DbConfig): Promise<string[]> {
  return config.kind === 'sqlite' ? migrateSqlite(config.url) : migratePostgres(config.url);
}

function migrateSqlite(file: string): string[] {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.exec(LEDGER);
    const done = new Set(db.prepare('SELECT name FROM _aisle_migrations').pluck().all() as string[]);
    const applied: string[] = [];
    for (const m of listMigrations('sqlite')) {
      if (done.has(m.name)) continue;
      db.transaction(() => {
        db.exec(m.sql);
        db.prepare('INSERT INTO _aisle_migrations (name, appliedAt) VALUES (?, ?)').run(m.name, new Date().toISOString());
      })();
      applied.push(m.name);
    }
    return applied;
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One migrator at a time across instances starting together.
    await client.query('SELECT pg_advisory_lock(727364)');
    await client.query(LEDGER);
    const { rows } = await client.query<{ name: string }>('SELECT name FROM "_aisle_migrations"');
    const done = new Set(rows.map((r) => r.name));
    const applied: string[] = [];
    for (const m of listMigrations('postgres')) {
      if (done.has(m.name)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO "_aisle_migrations" (name, "appliedAt") VALUES ($1, $2)', [m.name, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${m.name} failed: ${(error as Error).message}`);
      }
      applied.push(m.name);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock(727364)').catch(() => {});
    await client.end();
  }
}
