// Which database Aisle talks to. SQLite (a file) is the zero-configuration default; a
// postgres:// or postgresql:// DATABASE_URL selects PostgreSQL. Same code and schema for both.
import path from 'node:path';

export type DbKind = 'sqlite' | 'postgres';

export interface DbConfig {
  kind: DbKind;
  /** For SQLite a filesystem path (or ':memory:'), for PostgreSQL the connection string. */
  url: string;
}

export const DEFAULT_SQLITE_FILE = path.resolve('prisma', 'aisle.sqlite');

export function dbConfigFrom(url: string | undefined = process.env.DATABASE_URL): DbConfig {
  if (!url) return { kind: 'sqlite', url: DEFAULT_SQLITE_FILE };
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  if (url.startsWith('file:')) return { kind: 'sqlite', url: path.resolve(url.slice('file:'.length)) };
  throw new Error(
    `DATABASE_URL must be a postgres:// URL or a file: path for SQLite, got "${url.split(':')[0]}:…"`,
  );
}
