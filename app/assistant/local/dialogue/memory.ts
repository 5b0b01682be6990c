// Light conversation memory, read from the history the pipeline passes: the products the
// assistant showed most recently (each assistant turn carries the handles it showed), whether the
// last reply asked the shopper for something, and the shopper's earlier messages.
import type { HistoryMessage } from '../../types';
import type { Awaiting } from '../nlu/understand';
import { TEMPLATES } from '../templates';

/** History entries as the pipeline stores them: assistant turns may list the products they showed. */
export type LocalHistoryMessage = HistoryMessage & { products?: string[] };

export interface Memory {
  /** Handles shown by the latest assistant turn that showed any, in the order shown. */
  lastShown: string[];
  /** The latest list of several products ("the second one" counts in it), else `lastShown`. */
  lastList: string[];
  awaiting: Awaiting;
  /** The shopper's earlier messages, most recent first. */
  earlierUserMessages: string[];
}

const ORDER_ASKS = Object.values(TEMPLATES).map((t) => t.askOrderDetails);
const HANDOFF_ASKS = Object.values(TEMPLATES).map((t) => t.askHandoffEmail);

function awaitingAfter(reply: string): Awaiting {
  if (ORDER_ASKS.some((ask) => reply.includes(ask))) return 'order_lookup';
  if (HANDOFF_ASKS.some((ask) => reply.includes(ask))) return 'handoff_email';
  return null;
}

export function readMemory(history: readonly LocalHistoryMessage[]): Memory {
  const last = history[history.length - 1];
  const replies = [...history].reverse().filter((m) => m.role === 'assistant');
  const lastShown = replies.find((m) => m.products && m.products.length > 0)?.products ?? [];
  return {
    lastShown,
    lastList: replies.find((m) => m.products && m.products.length > 1)?.products ?? lastShown,
    awaiting: last?.role === 'assistant' ? awaitingAfter(last.content) : null,
    earlierUserMessages: history
      .filter((m) => m.role === 'user')
      .map((m) => m.content)
      .reverse(),
  };
}
