// When each shop's reviews go to Claude. A sweep (every minute, from the review worker of any app
// instance) looks at the shops with a key (the operator's or their own) that have reviews Claude has
// not analysed: a shop is due a day after its last pass, sooner when at least `soonAfter` reviews
// wait (an import), and sooner again to retry a pass that left reviews unanswered. The pass runs
// under a lease in ReviewClaudeSchedule, so one instance at a time sends a shop's reviews. A Message
// Batch is submitted and its id kept; later sweeps poll it and read the answers into the cache,
// so no sweep waits hours and a batch outlives the instance that sent it.
//
// Cost: passes spend within the shop's monthly cap, and stop at NEAR_CAP_RATIO of it so the last
// part stays for shoppers' conversations; what they spend is metered like any Claude turn (a
// UsageRecord with no conversation).
import Anthropic from '@anthropic-ai/sdk';
import type { Db } from '~/db/client.server';
import { resolveClaudeConfig, type ClaudeConfig } from '~/assistant/usage/claude-config.server';
import { capStatus, NEAR_CAP_RATIO, operatorCapFromEnv, recordUsage } from '~/assistant/usage/metering.server';
import { CLAUDE_ANALYSIS_VERSION, createClaudeBatchReader, createClaudeReviewAnalysis, type Spend } from './batch-analysis';

type Env = Record<string, string | undefined>;
type Client = Pick<Anthropic, 'messages'>;

/** A pass not heard from for this long is considered abandoned (it heartbeats after every call). */
export const CLAUDE_LEASE_MS = 5 * 60_000;
const HOUR = 3600_000;

export interface ClaudeScheduleOptions {
  db: Db;
  env?: Env;
  /** The API client for a shop's key (tests point it at a fake). */
  clientFor?: (config: ClaudeConfig) => Client;
  now?: () => Date;
  /** A shop with reviews waiting is analysed this long after its last pass (default a day). */
  intervalMs?: number;
  /** …or sooner once this many wait (default 50, the size from which a Message Batch is used)… */
  soonAfter?: number;
  /** …but not within this long of its last pass (default an hour). */
  minGapMs?: number;
  /** First retry delay after a pass that left reviews unanswered; doubles per failure, up to intervalMs. */
  retryMs?: number;
  /** How often a batch in flight is polled (default 5 minutes). */
  batchPollMs?: number;
  /** Most reviews per pass (newest first); the rest wait for the next. */
  maxPerPass?: number;
  /** From this many reviews a pass uses the Message Batches API (default 50). */
  batchFrom?: number;
  log?: (message: string, extra?: Record<string, unknown>) => void;
}

export type SweepOutcome =
  | { shop: string; outcome: 'not_due' | 'over_cap' | 'leased' | 'batch_waiting' }
  | { shop: string; outcome: 'ran'; sent: number; fromCache: number; failed: number; deferred: number; batchId: string | null }
  | { shop: string; outcome: 'batch_read'; answered: number; unanswered: number }
  | { shop: string; outcome: 'failed'; error: string };

type ScheduleRow = NonNullable<Awaited<ReturnType<Db['reviewClaudeSchedule']['findUnique']>>>;
type RowUpdate = Partial<Pick<ScheduleRow, 'lastRunAt' | 'nextRunAt' | 'failures' | 'error' | 'batchId' | 'batchModel'>>;

/** Installed shops a key could serve: all of them with the operator's key, else those with their own. */
async function shopsWithKey(db: Db, env: Env): Promise<string[]> {
  const own = env.ANTHROPIC_API_KEY?.trim()
    ? undefined
    : (await db.shopSettings.findMany({ where: { anthropicKey: { not: null } }, select: { shop: true } })).map((s) => s.shop);
  const shops = await db.shop.findMany({
    where: { uninstalledAt: null, ...(own ? { domain: { in: own } } : {}) },
    select: { domain: true },
  });
  return shops.map((s) => s.domain);
}

