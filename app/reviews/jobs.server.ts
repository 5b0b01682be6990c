// The review-import worker of an app instance: runs due imports every few seconds, in the
// background of whichever instance has it started (by an upload, or the report page noticing a
// waiting import). Nothing here holds state another instance needs: jobs live in the database.
import { db } from '~/db.server';
import { runDueImports } from './import/jobs';
import { refreshAfterImport } from './summary/refresh';

let timer: NodeJS.Timeout | undefined;
let running: Promise<unknown> | null = null;

function tick(): Promise<unknown> {
  running ??= runDueImports({
    db,
    log: (m, extra) => console.log(`[reviews] ${m}`, extra ?? ''),
    onImported: (shop, products) => refreshAfterImport(db, shop, products),
  })
    .catch((error) => console.error('[reviews] worker error', error))
    .finally(() => {
      running = null;
    });
  return running;
}

/** Runs due imports now and keeps sweeping (AISLE_DISABLE_JOBS=1 turns it off, as for syncs). */
export function kickReviewImports(): void {
  if (process.env.AISLE_DISABLE_JOBS === '1') return;
  if (!timer) {
    timer = setInterval(tick, Number(process.env.AISLE_JOB_INTERVAL_MS ?? 5000));
    timer.unref();
  }
  void tick();
}

export function reviewImportsIdle(): Promise<unknown> {
  return running ?? Promise.resolve();
}
