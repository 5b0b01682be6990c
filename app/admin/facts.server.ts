// Conversation facts for the admin: outcome, topic, sentiment, order-related, thumbs down, and the
// products each conversation showed. Derived from the stored messages (the chat pipeline writes
// none of them, so shoppers' turns never wait on analytics) and written into indexed columns, so
// that filters and numbers at 100,000 conversations are index lookups, not JSON scans.
//
// Refreshing is incremental and bounded: conversations never looked at, conversations with recent
// messages or feedback, and conversations that just went idle are (re)computed, at most `batch`
// per call. Loaders call it before reading; it is cheap when nothing changed.
import { sqlFor, type Db } from '~/db/client.server';
import type { AssistantMeta } from '~/assistant/conversations.server';
import { primaryLanguage } from '~/lang/detect';
import { textSentiment } from '~/reviews/analyze';

/** A conversation with no message for this long is over: its outcome is settled. */
export const IDLE_MINUTES = 30;
/** Environment overrides (demo walkthroughs and browser tests settle conversations at once). */
const idleMs = () => Number(process.env.AISLE_CONVERSATION_IDLE_MINUTES ?? IDLE_MINUTES) * 60_000;
const minIntervalMs = () => Number(process.env.AISLE_FACTS_MIN_INTERVAL_MS ?? MIN_INTERVAL_MS);
/** How far back new messages and late thumbs are looked for. */
const RECENT_MS = 2 * 24 * 3600_000;
const MIN_INTERVAL_MS = 10_000;
const lastRun = new WeakMap<object, Map<string, number>>();

export type Outcome = 'resolved' | 'handed_off' | 'abandoned';
export type Sentiment = 'positive' | 'neutral' | 'negative';
export const TOPICS = ['products', 'compare', 'orders', 'shipping', 'returns', 'policies', 'handoff', 'other'] as const;

interface MessageRow {
  role: string;
  /** Read for the shopper's messages (their sentiment); the assistant's may be left out. */
  content?: string;
  meta: string;
  feedback: number | null;
  flagged: boolean;
}

export interface ConversationFacts {
  outcome: Outcome | null;
  topic: string;
  sentiment: Sentiment;
  orderRelated: boolean;
  thumbsDown: boolean;
  products: { handle: string; shown: boolean; recommended: boolean; addToCart: boolean }[];
}

function metaOf(m: MessageRow): Partial<AssistantMeta> {
  if (m.role !== 'assistant') return {};
  try {
    return JSON.parse(m.meta) as Partial<AssistantMeta>;
  } catch {
    return {};
  }
}

/** The topic of a conversation: what the assistant did for the shopper's first question. */
export function topicOf(meta: Partial<AssistantMeta>): string {
  const tools = (meta.toolCalls ?? []).map((c) => c.name);
  const policyTopic = (meta.toolCalls ?? []).find((c) => c.name === 'store_policies')?.input as { topic?: string } | undefined;
  if (tools.includes('order_status') || meta.intent?.startsWith('order')) return 'orders';
  if (tools.includes('handoff_to_human') || meta.intent === 'handoff') return 'handoff';
  if (tools.includes('compare_products') || meta.intent === 'compare') return 'compare';
  if (policyTopic?.topic === 'shipping' || meta.intent === 'shipping') return 'shipping';
  if (policyTopic?.topic === 'returns' || policyTopic?.topic === 'refunds' || meta.intent === 'returns' || meta.intent === 'refund') return 'returns';
  if (tools.includes('store_policies') || meta.intent === 'policy' || meta.intent === 'faq') return 'policies';
  if (tools.some((t) => ['search_products', 'product_details', 'recommend_products', 'add_to_cart'].includes(t)) || (meta.products?.length ?? 0) > 0) return 'products';
  if (meta.intent && ['product_search', 'product_question', 'recommend', 'add_to_cart'].includes(meta.intent)) return 'products';
  return 'other';
}

/** The shopper's last few messages are what their mood is read from. */
const MOOD_MESSAGES = 5;

/**
 * How the shopper felt: a thumb on a reply, or a message the safety screen flagged, says it
 * outright. Otherwise a complaint in what they wrote makes it negative ("Where is my order?? Three
 * weeks, terrible"), read with the review lexicons (en/pl/de/es/fr). Praise words are not read as
 * a good mood: shopping questions are full of them ("a gift", "I'd love it in blue").
 */
function sentimentOf(messages: MessageRow[], locale: string | undefined): Sentiment {
  if (messages.some((m) => m.feedback === -1 || (m.role === 'user' && m.flagged))) return 'negative';
  if (messages.some((m) => m.feedback === 1)) return 'positive';
  const said = messages
    .filter((m) => m.role === 'user' && m.content)
    .slice(-MOOD_MESSAGES)
    .map((m) => m.content)
    .join('\n');
  return said && textSentiment(said, primaryLanguage(locale ?? 'en'))?.label === 'negative' ? 'negative' : 'neutral';
}

