// Analytics over a period of whole UTC days, from the indexed conversation facts
// (facts.server.ts), products per conversation, assisted orders and usage records. Studio test
// conversations are excluded everywhere; model cost includes studio runs, since they are spent.
// Definitions: ./definitions.ts and the "def.*" strings.
import type { Db } from '~/db/client.server';
import { TOP_QUESTIONS_SAMPLE } from './definitions';

const DAY = 86_400_000;

export interface Period {
  from: Date;
  to: Date;
  days: number;
}

/** The last `days` whole UTC days up to and including today. */
export function periodOf(days: number, now: Date = new Date()): Period {
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + DAY;
  return { from: new Date(end - days * DAY), to: new Date(end), days };
}

const dayKey = (d: Date) => d.toISOString().slice(0, 10);

function emptyDays(p: Period): string[] {
  return Array.from({ length: p.days }, (_, i) => dayKey(new Date(p.from.getTime() + i * DAY)));
}

export interface KeyNumbers {
  conversations: number;
  resolved: number;
  handedOff: number;
  abandoned: number;
  inProgress: number;
  /** resolved / conversations that ended (resolved + handed off + abandoned); null when none ended. */
  resolutionRate: number | null;
  /** handed off / conversations; null when there were none. */
  handoffRate: number | null;
  thumbsDown: number;
  assistedOrders: number;
  assistedRevenue: number;
  currency: string;
  costUsd: number;
}

export async function keyNumbers(db: Db, shop: string, p: Period): Promise<KeyNumbers> {
  const range = { gte: p.from, lt: p.to };
  const [outcomes, thumbs, orders, cost, shopRow] = await Promise.all([
    db.conversation.groupBy({ by: ['outcome'], where: { shop, test: false, createdAt: range }, _count: { _all: true } }),
    db.conversation.count({ where: { shop, thumbsDown: true, test: false, createdAt: range } }),
    db.assistedOrder.aggregate({ where: { shop, orderCreatedAt: range }, _count: { _all: true }, _sum: { revenue: true } }),
    db.usageRecord.aggregate({ where: { shop, createdAt: range }, _sum: { costUsd: true } }),
    db.shop.findUnique({ where: { domain: shop }, select: { currency: true } }),
  ]);
  const count = (o: string | null) => outcomes.find((r) => r.outcome === o)?._count._all ?? 0;
  const conversations = outcomes.reduce((n, r) => n + r._count._all, 0);
  const resolved = count('resolved');
  const handedOff = count('handed_off');
  const abandoned = count('abandoned');
  const ended = resolved + handedOff + abandoned;
  return {
    conversations,
    resolved,
    handedOff,
    abandoned,
    inProgress: count(null),
    resolutionRate: ended ? resolved / ended : null,
    handoffRate: conversations ? handedOff / conversations : null,
    thumbsDown: thumbs,
    assistedOrders: orders._count._all,
    assistedRevenue: orders._sum.revenue ?? 0,
    currency: shopRow?.currency ?? 'USD',
    costUsd: cost._sum.costUsd ?? 0,
  };
}

export interface DailyRow {
  day: string;
  conversations: number;
  resolved: number;
  handedOff: number;
  costUsd: number;
  inputTokens: number;
  outputTokens: number;
  revenue: number;
}

