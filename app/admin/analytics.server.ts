// Analytics over a period of whole UTC days, from the indexed conversation facts
// (facts.server.ts), products per conversation, assisted orders and usage records. Studio test
// conversations are excluded everywhere; model cost includes studio runs, since they are spent.
// Definitions: ./definitions.ts and the "def.*" strings.
import { sqlFor, type Db } from '~/db/client.server';
import { TOP_QUESTIONS_SAMPLE } from './definitions';

// Aggregates are written in SQL (GROUP BY over the covering index on Conversation): reading
// 30-90 days of rows into the app to count them costs seconds at 100,000 conversations.
function dialect(db: Db) {
  const postgres = (db as unknown as { _activeProvider: string })._activeProvider !== 'sqlite';
  const { sql, raw } = sqlFor(db);
  return {
    sql,
    /** The UTC day of a timestamp column as YYYY-MM-DD. */
    day: (column: string) => raw(postgres ? `to_char("${column}", 'YYYY-MM-DD')` : `substr("${column}", 1, 10)`),
    falsy: raw(postgres ? 'false' : '0'),
    truthy: raw(postgres ? 'true' : '1'),
  };
}

const num = (v: unknown) => Number(v ?? 0);

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
  const { sql, falsy, truthy } = dialect(db);
  const [outcomes, orders, cost, shopRow] = await Promise.all([
    // One pass over the covering index gives the outcomes and the thumbs-down count together.
    db.$queryRaw<{ outcome: string | null; n: unknown; down: unknown }[]>(
      sql`SELECT "outcome", COUNT(*) AS n, SUM(CASE WHEN "thumbsDown" = ${truthy} THEN 1 ELSE 0 END) AS down FROM "Conversation" WHERE "shop" = ${shop} AND "createdAt" >= ${p.from} AND "createdAt" < ${p.to} AND "test" = ${falsy} GROUP BY "outcome"`,
    ),
    db.assistedOrder.aggregate({ where: { shop, orderCreatedAt: range }, _count: { _all: true }, _sum: { revenue: true } }),
    db.usageRecord.aggregate({ where: { shop, createdAt: range }, _sum: { costUsd: true } }),
    db.shop.findUnique({ where: { domain: shop }, select: { currency: true } }),
  ]);
  const count = (o: string | null) => num(outcomes.find((r) => r.outcome === o)?.n);
  const conversations = outcomes.reduce((n, r) => n + num(r.n), 0);
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
    thumbsDown: outcomes.reduce((n, r) => n + num(r.down), 0),
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
  abandoned: number;
  thumbsDown: number;
  costUsd: number;
  inputTokens: number;
  outputTokens: number;
  orders: number;
  revenue: number;
}

export async function daily(db: Db, shop: string, p: Period): Promise<DailyRow[]> {
  const { sql, day, falsy, truthy } = dialect(db);
  const [convs, usage, orders] = await Promise.all([
    db.$queryRaw<{ day: string; outcome: string | null; n: unknown; down: unknown }[]>(
      sql`SELECT ${day('createdAt')} AS day, "outcome", COUNT(*) AS n, SUM(CASE WHEN "thumbsDown" = ${truthy} THEN 1 ELSE 0 END) AS down FROM "Conversation" WHERE "shop" = ${shop} AND "createdAt" >= ${p.from} AND "createdAt" < ${p.to} AND "test" = ${falsy} GROUP BY day, "outcome"`,
    ),
    db.$queryRaw<{ day: string; cost: unknown; input: unknown; output: unknown }[]>(
      sql`SELECT ${day('createdAt')} AS day, SUM("costUsd") AS cost, SUM("inputTokens") AS input, SUM("outputTokens") AS output FROM "UsageRecord" WHERE "shop" = ${shop} AND "createdAt" >= ${p.from} AND "createdAt" < ${p.to} GROUP BY day`,
    ),
    db.$queryRaw<{ day: string; n: unknown; revenue: unknown }[]>(
      sql`SELECT ${day('orderCreatedAt')} AS day, COUNT(*) AS n, SUM("revenue") AS revenue FROM "AssistedOrder" WHERE "shop" = ${shop} AND "orderCreatedAt" >= ${p.from} AND "orderCreatedAt" < ${p.to} GROUP BY day`,
    ),
  ]);
  const rows = new Map<string, DailyRow>(
    emptyDays(p).map((d) => [d, { day: d, conversations: 0, resolved: 0, handedOff: 0, abandoned: 0, thumbsDown: 0, costUsd: 0, inputTokens: 0, outputTokens: 0, orders: 0, revenue: 0 }]),
  );
  for (const c of convs) {
    const r = rows.get(c.day);
    if (!r) continue;
    r.conversations += num(c.n);
    r.thumbsDown += num(c.down);
    if (c.outcome === 'resolved') r.resolved += num(c.n);
    if (c.outcome === 'handed_off') r.handedOff += num(c.n);
    if (c.outcome === 'abandoned') r.abandoned += num(c.n);
  }
  for (const u of usage) {
    const r = rows.get(u.day);
    if (!r) continue;
    r.costUsd = num(u.cost);
    r.inputTokens = num(u.input);
    r.outputTokens = num(u.output);
  }
  for (const o of orders) {
    const r = rows.get(o.day);
    if (!r) continue;
    r.orders = num(o.n);
    r.revenue = num(o.revenue);
  }
  return [...rows.values()];
}

