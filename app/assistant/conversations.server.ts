// Conversation storage. Every read is scoped to the shop and, when the conversation belongs to a
// logged-in customer, to that customer: a leaked id is useless elsewhere.
import type { Db } from '~/db/client.server';
import type { ChatAction, ComparisonTable, HistoryMessage, ToolCallRecord } from './types';
import type { ProductView } from '~/catalog/types';
import { newConversationId } from './conversation-id';

export interface ConversationOwner {
  shop: string;
  customerId: string | null;
}

export interface AssistantMeta {
  engine: 'claude' | 'local' | 'safety';
  fallback: boolean;
  intent?: string;
  toolCalls: ToolCallRecord[];
  products: ProductView[];
  actions: ChatAction[];
  comparison?: ComparisonTable;
}

/** Loads a conversation the requester may use, or null (unknown, other shop, other customer). */
export async function findConversation(db: Db, id: string, owner: ConversationOwner) {
  const c = await db.conversation.findUnique({ where: { id } });
  if (!c || c.shop !== owner.shop) return null;
  // A conversation started by a logged-in customer is theirs alone.
  if (c.customerId && c.customerId !== owner.customerId) return null;
  return c;
}

export async function createConversation(db: Db, owner: ConversationOwner, locale: string, ipHash: string | null) {
  return db.conversation.create({ data: { id: newConversationId(), shop: owner.shop, customerId: owner.customerId, locale, ipHash } });
}

/** A guest who logs in mid-conversation keeps it: it becomes theirs. */
export async function claimForCustomer(db: Db, id: string, customerId: string) {
  await db.conversation.updateMany({ where: { id, customerId: null }, data: { customerId } });
}

export async function saveUserMessage(db: Db, conversationId: string, shop: string, content: string) {
  return db.message.create({ data: { conversationId, shop, role: 'user', content } });
}

export async function saveAssistantMessage(db: Db, conversationId: string, shop: string, content: string, meta: AssistantMeta, language: string) {
  const [message] = await Promise.all([
    db.message.create({
      data: {
        conversationId,
        shop,
        role: 'assistant',
        content,
        engine: meta.engine,
        // Products are stored as shown (price at the time), for the transcript and history.
        meta: JSON.stringify(meta),
      },
    }),
    db.conversation.update({ where: { id: conversationId }, data: { turns: { increment: 1 }, locale: language, lastMessageAt: new Date() } }),
  ]);
  return message;
}

/** The recent turns an engine sees, with the products each assistant turn showed. */
export async function recentHistory(db: Db, conversationId: string, limit = 12): Promise<(HistoryMessage & { products?: string[] })[]> {
  const rows = await db.message.findMany({ where: { conversationId }, orderBy: { createdAt: 'desc' }, take: limit });
  return rows.reverse().map((m) => {
    const meta = m.role === 'assistant' ? (JSON.parse(m.meta) as Partial<AssistantMeta>) : {};
    return { role: m.role as 'user' | 'assistant', content: m.content, ...(meta.products?.length ? { products: meta.products.map((p) => p.handle) } : {}) };
  });
}

/** The transcript the widget restores after a reload. */
export async function transcript(db: Db, conversationId: string, limit = 100) {
  const rows = await db.message.findMany({ where: { conversationId }, orderBy: { createdAt: 'asc' }, take: limit });
  return rows.map((m) => {
    const meta = m.role === 'assistant' ? (JSON.parse(m.meta) as Partial<AssistantMeta>) : {};
    return {
      id: m.id,
      role: m.role,
      content: m.content,
      createdAt: m.createdAt.toISOString(),
      products: meta.products ?? [],
      actions: meta.actions ?? [],
      comparison: meta.comparison ?? null,
      feedback: m.feedback,
    };
  });
}
