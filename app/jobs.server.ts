// The background worker of each app instance: every few seconds it runs due sync jobs from the
// database (see catalog/sync/jobs.ts) and e-mails new hand-off requests (handoffs/notify.ts).
// Started when the server starts; nothing here holds state another instance needs.
import { db } from './db.server';
import { runDueJobs } from './catalog/sync/jobs';
import { emailNewHandoffs } from './handoffs/notify';

let timer: NodeJS.Timeout | undefined;
let running: Promise<unknown> | null = null;
let mailing: Promise<unknown> | null = null;

async function graphqlFor(shop: string) {
  const { unauthenticated } = await import('./shopify.server');
  try {
    const { admin } = await unauthenticated.admin(shop);
    return admin.graphql;
  } catch {
    return null;
  }
}

function tick(): Promise<unknown> {
  running ??= runDueJobs({
    db,
    graphqlFor,
    log: (m, extra) => console.log(`[jobs] ${m}`, extra ?? ''),
    // A big shop's index takes seconds to build: build it now, not on a shopper's first search.
    onCompleted: async (shop) => {
      const { catalogSearch } = await import('./services.server');
      await catalogSearch.search(shop, { q: '', options: [], limit: 1 });
    },
  })
    .catch((error) => console.error('[jobs] worker error', error))
    .finally(() => {
      running = null;
    });
  // Its own chain: a slow SMTP server must not hold up syncs.
  mailing ??= emailNewHandoffs(db, { log: (m, extra) => console.log(`[handoffs] ${m}`, extra ?? '') })
    .catch((error) => console.error('[handoffs] mail error', error))
    .finally(() => {
      mailing = null;
    });
  return running;
}

/** Runs due jobs now (e.g. right after a sync was requested) and starts the periodic sweep. */
export function kickJobs(): void {
  if (process.env.AISLE_DISABLE_JOBS === '1') return;
  if (!timer) {
    timer = setInterval(tick, Number(process.env.AISLE_JOB_INTERVAL_MS ?? 5000));
    timer.unref();
  }
  void tick();
  // Review imports are background jobs of their own kind, swept the same way.
  void import('./reviews/jobs.server').then((m) => m.kickReviewImports());
}

/** For tests and shutdown: waits for the current sweep. */
export function jobsIdle(): Promise<unknown> {
  return running ?? Promise.resolve();
}
