// The state of one turn of the local engine: what was understood, what the conversation showed
// before, the reply's templates and tone, and the tools, run through one gate that validates the
// input, emits the `tool` event, records the call and never throws for a tool's own failure.
import type { ProductView } from '~/catalog/types';
import type { ChatAction, ComparisonTable, EngineInput, ToolCallRecord, ToolResult } from '../../types';
import type { Understanding } from '../nlu/understand';
import { formatDate, formatPrice, type Messages, type QuickReply, type Voice } from '../templates';
import type { Memory } from './memory';

export interface Draft {
  products: ProductView[];
  actions: ChatAction[];
  comparison?: ComparisonTable;
  toolCalls: ToolCallRecord[];
}

export interface Turn {
  input: EngineInput;
  /** The reply language (one the templates have). */
  lang: string;
  t: Messages;
  voice: Voice;
  u: Understanding;
  memory: Memory;
  out: Draft;
  /** Whether a tool is enabled for this shop (a missing tool is a capability switched off). */
  has(name: string): boolean;
  /** Runs a tool; null when it is disabled. Failures come back as `ok: false` results. */
  call(name: string, input: unknown): Promise<ToolResult | null>;
  price(amount: number, currency?: string): string;
  date(iso: string): string;
  /** Adds quick-reply suggestions (only those whose capability is on). */
  suggest(replies: QuickReply[]): void;
}

const QUICK_REPLY_TOOL: Partial<Record<QuickReply, string>> = {
  order: 'order_status',
  human: 'handoff_to_human',
  similar: 'recommend_products',
  cart: 'add_to_cart',
  compare: 'compare_products',
};
const MAX_QUICK_REPLIES = 4;

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The turn was aborted', 'AbortError');
}

export function createTurn(input: EngineInput, parts: { lang: string; t: Messages; voice: Voice; u: Understanding; memory: Memory }): Turn {
  const out: Draft = { products: [], actions: [], toolCalls: [] };
  const tools = new Map(input.tools.map((tool) => [tool.name, tool]));
  const ctx = { shop: input.shop, shopper: input.shopper, services: input.services };

  async function call(name: string, raw: unknown): Promise<ToolResult | null> {
    const tool = tools.get(name);
    if (!tool) return null;
    if (input.signal.aborted) throw abortError(input.signal);
    const parsed = tool.input.safeParse(raw);
    if (!parsed.success) {
      out.toolCalls.push({ name, input: raw, ok: false, error: 'invalid_input' });
      return { ok: false, data: {}, error: 'invalid_input' };
    }
    input.emit({ type: 'tool', name });
    let result: ToolResult;
    try {
      result = await tool.run(parsed.data, ctx);
    } catch (error) {
      if (input.signal.aborted) throw abortError(input.signal);
      // A tool that throws (database down) must not take the turn with it: the shopper gets an
      // apology and the call is on record.
      out.toolCalls.push({ name, input: parsed.data, ok: false, error: 'error' });
      return { ok: false, data: { message: error instanceof Error ? error.message : String(error) }, error: 'error' };
    }
    out.toolCalls.push({ name, input: parsed.data, ok: result.ok, ...(result.error ? { error: result.error } : {}) });
    return result;
  }

  return {
    input,
    ...parts,
    out,
    has: (name) => tools.has(name),
    call,
    price: (amount, currency = input.shop.currency) => formatPrice(amount, currency, parts.lang),
    date: (iso) => formatDate(iso, parts.lang),
    suggest(replies) {
      const labels = replies.filter((r) => !QUICK_REPLY_TOOL[r] || tools.has(QUICK_REPLY_TOOL[r]!)).map((r) => parts.t.quick[r]);
      if (labels.length === 0) return;
      const existing = out.actions.find((a): a is Extract<ChatAction, { type: 'quick_replies' }> => a.type === 'quick_replies');
      if (existing) existing.replies = [...new Set([...existing.replies, ...labels])].slice(0, MAX_QUICK_REPLIES);
      else out.actions.push({ type: 'quick_replies', replies: labels.slice(0, MAX_QUICK_REPLIES) });
    },
  };
}
