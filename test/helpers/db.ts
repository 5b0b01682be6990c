// A fresh, migrated database per test file. SQLite (a temp file) by default; when
// TEST_POSTGRES_URL is set (CI's second pass, see scripts/test.ts) a new PostgreSQL database is
// created on that server instead, so the same tests prove both engines.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient, type Db } from '~/db/client.server';
import type { DbConfig } from '~/db/config';
import { migrate } from '~/db/migrate.server';

export interface TestDb {
  db: Db;
  config: DbConfig;
  drop(): Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  const name = `aisle_t_${crypto.randomBytes(6).toString('hex')}`;
  const server = process.env.TEST_POSTGRES_URL;
  if (server) {
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    const config: DbConfig = { kind: 'postgres', url: url.toString() };
    await migrate(config);
    const db = createPrismaClient(config);
    return {
      db,
      config,
      async drop() {
        await db.$disconnect();
        const c = new pg.Client({ connectionString: server });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const file = path.join(os.tmpdir(), `${name}.sqlite`);
  const config: DbConfig = { kind: 'sqlite', url: file };
  await migrate(config);
  const db = createPrismaClient(config);
  return {
    db,
    config,
    async drop() {
      await db.$disconnect();
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    },
  };
}