export function deriveFacts(conv: { outcome: string | null; status: string; lastMessageAt: Date; locale?: string }, messages: MessageRow[], now: Date): ConversationFacts {
  const metas = messages.map(metaOf);
  const thumbsDown = messages.some((m) => m.feedback === -1);
  const firstReply = metas.find((_, i) => messages[i].role === 'assistant') ?? {};
  const orderRelated = metas.some((meta) => (meta.toolCalls ?? []).some((c) => c.name === 'order_status') || !!meta.intent?.startsWith('order'));
  const idle = now.getTime() - conv.lastMessageAt.getTime() >= idleMs();
  const last = messages[messages.length - 1];
  let outcome: Outcome | null = conv.outcome === 'handed_off' ? 'handed_off' : null;
  if (!outcome && idle) {
    // Over: left with a reply marked wrong, unanswered, or blocked → abandoned; otherwise resolved.
    outcome = thumbsDown || !last || last.role === 'user' || conv.status === 'blocked' ? 'abandoned' : 'resolved';
  }
  const products = new Map<string, ConversationFacts['products'][number]>();
  const entry = (handle: string) => {
    let p = products.get(handle);
    if (!p) products.set(handle, (p = { handle, shown: false, recommended: false, addToCart: false }));
    return p;
  };
  for (const meta of metas) {
    const recommended = (meta.toolCalls ?? []).some((c) => c.name === 'recommend_products');
    for (const p of meta.products ?? []) {
      if (recommended) entry(p.handle).recommended = true;
      else entry(p.handle).shown = true;
    }
    for (const a of meta.actions ?? []) if (a.type === 'add_to_cart') entry(a.productHandle).addToCart = true;
  }
  return {
    outcome,
    topic: topicOf(firstReply),
    sentiment: sentimentOf(messages, conv.locale),
    orderRelated,
    thumbsDown,
    products: [...products.values()].slice(0, 50),
  };
}

export interface RefreshOptions {
  now?: Date;
  batch?: number;
  /** Skip the per-process throttle (tests, benchmarks). */
  force?: boolean;
}

export async function refreshFacts(db: Db, shop: string, opts: RefreshOptions = {}): Promise<number> {
  const now = opts.now ?? new Date();
  const batch = opts.batch ?? 300;
  let runs = lastRun.get(db);
  if (!runs) lastRun.set(db, (runs = new Map()));
  if (!opts.force && now.getTime() - (runs.get(shop) ?? 0) < minIntervalMs()) return 0;
  runs.set(shop, now.getTime());

  const since = new Date(now.getTime() - RECENT_MS);
  const idleBefore = new Date(now.getTime() - idleMs());
  const select = { id: true, outcome: true, status: true, lastMessageAt: true, createdAt: true, locale: true } as const;
  const { sql, raw } = sqlFor(db);
  const falsy = raw((db as unknown as { _activeProvider: string })._activeProvider === 'sqlite' ? '0' : 'false');
  // Only the conversations that need work come back: new messages since the facts were taken,
  // just gone idle, or a rating the facts don't reflect yet (feedback doesn't touch the row).
  const [never, recent] = await Promise.all([
    db.conversation.findMany({ where: { shop, test: false, factsAt: null }, select, orderBy: { lastMessageAt: 'desc' }, take: batch }),
    db.$queryRaw<{ id: string }[]>(sql`
      SELECT c."id" FROM "Conversation" c
      WHERE c."shop" = ${shop} AND c."test" = ${falsy} AND c."lastMessageAt" >= ${since}
        AND (c."factsAt" < c."lastMessageAt" OR (c."outcome" IS NULL AND c."lastMessageAt" <= ${idleBefore}))
      UNION
      SELECT m."conversationId" AS "id" FROM "Message" m JOIN "Conversation" c ON c."id" = m."conversationId"
      WHERE m."shop" = ${shop} AND m."createdAt" >= ${since} AND c."test" = ${falsy}
        AND ((m."feedback" = -1 AND c."thumbsDown" = ${falsy}) OR (m."feedback" = 1 AND c."sentiment" <> 'positive'))
      LIMIT ${batch}`),
  ]);
  const due = new Map<string, (typeof never)[number]>();
  for (const c of never) due.set(c.id, c);
  const missing = recent.map((r) => r.id).filter((id) => !due.has(id));
  if (missing.length) for (const c of await db.conversation.findMany({ where: { id: { in: missing }, shop }, select })) due.set(c.id, c);
  const todo = [...due.values()].slice(0, batch);
  if (!todo.length) return 0;

  const messages = await db.message.findMany({
    where: { conversationId: { in: todo.map((c) => c.id) } },
    select: { conversationId: true, role: true, content: true, meta: true, feedback: true, flagged: true },
    orderBy: [{ conversationId: 'asc' }, { createdAt: 'asc' }],
  });
  const byConversation = new Map<string, MessageRow[]>();
  for (const m of messages) {
    let list = byConversation.get(m.conversationId);
    if (!list) byConversation.set(m.conversationId, (list = []));
    list.push(m);
  }
  const writes = todo.flatMap((c) => {
    const facts = deriveFacts(c, byConversation.get(c.id) ?? [], now);
    return [
      db.conversation.update({
        where: { id: c.id },
        data: { outcome: facts.outcome, topic: facts.topic, sentiment: facts.sentiment, orderRelated: facts.orderRelated, thumbsDown: facts.thumbsDown, factsAt: now },
      }),
      db.conversationProduct.deleteMany({ where: { conversationId: c.id } }),
      ...(facts.products.length ? [db.conversationProduct.createMany({ data: facts.products.map((p) => ({ ...p, conversationId: c.id, shop, createdAt: c.createdAt })) })] : []),
    ];
  });
  await db.$transaction(writes);
  return todo.length;
}
