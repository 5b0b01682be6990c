// The review worker of an app instance: runs due imports every few seconds, and once a minute the
// Claude analysis of shops that have a key (claude/schedule.ts), in the background of whichever
// instance has it started (by an upload, the report page noticing a waiting import, or the app's
// job worker at start-up). Nothing here holds state another instance needs: jobs and schedules
// live in the database, and each pass is leased there.
import { db } from '~/db.server';
import { createClaudeReviewSchedule } from './claude/schedule';
import { runDueImports } from './import/jobs';
import { refreshAfterImport } from './summary/refresh';

/** How often this instance looks for shops due a Claude pass (each shop is due far less often). */
const CLAUDE_SWEEP_MS = 60_000;

let timer: NodeJS.Timeout | undefined;
let running: Promise<unknown> | null = null;
let claudeRunning: Promise<unknown> | null = null;
let lastClaudeSweep = 0;
const log = (m: string, extra?: Record<string, unknown>) => console.log(`[reviews] ${m}`, extra ?? '');
const runDueClaudeAnalysis = createClaudeReviewSchedule({ db, log });

function tick(): Promise<unknown> {
  running ??= runDueImports({
    db,
    log,
    onImported: (shop, products) => refreshAfterImport(db, shop, products),
  })
    .catch((error) => console.error('[reviews] worker error', error))
    .finally(() => {
      running = null;
    });
  // Its own chain: a pass of single calls takes minutes and must not hold up imports.
  if (!claudeRunning && Date.now() - lastClaudeSweep >= CLAUDE_SWEEP_MS) {
    lastClaudeSweep = Date.now();
    claudeRunning = runDueClaudeAnalysis()
      .catch((error) => console.error('[reviews] claude sweep error', error))
      .finally(() => {
        claudeRunning = null;
      });
  }
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
