// The Conversations page: a filtered, keyset-paginated list, one conversation's transcript (what
// the assistant did, which tools it used and which products it showed), and turning a wrong reply
// into a prompt-studio test case. Every query is scoped by shop; studio test conversations are left
// out. Filters map to indexed columns (see prisma/schema.prisma, Conversation's indexes).
import { z } from 'zod';
import type { Db } from '~/db/client.server';
import type { AssistantMeta } from '~/assistant/conversations.server';
import type { EvalCase } from '~/eval/cases';
import { keysetPage } from './cursor';
import { maskEmail } from './privacy';

export const PAGE_SIZE = 25;
const day = /^\d{4}-\d{2}-\d{2}$/;

export const conversationFiltersSchema = z.object({
  from: z.string().regex(day).optional().catch(undefined),
  to: z.string().regex(day).optional().catch(undefined),
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/).optional().catch(undefined),
  outcome: z.enum(['resolved', 'handed_off', 'abandoned', 'open']).optional().catch(undefined),
  sentiment: z.enum(['positive', 'neutral', 'negative']).optional().catch(undefined),
  flagged: z.literal('1').optional().catch(undefined),
  orders: z.literal('1').optional().catch(undefined),
  thumbsDown: z.literal('1').optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  after: z.string().optional().catch(undefined),
  before: z.string().optional().catch(undefined),
});
export type ConversationFilters = z.infer<typeof conversationFiltersSchema>;

export function filtersFromUrl(url: URL): ConversationFilters {
  const raw: Record<string, string> = {};
  for (const [k, v] of url.searchParams) if (v !== '') raw[k] = v;
  return conversationFiltersSchema.parse(raw);
}

function whereFor(shop: string, f: ConversationFilters) {
  const createdAt: { gte?: Date; lt?: Date } = {};
  if (f.from) createdAt.gte = new Date(`${f.from}T00:00:00Z`);
  if (f.to) createdAt.lt = new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000);
  return {
    shop,
    test: false,
    ...(f.from || f.to ? { createdAt } : {}),
    ...(f.language ? { locale: f.language } : {}),
    ...(f.outcome ? { outcome: f.outcome === 'open' ? null : f.outcome } : {}),
    ...(f.sentiment ? { sentiment: f.sentiment } : {}),
    ...(f.flagged ? { flagged: true } : {}),
    ...(f.orders ? { orderRelated: true } : {}),
    ...(f.thumbsDown ? { thumbsDown: true } : {}),
    // Search: a conversation id, or words in what was said. Text search reads messages, so it is
    // bounded by the other filters (a date range keeps it fast at any size).
    ...(f.q ? { OR: [{ id: f.q }, { messages: { some: { shop, content: { contains: f.q } } } }] } : {}),
  };
}

export interface ConversationListItem {
  id: string;
  createdAt: string;
  lastMessageAt: string;
  locale: string;
  outcome: string | null;
  sentiment: string | null;
  topic: string | null;
  turns: number;
  flagged: boolean;
  orderRelated: boolean;
  thumbsDown: boolean;
  customer: boolean;
  email: string | null;
  preview: string;
}

export async function listConversations(db: Db, shop: string, f: ConversationFilters) {
  const keyset = keysetPage(whereFor(shop, f), f, PAGE_SIZE);
  const { page, nextCursor, prevCursor } = keyset.finish(
    await db.conversation.findMany({
      where: keyset.where,
      orderBy: keyset.orderBy,
      take: keyset.take,
      select: { id: true, createdAt: true, lastMessageAt: true, locale: true, outcome: true, sentiment: true, topic: true, turns: true, flagged: true, orderRelated: true, thumbsDown: true, customerId: true, email: true },
    }),
  );
  // One indexed query for the first shopper line of each row on the page.
  const firsts = page.length
    ? await db.message.findMany({
        where: { conversationId: { in: page.map((r) => r.id) }, role: 'user' },
        orderBy: { createdAt: 'asc' },
        select: { conversationId: true, content: true },
      })
    : [];
  const preview = new Map<string, string>();
  for (const m of firsts) if (!preview.has(m.conversationId)) preview.set(m.conversationId, m.content.slice(0, 140));
  const items: ConversationListItem[] = page.map((r) => ({
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    lastMessageAt: r.lastMessageAt.toISOString(),
    locale: r.locale,
    outcome: r.outcome,
    sentiment: r.sentiment,
    topic: r.topic,
    turns: r.turns,
    flagged: r.flagged,
    orderRelated: r.orderRelated,
    thumbsDown: r.thumbsDown,
    customer: !!r.customerId,
    email: maskEmail(r.email),
    preview: preview.get(r.id) ?? '',
  }));
  return { items, nextCursor, prevCursor };
}

