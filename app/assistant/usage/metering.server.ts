// Per-shop metering of model usage and the monthly caps. One UsageRecord per Claude turn (tokens
// summed over the turn's model calls, estimated cost); month-to-date spend is the sum over the
// current calendar month in UTC. The cap is the lower of the operator's (AISLE_MONTHLY_CAP_USD)
// and the merchant's own (ShopSettings.monthlyCapUsd); at or over it, model calls stop and the
// local engine answers.
import type { Db } from '~/db/client.server';
import type { Usage } from '../types';

export type UsageOutcome = 'ok' | 'error' | 'fallback';

/** Share of the cap from which the admin shows a warning. */
export const NEAR_CAP_RATIO = 0.8;

export function recordUsage(db: Db, shop: string, conversationId: string | null, usage: Usage, outcome: UsageOutcome) {
  return db.usageRecord.create({
    data: {
      shop,
      conversationId,
      model: usage.model,
      inputTokens: usage.inputTokens,
      outputTokens: usage.outputTokens,
      cacheReadTokens: usage.cacheReadTokens,
      cacheWriteTokens: usage.cacheWriteTokens,
      costUsd: usage.costUsd,
      outcome,
    },
  });
}

export type UsageRecordRow = Awaited<ReturnType<typeof recordUsage>>;

export function monthStartUtc(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

export async function monthToDateCost(db: Db, shop: string, now: Date = new Date()): Promise<number> {
  const start = monthStartUtc(now);
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const sum = await db.usageRecord.aggregate({ where: { shop, createdAt: { gte: start, lt: next } }, _sum: { costUsd: true } });
  return sum._sum.costUsd ?? 0;
}

export interface CapStatus {
  /** Whether a model call may be made now. */
  allowed: boolean;
  spentUsd: number;
  /** The cap in force (the lower of the two); null when neither is set. */
  capUsd: number | null;
  /** Spent at least NEAR_CAP_RATIO of the cap. */
  nearCap: boolean;
}

export interface Caps {
  operatorCapUsd: number | null;
  /** The merchant's cap; when left out it is read from ShopSettings.monthlyCapUsd. */
  merchantCapUsd?: number | null;
}

export async function capStatus(db: Db, shop: string, caps: Caps, now: Date = new Date()): Promise<CapStatus> {
  const merchant =
    caps.merchantCapUsd !== undefined
      ? caps.merchantCapUsd
      : ((await db.shopSettings.findUnique({ where: { shop }, select: { monthlyCapUsd: true } }))?.monthlyCapUsd ?? null);
  const set = [caps.operatorCapUsd, merchant].filter((c): c is number => typeof c === 'number' && Number.isFinite(c) && c >= 0);
  const capUsd = set.length ? Math.min(...set) : null;
  const spentUsd = await monthToDateCost(db, shop, now);
  return {
    allowed: capUsd === null || spentUsd < capUsd,
    spentUsd,
    capUsd,
    nearCap: capUsd !== null && spentUsd >= capUsd * NEAR_CAP_RATIO,
  };
}

/** AISLE_MONTHLY_CAP_USD as a number; unset or invalid means no operator cap. */
export function operatorCapFromEnv(env: Record<string, string | undefined> = process.env): number | null {
  const raw = env.AISLE_MONTHLY_CAP_USD?.trim();
  if (!raw) return null;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : null;
}