export function createClaudeReviewSchedule(opts: ClaudeScheduleOptions) {
  const { db } = opts;
  const now = opts.now ?? (() => new Date());
  const intervalMs = opts.intervalMs ?? 24 * HOUR;
  const soonAfter = opts.soonAfter ?? 50;
  const minGapMs = opts.minGapMs ?? HOUR;
  const retryMs = opts.retryMs ?? 15 * 60_000;
  const batchPollMs = opts.batchPollMs ?? 5 * 60_000;
  const maxPerPass = opts.maxPerPass ?? 2000;
  const log = opts.log ?? (() => {});

  const clientFor =
    opts.clientFor ??
    ((config: ClaudeConfig) =>
      new Anthropic({
        apiKey: config.apiKey,
        baseURL: (opts.env ?? process.env).ANTHROPIC_BASE_URL || undefined,
        maxRetries: 2,
        timeout: 120_000,
      }));

  const later = (ms: number) => new Date(now().getTime() + ms);
  const retryDelay = (failures: number) => Math.min(intervalMs, retryMs * 2 ** Math.max(0, failures - 1));

  /** Up to `atMost`: enough to tell "some" from "an import's worth". */
  async function waiting(shop: string, atMost: number): Promise<number> {
    const rows = await db.review.findMany({
      where: { shop, published: true, analysisVersion: { lt: CLAUDE_ANALYSIS_VERSION } },
      select: { id: true },
      take: atMost,
    });
    return rows.length;
  }

  function isDue(row: ScheduleRow | undefined, pending: number): boolean {
    const t = now().getTime();
    if (!row?.lastRunAt) return true;
    if (row.nextRunAt && t >= row.nextRunAt.getTime()) return true;
    return pending >= soonAfter && t - row.lastRunAt.getTime() >= minGapMs;
  }

  /**
   * Takes the shop's lease, only if the row is still as this sweep saw it: an instance that ran
   * the shop in the meantime changed lastRunAt or batchId, and the pass it did is not repeated.
   */
  async function claim(shop: string, seen: ScheduleRow | undefined): Promise<boolean> {
    if (!seen) {
      try {
        await db.reviewClaudeSchedule.create({ data: { shop, updatedAt: now() } });
      } catch {
        // Another instance created it first; the claim below decides who runs.
      }
    }
    const { count } = await db.reviewClaudeSchedule.updateMany({
      where: {
        shop,
        lastRunAt: seen?.lastRunAt ?? null,
        batchId: seen?.batchId ?? null,
        OR: [{ status: 'idle' }, { status: 'running', updatedAt: { lt: new Date(now().getTime() - CLAUDE_LEASE_MS) } }],
      },
      data: { status: 'running', updatedAt: now() },
    });
    return count === 1;
  }

  const heartbeat = (shop: string) => () =>
    db.reviewClaudeSchedule.updateMany({ where: { shop, status: 'running' }, data: { updatedAt: now() } });
  const release = (shop: string, data: RowUpdate) =>
    db.reviewClaudeSchedule.update({ where: { shop }, data: { ...data, status: 'idle', updatedAt: now() } });
  const meter = (shop: string, model: string) => (spend: Spend) => recordUsage(db, shop, null, { ...spend, model }, 'ok');

  async function pass(shop: string, config: ClaudeConfig, row: ScheduleRow | undefined, budgetUsd: number): Promise<SweepOutcome> {
    const startedAt = now();
    const failures = row?.failures ?? 0;
    const analyze = createClaudeReviewAnalysis({
      db,
      client: clientFor(config),
      model: config.model,
      batchFrom: opts.batchFrom,
      heartbeat: heartbeat(shop),
      onSpend: meter(shop, config.model),
      onBatchSubmitted: (batchId) =>
        db.reviewClaudeSchedule.update({ where: { shop }, data: { batchId, batchModel: config.model, updatedAt: now() } }),
    });
    try {
      const r = await analyze(shop, { limit: maxPerPass, budgetUsd, waitForBatch: false });
      const failed = r.failed > 0;
      await release(shop, {
        lastRunAt: startedAt,
        nextRunAt: failed ? later(retryDelay(failures + 1)) : later(intervalMs),
        failures: failed ? failures + 1 : 0,
        error: failed ? `${r.failed} reviews unanswered` : null,
      });
      const sent = r.viaMessages + r.submitted + r.failed;
      if (sent) log('claude review pass', { shop, sent, failed: r.failed, batchId: r.batchId });
      return { shop, outcome: 'ran', sent, fromCache: r.fromCache, failed: r.failed, deferred: r.deferred, batchId: r.batchId };
    } catch (error) {
      const message = (error as Error).message;
      await release(shop, { lastRunAt: startedAt, nextRunAt: later(retryDelay(failures + 1)), failures: failures + 1, error: message });
      log('claude review pass failed', { shop, error: message });
      return { shop, outcome: 'failed', error: message };
    }
  }

  async function collect(shop: string, config: ClaudeConfig, row: ScheduleRow & { batchId: string }): Promise<SweepOutcome> {
    // The batch asked the model it was sent with; answers are cached and metered under it.
    const model = row.batchModel ?? config.model;
    const client = clientFor(config);
    try {
      const read = await createClaudeBatchReader({ db, client, model, onSpend: meter(shop, model) })(row.batchId);
      if (!read.ended) {
        await release(shop, {});
        return { shop, outcome: 'batch_waiting' };
      }
      // Apply what came back (from the cache); anything unanswered is sent again at the retry.
      await createClaudeReviewAnalysis({ db, client, model: config.model })(shop, { limit: maxPerPass, send: false });
      const failed = read.unanswered > 0;
      await release(shop, {
        batchId: null,
        batchModel: null,
        failures: failed ? row.failures + 1 : 0,
        error: failed ? `${read.unanswered} reviews unanswered in batch ${row.batchId}` : null,
        ...(failed ? { nextRunAt: later(retryDelay(row.failures + 1)) } : {}),
      });
      log('claude review batch read', { shop, batchId: row.batchId, answered: read.answered, unanswered: read.unanswered });
      return { shop, outcome: 'batch_read', answered: read.answered, unanswered: read.unanswered };
    } catch (error) {
      const message = (error as Error).message;
      // A batch the key can't see (the key changed, or it was deleted) is given up: its reviews
      // are still pending and go again at the retry. Anything else: poll again later.
      const gone = error instanceof Anthropic.NotFoundError;
      await release(shop, {
        failures: row.failures + 1,
        error: message,
        ...(gone ? { batchId: null, batchModel: null, nextRunAt: later(retryDelay(row.failures + 1)) } : {}),
      });
      log('claude review batch read failed', { shop, batchId: row.batchId, gone, error: message });
      return { shop, outcome: 'failed', error: message };
    }
  }

  /** What one shop needs now; null when it has nothing waiting or no key. */
  async function sweepShop(shop: string, row: ScheduleRow | undefined, env: Env): Promise<SweepOutcome | null> {
    // Most shops have nothing waiting: one indexed probe and on to the next.
    const pending = row?.batchId ? 0 : await waiting(shop, soonAfter);
    if (!pending && !row?.batchId) return null;
    // A key removed (or unreadable) stops the shop's analysis, batch in flight included.
    const config = await resolveClaudeConfig(db, shop, env);
    if (!config) return null;
    if (row?.batchId) {
      if (now().getTime() - row.updatedAt.getTime() < batchPollMs) return { shop, outcome: 'not_due' };
      if (!(await claim(shop, row))) return { shop, outcome: 'leased' };
      return collect(shop, config, { ...row, batchId: row.batchId });
    }
    if (!isDue(row, pending)) return { shop, outcome: 'not_due' };
    const cap = await capStatus(db, shop, { operatorCapUsd: operatorCapFromEnv(env) }, now());
    const budgetUsd = cap.capUsd === null ? Infinity : cap.capUsd * NEAR_CAP_RATIO - cap.spentUsd;
    if (budgetUsd <= 0) return { shop, outcome: 'over_cap' };
    if (!(await claim(shop, row))) return { shop, outcome: 'leased' };
    return pass(shop, config, row, budgetUsd);
  }

  /** Runs every due shop's pass. Safe to call from many instances at once. */
  return async function runDueClaudeAnalysis(): Promise<SweepOutcome[]> {
    const env = opts.env ?? process.env;
    // The operator's off switch: chat keeps Claude, reviews keep the local analysis.
    if (env.AISLE_REVIEW_CLAUDE === 'off') return [];
    const rows = new Map((await db.reviewClaudeSchedule.findMany()).map((r) => [r.shop, r]));
    const out: SweepOutcome[] = [];
    for (const shop of await shopsWithKey(db, env)) {
      try {
        const outcome = await sweepShop(shop, rows.get(shop), env);
        if (outcome) out.push(outcome);
      } catch (error) {
        // One shop's trouble (its row gone mid-pass, a database hiccup) doesn't hold up the others.
        const message = (error as Error).message;
        log('claude review sweep failed for a shop', { shop, error: message });
        out.push({ shop, outcome: 'failed', error: message });
      }
    }
    return out;
  };
}