export interface TranscriptMessage {
  id: string;
  role: 'user' | 'assistant';
  content: string;
  createdAt: string;
  engine: string | null;
  fallback: boolean;
  flagged: boolean;
  feedback: number | null;
  tools: { name: string; ok: boolean; error?: string }[];
  products: { handle: string; title: string; price: number; currency: string; url: string }[];
  actions: string[];
  safety: string[] | null;
  testCaseId: string | null;
}

export async function getTranscript(db: Db, shop: string, id: string) {
  const conversation = await db.conversation.findFirst({ where: { id, shop } });
  if (!conversation) return null;
  const [messages, handoffs, flags] = await Promise.all([
    db.message.findMany({ where: { conversationId: id, shop }, orderBy: { createdAt: 'asc' }, take: 200 }),
    db.handoff.findMany({ where: { shop, conversationId: id }, orderBy: { createdAt: 'asc' } }),
    db.safetyFlag.findMany({ where: { shop, conversationId: id }, orderBy: { createdAt: 'asc' } }),
  ]);
  const cases = await db.studioTestCase.findMany({ where: { shop, sourceMessageId: { in: messages.map((m) => m.id) } }, select: { id: true, sourceMessageId: true } });
  const caseFor = new Map(cases.map((c) => [c.sourceMessageId, c.id]));
  const out: TranscriptMessage[] = messages.map((m) => {
    let meta: Partial<AssistantMeta> & { screen?: { categories?: string[] } } = {};
    try {
      meta = JSON.parse(m.meta);
    } catch {
      meta = {};
    }
    return {
      id: m.id,
      role: m.role as 'user' | 'assistant',
      content: m.content,
      createdAt: m.createdAt.toISOString(),
      engine: m.engine,
      fallback: meta.fallback === true,
      flagged: m.flagged,
      feedback: m.feedback,
      tools: (meta.toolCalls ?? []).map((c) => ({ name: c.name, ok: c.ok, ...(c.error ? { error: c.error } : {}) })),
      products: (meta.products ?? []).map((p) => ({ handle: p.handle, title: p.title, price: p.price, currency: p.currency, url: p.url })),
      actions: (meta.actions ?? []).map((a) => a.type),
      safety: meta.screen?.categories ?? null,
      testCaseId: caseFor.get(m.id) ?? null,
    };
  });
  return {
    conversation: {
      id: conversation.id,
      createdAt: conversation.createdAt.toISOString(),
      lastMessageAt: conversation.lastMessageAt.toISOString(),
      locale: conversation.locale,
      status: conversation.status,
      outcome: conversation.outcome,
      sentiment: conversation.sentiment,
      topic: conversation.topic,
      flagged: conversation.flagged,
      test: conversation.test,
      customerId: conversation.customerId,
      email: maskEmail(conversation.email),
    },
    messages: out,
    handoffs: handoffs.map((h) => ({ id: h.id, status: h.status, question: h.question, email: maskEmail(h.email), createdAt: h.createdAt.toISOString() })),
    flags: flags.map((f) => ({ id: f.id, verdict: f.verdict, categories: JSON.parse(f.categories) as string[], createdAt: f.createdAt.toISOString() })),
  };
}

export const testCaseFromReplySchema = z
  .object({
    messageId: z.string().min(1).max(64),
    mustContain: z.string().trim().max(200).default(''),
    mustNotContain: z.string().trim().max(200).default(''),
  })
  .refine((v) => v.mustContain || v.mustNotContain, { message: 'expectation', path: ['mustContain'], params: { key: 'studio.case.needExpectation' } });

/**
 * "This reply was wrong": the shopper's turns up to that reply become a studio test case, with
 * the merchant's expectation of what a right reply says (or must not say).
 */
export async function testCaseFromReply(db: Db, shop: string, conversationId: string, input: z.infer<typeof testCaseFromReplySchema>) {
  const target = await db.message.findFirst({ where: { id: input.messageId, conversationId, shop, role: 'assistant' }, include: { conversation: { select: { locale: true } } } });
  if (!target) return null;
  const turns = await db.message.findMany({
    where: { conversationId, shop, role: 'user', createdAt: { lte: target.createdAt } },
    orderBy: { createdAt: 'asc' },
    select: { content: true },
  });
  if (!turns.length) return null;
  const split = (s: string) => s.split('\n').map((x) => x.trim()).filter(Boolean);
  const evalCase: EvalCase = {
    id: `reply-${target.id.slice(-8)}`,
    locale: target.conversation.locale,
    turns: turns.slice(-6).map((t) => t.content.slice(0, 2000)),
    expect: {
      ...(input.mustContain ? { contains: split(input.mustContain) } : {}),
      ...(input.mustNotContain ? { notContains: split(input.mustNotContain) } : {}),
    },
  };
  return db.studioTestCase.create({ data: { shop, case: JSON.stringify(evalCase), sourceMessageId: target.id } });
}