/** The period's key numbers from its daily rows: the Analytics page reads the data once. */
export function summarize(rows: DailyRow[], currency: string): KeyNumbers {
  const sum = (k: keyof Omit<DailyRow, 'day'>) => rows.reduce((n, r) => n + r[k], 0);
  const conversations = sum('conversations');
  const resolved = sum('resolved');
  const handedOff = sum('handedOff');
  const abandoned = sum('abandoned');
  const ended = resolved + handedOff + abandoned;
  return {
    conversations,
    resolved,
    handedOff,
    abandoned,
    inProgress: conversations - ended,
    resolutionRate: ended ? resolved / ended : null,
    handoffRate: conversations ? handedOff / conversations : null,
    thumbsDown: sum('thumbsDown'),
    assistedOrders: sum('orders'),
    assistedRevenue: Math.round(sum('revenue') * 100) / 100,
    currency,
    costUsd: sum('costUsd'),
  };
}

export interface Ranked {
  key: string;
  label: string;
  count: number;
}

export async function breakdowns(db: Db, shop: string, p: Period) {
  const { sql, falsy } = dialect(db);
  const inRange = sql`"shop" = ${shop} AND "createdAt" >= ${p.from} AND "createdAt" < ${p.to}`;
  const [groups, products] = await Promise.all([
    // Topics and languages in one pass over the covering index.
    db.$queryRaw<{ topic: string | null; locale: string; n: unknown }[]>(
      sql`SELECT "topic", "locale", COUNT(*) AS n FROM "Conversation" WHERE ${inRange} AND "test" = ${falsy} GROUP BY "topic", "locale"`,
    ),
    db.$queryRaw<{ handle: string; shown: unknown; recommended: unknown; carts: unknown }[]>(
      sql`SELECT "handle", SUM(CASE WHEN "shown" THEN 1 ELSE 0 END) AS shown, SUM(CASE WHEN "recommended" THEN 1 ELSE 0 END) AS recommended, SUM(CASE WHEN "addToCart" THEN 1 ELSE 0 END) AS carts FROM "ConversationProduct" WHERE ${inRange} GROUP BY "handle"`,
    ),
  ]);
  const tally = (key: (g: (typeof groups)[number]) => string | null) => {
    const counts = new Map<string | null, number>();
    for (const g of groups) counts.set(key(g), (counts.get(key(g)) ?? 0) + num(g.n));
    return [...counts].map(([k, n]) => ({ key: k, n }));
  };
  const topics = tally((g) => g.topic);
  const languages = tally((g) => g.locale);
  const top = (field: 'shown' | 'recommended') =>
    products
      .map((r) => ({ handle: r.handle, count: num(r[field]) }))
      .filter((r) => r.count > 0)
      .sort((a, b) => b.count - a.count || a.handle.localeCompare(b.handle))
      .slice(0, 10);
  const asked = top('shown');
  const recommended = top('recommended');
  const handles = [...new Set([...asked, ...recommended].map((r) => r.handle))];
  const titles = new Map(
    (await db.product.findMany({ where: { shop, handle: { in: handles } }, select: { handle: true, title: true } })).map((r) => [r.handle, r.title]),
  );
  const ranked = (rows: { handle: string; count: number }[]): Ranked[] => rows.map((r) => ({ key: r.handle, label: titles.get(r.handle) ?? r.handle, count: r.count }));
  const byCount = (rows: { key: string | null; n: unknown }[]): Ranked[] =>
    rows.map((r) => ({ key: r.key ?? 'other', label: r.key ?? 'other', count: num(r.n) })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return {
    topics: byCount(topics),
    languages: byCount(languages),
    productsAsked: ranked(asked),
    productsRecommended: ranked(recommended),
    addToCartOffers: products.reduce((n, r) => n + num(r.carts), 0),
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
  const { sql, falsy } = dialect(db);
  // The newest conversations' first shopper message, one correlated index lookup each.
  const firsts = await db.$queryRaw<{ content: string | null }[]>(
    sql`SELECT (SELECT m."content" FROM "Message" m WHERE m."conversationId" = c."id" AND m."role" = 'user' ORDER BY m."createdAt" ASC LIMIT 1) AS content
        FROM "Conversation" c WHERE c."shop" = ${shop} AND c."createdAt" >= ${p.from} AND c."createdAt" < ${p.to} AND c."test" = ${falsy}
        ORDER BY c."createdAt" DESC LIMIT ${TOP_QUESTIONS_SAMPLE}`,
  );
  const counts = new Map<string, { label: string; count: number }>();
  for (const { content } of firsts) {
    if (!content) continue;
    const key = normaliseQuestion(content);
    if (!key) continue;
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { label: content.slice(0, 120), count: 1 });
  }
  return [...counts.entries()]
    .map(([key, v]) => ({ key, ...v }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, limit);
}
