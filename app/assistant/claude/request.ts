// The pieces of a Messages API request: tools (with the cache breakpoint on the last one, so the
// tool definitions and the stable system prompt are one cached prefix), the conversation so far,
// and the per-request cache breakpoint on the newest message, which lets each round of a tool loop
// read the previous round's prefix from the cache instead of paying for it again.
import type Anthropic from '@anthropic-ai/sdk';
import type { HistoryMessage, Tool } from '../types';

type MessageParam = Anthropic.MessageParam;
type ContentBlockParam = Exclude<MessageParam['content'], string>[number];

/** Older turns beyond this are dropped: the cost and the time per turn stay bounded. */
export const MAX_HISTORY_MESSAGES = 20;

export function toApiTools(tools: Tool[]): Anthropic.Tool[] {
  return tools.map((tool, i) => ({
    name: tool.name,
    description: tool.description,
    input_schema: tool.jsonSchema as Anthropic.Tool['input_schema'],
    ...(i === tools.length - 1 ? { cache_control: { type: 'ephemeral' as const } } : {}),
  }));
}

/**
 * History plus the new message as API messages: empty entries dropped, consecutive messages of one
 * role merged, and the list starting with a user message (the API requires it; a stored greeting
 * from the assistant is not needed as context).
 */
export function toApiMessages(history: HistoryMessage[], message: string, maxHistory = MAX_HISTORY_MESSAGES): MessageParam[] {
  const turns = [...history.slice(-maxHistory), { role: 'user' as const, content: message }].filter((m) => m.content.trim());
  const out: { role: 'user' | 'assistant'; content: string }[] = [];
  for (const m of turns) {
    const last = out[out.length - 1];
    if (last && last.role === m.role) last.content += `\n\n${m.content}`;
    else out.push({ role: m.role, content: m.content });
  }
  while (out.length && out[0].role !== 'user') out.shift();
  return out;
}

/** A copy of `messages` with a cache breakpoint on the last block of the last message. */
export function withCacheBreakpoint(messages: MessageParam[]): MessageParam[] {
  if (!messages.length) return messages;
  const last = messages[messages.length - 1];
  const blocks: ContentBlockParam[] = typeof last.content === 'string' ? [{ type: 'text', text: last.content }] : [...last.content];
  const tail = blocks[blocks.length - 1];
  // Thinking blocks can't carry cache_control; the last message is always the user's, so this holds.
  if (!tail || tail.type === 'thinking' || tail.type === 'redacted_thinking') return messages;
  blocks[blocks.length - 1] = { ...tail, cache_control: { type: 'ephemeral' } } as ContentBlockParam;
  return [...messages.slice(0, -1), { ...last, content: blocks } as MessageParam];
}

/** The assistant's content as it must be sent back: unchanged (thinking signatures included), minus empty text. */
export function assistantContentForResend(content: Anthropic.ContentBlock[]): ContentBlockParam[] {
  return content.filter((b) => !(b.type === 'text' && !b.text)) as unknown as ContentBlockParam[];
}
