// Failed order lookups are counted per conversation, per client IP and per order number, in the
// database (rate-limiter-flexible's Prisma store) so that every app instance sees the same counts.
// A new conversation resets nothing for the IP, and spreading guesses over IPs still meets the
// per-order budget. Successes never reset a count: an attacker with one real order of their own
// must not be able to clear their failures with it.
import { createHash } from 'node:crypto';
import { RateLimiterPrisma } from 'rate-limiter-flexible';
import type { Db } from '~/db/client.server';

export interface LookupLimits {
  /** Failures allowed per conversation and per IP within `windowSeconds`. */
  failures: number;
  windowSeconds: number;
  /** Failures allowed per order number (from any conversation or IP) within `orderWindowSeconds`. */
  orderFailures: number;
  orderWindowSeconds: number;
}

export const DEFAULT_LOOKUP_LIMITS: LookupLimits = { failures: 5, windowSeconds: 15 * 60, orderFailures: 10, orderWindowSeconds: 60 * 60 };

export interface LookupKeys {
  shop: string;
  conversationId: string;
  ip: string | null;
  orderDigits: string;
}

type Scope = 'conversation' | 'ip' | 'order';

const cache = new WeakMap<object, Map<string, RateLimiterPrisma>>();

function limiter(db: Db, scope: Scope, points: number, duration: number): RateLimiterPrisma {
  let byKey = cache.get(db);
  if (!byKey) cache.set(db, (byKey = new Map()));
  const id = `${scope}:${points}:${duration}`;
  let l = byKey.get(id);
  if (!l) {
    // Expired rows are replaced on the key's next use; the chat pipeline's limiter owns periodic
    // cleanup of the shared table, so no timer per instance here.
    l = new RateLimiterPrisma({
      storeClient: db,
      tableName: 'rateLimiterFlexible',
      keyPrefix: `order_lookup_${scope}`,
      points,
      duration,
      clearExpiredByTimeout: false,
    });
    byKey.set(id, l);
  }
  return l;
}

// Raw client IPs are personal data: the shared counters table keeps only a digest.
const ipDigest = (shop: string, ip: string) => createHash('sha256').update(`${shop}|${ip}`).digest('base64url').slice(0, 22);

function entries(db: Db, limits: LookupLimits, keys: LookupKeys): [RateLimiterPrisma, string][] {
  const out: [RateLimiterPrisma, string][] = [
    [limiter(db, 'conversation', limits.failures, limits.windowSeconds), `${keys.shop}:${keys.conversationId}`],
    [limiter(db, 'order', limits.orderFailures, limits.orderWindowSeconds), `${keys.shop}:${keys.orderDigits}`],
  ];
  if (keys.ip) out.push([limiter(db, 'ip', limits.failures, limits.windowSeconds), `${keys.shop}:${ipDigest(keys.shop, keys.ip)}`]);
  return out;
}

/** Seconds until the next lookup is allowed, or 0 when no budget is exhausted. */
export async function lookupBlockedFor(db: Db, limits: LookupLimits, keys: LookupKeys): Promise<number> {
  const states = await Promise.all(entries(db, limits, keys).map(async ([l, key]) => ({ l, res: await l.get(key) })));
  let wait = 0;
  for (const { l, res } of states) {
    if (res && res.consumedPoints >= l.points) wait = Math.max(wait, Math.ceil(Math.max(res.msBeforeNext, 1000) / 1000));
  }
  return wait;
}

export async function recordLookupFailure(db: Db, limits: LookupLimits, keys: LookupKeys): Promise<void> {
  await Promise.all(entries(db, limits, keys).map(([l, key]) => l.penalty(key, 1)));
}
