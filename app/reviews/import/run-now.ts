// `npm run reviews -- import FILE --shop DOMAIN`: queues the file and runs the job in this
// process (the same job an upload in the admin creates), printing progress.
import fs from 'node:fs';
import path from 'node:path';
import { createPrismaClient } from '~/db/client.server';
import { dbConfigFrom } from '~/db/config';
import { migrate } from '~/db/migrate.server';
import { refreshAfterImport } from '../summary/refresh';
import { requestImport, runDueImports, listImports } from './jobs';
import type { ReviewFormat } from './formats';

export async function runImportNow(shop: string, file: string, format: ReviewFormat['id'] | undefined, print: (line: string) => void): Promise<void> {
  const config = dbConfigFrom();
  await migrate(config);
  const db = createPrismaClient(config);
  try {
    const started = performance.now();
    const { id, format: detected } = await requestImport(db, shop, { name: path.basename(file), content: fs.readFileSync(file, 'utf8'), format });
    print(`import ${id}: ${detected} export`);
    await runDueImports({
      db,
      onProgress: (p) => print(`  ${p.rowsDone}/${p.rowsTotal} rows, ${p.imported} new reviews`),
      onImported: (s, products) => refreshAfterImport(db, s, products),
    });
    const [status] = (await listImports(db, shop, 5)).filter((j) => j.id === id);
    print(`${status.status}: ${status.imported} imported, ${status.duplicates} already there, ${status.malformed} malformed, ${status.unmatched} unmatched, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    for (const p of status.problems.slice(0, 20)) print(`  row ${p.row}: ${p.kind}: ${p.reason}`);
    if (status.error) print(`  error: ${status.error}`);
  } finally {
    await db.$disconnect();
  }
}