export async function daily(db: Db, shop: string, p: Period): Promise<DailyRow[]> {
  const range = { gte: p.from, lt: p.to };
  const [convs, usage, orders] = await Promise.all([
    db.conversation.findMany({ where: { shop, test: false, createdAt: range }, select: { createdAt: true, outcome: true } }),
    db.usageRecord.findMany({ where: { shop, createdAt: range }, select: { createdAt: true, costUsd: true, inputTokens: true, outputTokens: true } }),
    db.assistedOrder.findMany({ where: { shop, orderCreatedAt: range }, select: { orderCreatedAt: true, revenue: true } }),
  ]);
  const rows = new Map(emptyDays(p).map((day) => [day, { day, conversations: 0, resolved: 0, handedOff: 0, costUsd: 0, inputTokens: 0, outputTokens: 0, revenue: 0 }]));
  for (const c of convs) {
    const r = rows.get(dayKey(c.createdAt));
    if (!r) continue;
    r.conversations++;
    if (c.outcome === 'resolved') r.resolved++;
    if (c.outcome === 'handed_off') r.handedOff++;
  }
  for (const u of usage) {
    const r = rows.get(dayKey(u.createdAt));
    if (!r) continue;
    r.costUsd += u.costUsd;
    r.inputTokens += u.inputTokens;
    r.outputTokens += u.outputTokens;
  }
  for (const o of orders) {
    const r = rows.get(dayKey(o.orderCreatedAt));
    if (r) r.revenue += o.revenue;
  }
  return [...rows.values()];
}

export interface Ranked {
  key: string;
  label: string;
  count: number;
}

export async function breakdowns(db: Db, shop: string, p: Period) {
  const range = { gte: p.from, lt: p.to };
  const where = { shop, test: false, createdAt: range };
  const [topics, languages, asked, recommended, carts] = await Promise.all([
    db.conversation.groupBy({ by: ['topic'], where, _count: { _all: true } }),
    db.conversation.groupBy({ by: ['locale'], where, _count: { _all: true } }),
    db.conversationProduct.groupBy({ by: ['handle'], where: { shop, createdAt: range, shown: true }, _count: { handle: true }, orderBy: { _count: { handle: 'desc' } }, take: 10 }),
    db.conversationProduct.groupBy({ by: ['handle'], where: { shop, createdAt: range, recommended: true }, _count: { handle: true }, orderBy: { _count: { handle: 'desc' } }, take: 10 }),
    db.conversationProduct.aggregate({ where: { shop, createdAt: range, addToCart: true }, _count: { _all: true } }),
  ]);
  const handles = [...new Set([...asked, ...recommended].map((r) => r.handle))];
  const titles = new Map(
    (await db.product.findMany({ where: { shop, handle: { in: handles } }, select: { handle: true, title: true } })).map((r) => [r.handle, r.title]),
  );
  const products = (rows: { handle: string; _count: { handle: number } }[]): Ranked[] => rows.map((r) => ({ key: r.handle, label: titles.get(r.handle) ?? r.handle, count: r._count.handle }));
  return {
    topics: topics.map((r) => ({ key: r.topic ?? 'other', label: r.topic ?? 'other', count: r._count._all })).sort((a, b) => b.count - a.count),
    languages: languages.map((r) => ({ key: r.locale, label: r.locale, count: r._count._all })).sort((a, b) => b.count - a.count),
    productsAsked: products(asked),
    productsRecommended: products(recommended),
    addToCartOffers: carts._count._all,
  };
}

/** Normalised so that "Do you ship to Canada?" and "do you ship to canada" count together. */
export function normaliseQuestion(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\d+/g, '#')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
}

export async function topQuestions(db: Db, shop: string, p: Period, limit = 10): Promise<Ranked[]> {
  const recent = await db.conversation.findMany({
    where: { shop, test: false, createdAt: { gte: p.from, lt: p.to } },
    orderBy: { createdAt: 'desc' },
    take: TOP_QUESTIONS_SAMPLE,
    select: { id: true },
  });
  if (!recent.length) return [];
  const firsts = await db.message.findMany({
    where: { conversationId: { in: recent.map((r) => r.id) }, role: 'user' },
    orderBy: { createdAt: 'asc' },
    select: { conversationId: true, content: true },
  });
  const seen = new Set<string>();
  const counts = new Map<string, { label: string; count: number }>();
  for (const m of firsts) {
    if (seen.has(m.conversationId)) continue;
    seen.add(m.conversationId);
    const key = normaliseQuestion(m.content);
    if (!key) continue;
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { label: m.content.slice(0, 120), count: 1 });
  }
  return [...counts.entries()]
    .map(([key, v]) => ({ key, ...v }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, limit);
}
