// Rate limits and blocks for chat turns. Counters live in the database (rate-limiter-flexible's
// Prisma store) so every app instance enforces the same budget; blocks are rows with an expiry.
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from '~/db/client.server';

export interface TurnLimitConfig {
  perIpPerMinute: number;
  perConversationPerMinute: number;
  perShopPerMinute: number;
}

export function limitConfigFromEnv(env: NodeJS.ProcessEnv = process.env): TurnLimitConfig {
  return {
    perIpPerMinute: Number(env.AISLE_LIMIT_IP_PER_MIN ?? 30),
    perConversationPerMinute: Number(env.AISLE_LIMIT_CONVERSATION_PER_MIN ?? 15),
    perShopPerMinute: Number(env.AISLE_LIMIT_SHOP_PER_MIN ?? 1200),
  };
}

export type LimitScope = 'ip' | 'conversation' | 'shop';
export type LimitOutcome = { ok: true } | { ok: false; scope: LimitScope; retryAfterSeconds: number };

const limiterCache = new WeakMap<object, Map<string, RateLimiterPrisma>>();

function limiter(db: Db, scope: LimitScope, points: number): RateLimiterPrisma {
  let byKey = limiterCache.get(db);
  if (!byKey) limiterCache.set(db, (byKey = new Map()));
  const key = `${scope}:${points}`;
  let l = byKey.get(key);
  if (!l) {
    l = new RateLimiterPrisma({ storeClient: db, tableName: 'rateLimiterFlexible', keyPrefix: `turn_${scope}`, points, duration: 60, clearExpiredByTimeout: false });
    byKey.set(key, l);
  }
  return l;
}

/** Consumes one turn from each budget; the first one exhausted answers. */
export async function consumeTurn(
  db: Db,
  config: TurnLimitConfig,
  keys: { shop: string; conversationId: string | null; ipHash: string | null },
): Promise<LimitOutcome> {
  const checks: [LimitScope, string | null, number][] = [
    ['ip', keys.ipHash ? `${keys.shop}:${keys.ipHash}` : null, config.perIpPerMinute],
    ['conversation', keys.conversationId, config.perConversationPerMinute],
    ['shop', keys.shop, config.perShopPerMinute],
  ];
  for (const [scope, key, points] of checks) {
    if (!key) continue;
    try {
      await limiter(db, scope, points).consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { ok: false, scope, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      throw rejection;
    }
  }
  return { ok: true };
}

export async function activeBlock(db: Db, shop: string, conversationId: string | null, ipHash: string | null) {
  const or = [
    ...(conversationId ? [{ kind: 'conversation', value: conversationId }] : []),
    ...(ipHash ? [{ kind: 'ip', value: ipHash }] : []),
  ];
  if (!or.length) return null;
  return db.block.findFirst({ where: { shop, until: { gt: new Date() }, OR: or } });
}

export async function block(db: Db, shop: string, kind: 'conversation' | 'ip', value: string, until: Date, reason: string) {
  await db.block.upsert({
    where: { shop_kind_value: { shop, kind, value } },
    create: { shop, kind, value, until, reason },
    update: { until, reason },
  });
}

/** Safety strikes in the recent window, for the escalation policy. */
export async function recentStrikes(db: Db, shop: string, conversationId: string, ipHash: string | null, windowMs = 15 * 60_000) {
  const since = new Date(Date.now() - windowMs);
  const count = (where: Record<string, unknown>, verdict: string) => db.safetyFlag.count({ where: { shop, ...where, verdict, createdAt: { gte: since } } });
  const [cf, cb, ipf, ipb] = await Promise.all([
    count({ conversationId }, 'flag'),
    count({ conversationId }, 'block'),
    ipHash ? count({ ipHash }, 'flag') : 0,
    ipHash ? count({ ipHash }, 'block') : 0,
  ]);
  return { conversation: { flagged: cf, blocked: cb }, ip: { flagged: ipf, blocked: ipb } };
}
