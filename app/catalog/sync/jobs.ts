// Sync jobs live in the database, not in a server's memory: any instance can pick up a pending
// job or one whose holder stopped heartbeating (lease expired), so an interrupted sync resumes.
import type { Db } from '~/db/client.server';
import type { AdminGraphql } from '~/shopify/admin-query';
import { runFullSync, type SyncDeps } from './run-sync';

/** A running job not heard from for this long is considered abandoned. */
export const LEASE_MS = 2 * 60_000;
const MAX_ATTEMPTS = 5;

/** Queues a full sync unless one is already pending or running. Returns the job id. */
export async function requestSync(db: Db, shop: string): Promise<string> {
  const active = await db.syncJob.findFirst({ where: { shop, status: { in: ['pending', 'running'] } }, orderBy: { startedAt: 'desc' } });
  if (active) return active.id;
  const job = await db.syncJob.create({ data: { shop } });
  return job.id;
}

/** Atomically takes a job: only one instance wins the update. */
async function claim(db: Db, jobId: string): Promise<boolean> {
  const staleBefore = new Date(Date.now() - LEASE_MS);
  const { count } = await db.syncJob.updateMany({
    where: {
      id: jobId,
      OR: [{ status: 'pending' }, { status: 'running', updatedAt: { lt: staleBefore } }],
    },
    data: { status: 'running', attempts: { increment: 1 }, updatedAt: new Date() },
  });
  return count === 1;
}

export interface JobRunnerDeps extends Omit<SyncDeps, 'graphql'> {
  /** An Admin API client for a shop (its offline session), or null when the shop has none. */
  graphqlFor: (shop: string) => Promise<AdminGraphql | null>;
  log?: (message: string, extra?: Record<string, unknown>) => void;
  /** Called after a shop's sync completes (e.g. to warm its search index before shoppers ask). */
  onCompleted?: (shop: string) => Promise<void> | void;
}

/** Runs every job that is waiting or abandoned. Safe to call from many instances at once. */
export async function runDueJobs(deps: JobRunnerDeps): Promise<number> {
  const { db } = deps;
  const staleBefore = new Date(Date.now() - LEASE_MS);
  const due = await db.syncJob.findMany({
    where: { OR: [{ status: 'pending' }, { status: 'running', updatedAt: { lt: staleBefore } }] },
    orderBy: { startedAt: 'asc' },
    take: 10,
  });
  let ran = 0;
  for (const job of due) {
    if (!(await claim(db, job.id))) continue;
    ran++;
    await runJob(deps, job.id, job.shop, job.attempts + 1);
  }
  return ran;
}

async function runJob(deps: JobRunnerDeps, jobId: string, shop: string, attempt: number): Promise<void> {
  const { db } = deps;
  try {
    const graphql = await deps.graphqlFor(shop);
    if (!graphql) throw Object.assign(new Error('the shop has no offline session (not installed)'), { retriable: false });
    await runFullSync({ ...deps, graphql }, shop, jobId);
    deps.log?.('catalog sync completed', { shop, jobId });
    await deps.onCompleted?.(shop);
  } catch (error) {
    const e = error as Error & { retriable?: boolean };
    const retry = e.retriable !== false && attempt < MAX_ATTEMPTS;
    deps.log?.('catalog sync failed', { shop, jobId, attempt, retry, error: e.message });
    await db.syncJob.update({
      where: { id: jobId },
      data: retry ? { status: 'pending', error: e.message } : { status: 'failed', error: e.message, finishedAt: new Date() },
    });
  }
}

export interface SyncStatus {
  productsIndexed: number;
  lastSyncAt: Date | null;
  state: 'never' | 'pending' | 'running' | 'completed' | 'failed';
  progress: { productsSynced: number } | null;
  error: string | null;
  policies: number;
}

export async function getSyncStatus(db: Db, shop: string): Promise<SyncStatus> {
  const [productsIndexed, policies, latest, lastCompleted] = await Promise.all([
    db.product.count({ where: { shop, deletedAt: null } }),
    db.policy.count({ where: { shop } }),
    db.syncJob.findFirst({ where: { shop }, orderBy: { startedAt: 'desc' } }),
    db.syncJob.findFirst({ where: { shop, status: 'completed' }, orderBy: { finishedAt: 'desc' } }),
  ]);
  return {
    productsIndexed,
    policies,
    lastSyncAt: lastCompleted?.finishedAt ?? null,
    state: (latest?.status as SyncStatus['state']) ?? 'never',
    progress: latest && latest.status !== 'completed' ? { productsSynced: latest.productsSynced } : null,
    error: latest?.error ?? null,
  };
}
