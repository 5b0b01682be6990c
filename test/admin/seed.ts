// Conversations with messages for admin tests and the admin benchmark, written in batches
// (createMany) so that 100,000 conversations take seconds, not minutes.
import crypto from 'node:crypto';
import type { Db } from '~/db/client.server';

export interface SeedMessage {
  role: 'user' | 'assistant';
  content: string;
  meta?: unknown;
  feedback?: number | null;
  flagged?: boolean;
}

export interface SeedOptions {
  /** Newest conversation's start; the rest go back one `stepMs` each. */
  now?: Date;
  stepMs?: number;
  /** Per conversation i: overrides for the conversation row. */
  conversation?: (i: number) => Record<string, unknown>;
  /** Per conversation i: its messages (defaults: a question and a reply that showed a product). */
  messages?: (i: number) => SeedMessage[];
  batch?: number;
}

const defaultMessages = (i: number): SeedMessage[] => [
  { role: 'user' as const, content: `Do you have a linen shirt number ${i}?` },
  {
    role: 'assistant' as const,
    content: 'Yes, the Linen Shirt is in stock.',
    meta: { engine: 'local', fallback: false, intent: 'product_search', toolCalls: [{ name: 'search_products', input: { query: 'linen shirt' }, ok: true }], products: [{ handle: `shirt-${i % 7}`, title: 'Linen Shirt', price: 49, currency: 'USD', url: '/products/x' }], actions: [] },
  },
];

export async function seedConversations(db: Db, shop: string, count: number, opts: SeedOptions = {}): Promise<string[]> {
  const now = (opts.now ?? new Date()).getTime();
  const step = opts.stepMs ?? 60_000;
  const batch = opts.batch ?? 2000;
  const ids: string[] = [];
  for (let start = 0; start < count; start += batch) {
    const conversations: Record<string, unknown>[] = [];
    const messages: Record<string, unknown>[] = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const id = `c${crypto.randomBytes(12).toString('base64url')}`;
      ids.push(id);
      const createdAt = new Date(now - i * step);
      const msgs = (opts.messages ?? defaultMessages)(i);
      conversations.push({ id, shop, createdAt, lastMessageAt: new Date(createdAt.getTime() + msgs.length * 1000), locale: 'en', turns: msgs.filter((m) => m.role === 'assistant').length, ...(opts.conversation?.(i) ?? {}) });
      msgs.forEach((m, j) =>
        messages.push({
          conversationId: id,
          shop,
          role: m.role,
          content: m.content,
          meta: JSON.stringify(m.meta ?? {}),
          engine: m.role === 'assistant' ? 'local' : null,
          feedback: m.feedback ?? null,
          flagged: m.flagged ?? false,
          createdAt: new Date(createdAt.getTime() + (j + 1) * 1000),
        }),
      );
    }
    await db.conversation.createMany({ data: conversations as never });
    await db.message.createMany({ data: messages as never });
  }
  return ids;
}
