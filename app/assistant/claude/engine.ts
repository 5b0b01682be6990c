// The Claude engine: one shopper turn through the Messages API with streaming and a bounded tool
// loop. Text deltas go to the shopper as they arrive; tool calls run the shop's tools (validated
// with each tool's zod schema) and their results go back as JSON (free text in them arrives
// already fenced as untrusted data by the tools); products, actions and comparisons come from the
// tool results, never from the model's text.
//
// Bounds: tool rounds per turn (at the bound the model is asked, with tool_choice none, for a final
// answer), max_tokens per reply, tool calls per round, and one time budget for the whole turn.
// Failures (after bounded retries with backoff on 429/529/5xx/connection errors) end as a
// ModelUnavailableError carrying the tokens already spent, so the caller can fall back to the local
// engine and still meter the usage.
import Anthropic from '@anthropic-ai/sdk';
import { buildSystemPrompt } from '../prompt/system-prompt';
import type { ChatAction, ComparisonTable, Engine, EngineInput, EngineOutput, Tool, ToolCallRecord, ToolResult, Usage } from '../types';
import type { ProductView } from '~/catalog/types';
import { classifyError, ModelUnavailableError } from './errors';
import { DEFAULT_CLAUDE_MODEL, requestCostUsd } from './pricing';
import { assistantContentForResend, toApiMessages, toApiTools, withCacheBreakpoint } from './request';
import { abortableSleep, backoffDelayMs } from './retry';

export interface ClaudeEngineOptions {
  apiKey: string;
  model?: string;
  /** The API's origin (tests: the local fake). Default: the SDK's (api.anthropic.com). */
  baseURL?: string;
  /** Output tokens per model reply. */
  maxTokens?: number;
  /** Rounds of tool calls per turn before the model must answer. */
  maxToolIterations?: number;
  /** Time budget for the whole turn, retries and tools included. Keep it under the pipeline's own. */
  timeoutMs?: number;
  /** Extra attempts per model call after a retryable failure. */
  maxRetries?: number;
  /** Waits between attempts (tests pass an instant one). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Jitter source in [0, 1). */
  random?: () => number;
}

export const CLAUDE_DEFAULTS = { maxTokens: 1024, maxToolIterations: 4, timeoutMs: 15_000, maxRetries: 2 } as const;

/** More tool calls than this in one reply get an error result instead of running. */
export const MAX_TOOL_CALLS_PER_ROUND = 6;

const FINAL_ROUND_NOTE = 'Tool limit for this turn reached. Answer the shopper now from the tool results above, without calling tools.';

export function createClaudeEngine(opts: ClaudeEngineOptions): Engine {
  const model = opts.model ?? DEFAULT_CLAUDE_MODEL;
  const maxTokens = opts.maxTokens ?? CLAUDE_DEFAULTS.maxTokens;
  const maxToolIterations = opts.maxToolIterations ?? CLAUDE_DEFAULTS.maxToolIterations;
  const timeoutMs = opts.timeoutMs ?? CLAUDE_DEFAULTS.timeoutMs;
  const maxRetries = opts.maxRetries ?? CLAUDE_DEFAULTS.maxRetries;
  const sleep = opts.sleep ?? abortableSleep;
  const random = opts.random ?? Math.random;
  // The SDK's own retries are off: ours respect the turn's budget and never repeat streamed text.
  // Its OpenTelemetry spans are off too: without a tracer they are pure cost (a no-op span per call
  // measured at ~10% of the engine's CPU per turn).
  const client = new Anthropic({ apiKey: opts.apiKey, baseURL: opts.baseURL, maxRetries: 0, timeout: timeoutMs, openTelemetry: false });

  type StreamParams = Parameters<typeof client.messages.stream>[0];

  async function callModel(
    params: StreamParams,
    onText: (delta: string) => void,
    onSpent: (usage: Anthropic.Usage) => void,
    signal: AbortSignal,
    budget: AbortSignal,
    deadline: number,
  ): Promise<Anthropic.Message> {
    for (let attempt = 0; ; attempt++) {
      let emitted = false;
      // A stream that breaks after message_start was still billed for its prompt: meter that much.
      let startUsage: Anthropic.Usage | undefined;
      try {
        const stream = client.messages.stream(params, { signal });
        stream.on('streamEvent', (event) => {
          if (event.type === 'message_start') startUsage = event.message.usage;
        });
        stream.on('text', (delta) => {
          emitted = true;
          onText(delta);
        });
        const message = await stream.finalMessage();
        onSpent(message.usage);
        return message;
      } catch (error) {
        if (startUsage) onSpent(startUsage);
        if (signal.aborted) throw timeoutError(budget, timeoutMs, error);
        const c = classifyError(error);
        const details = { status: c.status, cause: error };
        // Text already reached the shopper: a new attempt would repeat it, so stop here.
        if (emitted)
          throw new ModelUnavailableError(
            c.retryable ? 'stream_interrupted' : c.reason,
            `The reply stream broke: ${messageOf(error)}`,
            details,
          );
        if (!c.retryable || attempt >= maxRetries) {
          throw new ModelUnavailableError(
            c.reason,
            `Claude unavailable (${c.reason}) after ${attempt + 1} attempt(s): ${messageOf(error)}`,
            details,
          );
        }
        const delay = backoffDelayMs(attempt, c.retryAfterMs, random);
        if (Date.now() + delay >= deadline) {
          throw new ModelUnavailableError(
            c.reason,
            `Claude unavailable (${c.reason}); waiting ${delay} ms to retry would pass the turn's time budget`,
            details,
          );
        }
        try {
          await sleep(delay, signal);
        } catch (cause) {
          throw timeoutError(budget, timeoutMs, cause);
        }
      }
    }
  }

  return {
    name: 'claude',
    async respond(input: EngineInput): Promise<EngineOutput> {
      const budget = AbortSignal.timeout(timeoutMs);
      const signal = AbortSignal.any([input.signal, budget]);
      const deadline = Date.now() + timeoutMs;
      const system = buildSystemPrompt(input.shop, input.shopper, input.services.now?.() ?? new Date());
      const tools = toApiTools(input.tools);
      const byName = new Map(input.tools.map((t) => [t.name, t]));
      const messages: Anthropic.MessageParam[] = toApiMessages(input.history, input.message);
      const meter = usageMeter(model);
      const found = collector();
      let reply = '';

      const withSpent = (e: ModelUnavailableError) =>
        new ModelUnavailableError(e.reason, e.message, { ...e.details, usage: meter.total(), textEmitted: reply.length > 0 });

      try {
        for (let round = 0; ; round++) {
          const lastRound = round >= maxToolIterations;
          let started = false;
          const onText = (delta: string) => {
            // Text from a later round (after tools) starts a new paragraph.
            if (!started && reply && !/\s$/.test(reply)) {
              reply += '\n\n';
              input.emit({ type: 'text', delta: '\n\n' });
            }
            started = true;
            reply += delta;
            input.emit({ type: 'text', delta });
          };
          const params: StreamParams = {
            model,
            max_tokens: maxTokens,
            system,
            messages: withCacheBreakpoint(messages),
            ...(tools.length ? { tools } : {}),
            ...(lastRound && tools.length ? { tool_choice: { type: 'none' as const } } : {}),
          };
          const message = await callModel(params, onText, meter.add, signal, budget, deadline);
          const uses = message.content.filter((b): b is Anthropic.ToolUseBlock => b.type === 'tool_use');
          if (lastRound || message.stop_reason !== 'tool_use' || !uses.length) break;

          messages.push({ role: 'assistant', content: assistantContentForResend(message.content) });
          const results = await untilAborted(runTools(uses, byName, input, found), signal, () => timeoutError(budget, timeoutMs));
          const note: Anthropic.TextBlockParam[] = round + 1 >= maxToolIterations ? [{ type: 'text', text: FINAL_ROUND_NOTE }] : [];
          messages.push({ role: 'user', content: [...results, ...note] });
        }
      } catch (error) {
        if (error instanceof ModelUnavailableError) throw withSpent(error);
        if (signal.aborted) throw withSpent(timeoutError(budget, timeoutMs, error));
        throw withSpent(new ModelUnavailableError('unknown', `Claude turn failed: ${messageOf(error)}`, { cause: error }));
      }
      if (!reply.trim()) throw withSpent(new ModelUnavailableError('empty_reply', 'The model ended the turn without a reply'));

      return {
        reply: reply.trim(),
        products: found.products,
        actions: found.actions,
        comparison: found.comparison,
        toolCalls: found.toolCalls,
        usage: meter.total(),
      };
    },
  };
}

interface ToolOutcome {
  block: Anthropic.ToolResultBlockParam;
  record: ToolCallRecord;
  result?: ToolResult;
}

async function runTools(
  uses: Anthropic.ToolUseBlock[],
  byName: Map<string, Tool>,
  input: EngineInput,
  found: ReturnType<typeof collector>,
): Promise<Anthropic.ToolResultBlockParam[]> {
  const ctx = { shop: input.shop, shopper: input.shopper, services: input.services };
  const outcomes = await Promise.all(
    uses.map((use, i) =>
      i < MAX_TOOL_CALLS_PER_ROUND
        ? runTool(use, byName.get(use.name), ctx, input.emit)
        : Promise.resolve(
            failed(
              use,
              use.input,
              `Too many tool calls in one reply (at most ${MAX_TOOL_CALLS_PER_ROUND}); this one was not run.`,
              'too_many_calls',
            ),
          ),
    ),
  );
  // Collected in the model's order, whatever order the tools finished in.
  for (const o of outcomes) found.add(o);
  return outcomes.map((o) => o.block);
}

async function runTool(
  use: Anthropic.ToolUseBlock,
  tool: Tool | undefined,
  ctx: Parameters<Tool['run']>[1],
  emit: EngineInput['emit'],
): Promise<ToolOutcome> {
  if (!tool) return failed(use, use.input, `There is no tool named "${use.name}". Use only the tools provided.`, 'unknown_tool');
  const parsed = tool.input.safeParse(use.input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
    return failed(
      use,
      use.input,
      `Invalid input for ${tool.name}: ${issues}. Correct the input and call it again, or answer without it.`,
      'invalid_input',
    );
  }
  emit({ type: 'tool', name: tool.name });
  let result: ToolResult;
  try {
    result = await tool.run(parsed.data, ctx);
  } catch {
    // The tool's own error text may hold internals (SQL, stack); the model only needs to know it failed.
    return failed(
      use,
      parsed.data,
      `${tool.name} failed unexpectedly. Answer without it, or offer to pass the question to the store's team.`,
      'tool_failed',
    );
  }
  const payload = result.data ?? (result.error ? { error: result.error } : null);
  return {
    block: {
      type: 'tool_result',
      tool_use_id: use.id,
      content: JSON.stringify(payload),
      ...(result.ok ? {} : { is_error: true }),
    },
    record: { name: tool.name, input: parsed.data, ok: result.ok, ...(result.error ? { error: result.error } : {}) },
    result,
  };
}

function failed(use: Anthropic.ToolUseBlock, input: unknown, message: string, error: string): ToolOutcome {
  return {
    block: { type: 'tool_result', tool_use_id: use.id, content: message, is_error: true },
    record: { name: use.name, input, ok: false, error },
  };
}

/** Products (deduplicated by handle, first mention wins), actions and the latest comparison from tool results. */
function collector() {
  const products: ProductView[] = [];
  const actions: ChatAction[] = [];
  const toolCalls: ToolCallRecord[] = [];
  const seenProducts = new Set<string>();
  const seenActions = new Set<string>();
  let comparison: ComparisonTable | undefined;
  return {
    products,
    actions,
    toolCalls,
    get comparison() {
      return comparison;
    },
    add(o: ToolOutcome) {
      toolCalls.push(o.record);
      for (const p of o.result?.products ?? []) {
        if (!seenProducts.has(p.handle)) {
          seenProducts.add(p.handle);
          products.push(p);
        }
      }
      for (const a of o.result?.actions ?? []) {
        const key = JSON.stringify(a);
        if (!seenActions.has(key)) {
          seenActions.add(key);
          actions.push(a);
        }
      }
      if (o.result?.comparison) comparison = o.result.comparison;
    },
  };
}

/** Tokens summed over every model call of the turn; cost priced per call. */
function usageMeter(model: string) {
  const total: Usage = { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, model, costUsd: 0 };
  return {
    add(u: Anthropic.Usage) {
      const call = {
        inputTokens: u.input_tokens ?? 0,
        outputTokens: u.output_tokens ?? 0,
        cacheReadTokens: u.cache_read_input_tokens ?? 0,
        cacheWriteTokens: u.cache_creation_input_tokens ?? 0,
      };
      total.inputTokens += call.inputTokens;
      total.outputTokens += call.outputTokens;
      total.cacheReadTokens += call.cacheReadTokens;
      total.cacheWriteTokens += call.cacheWriteTokens;
      total.costUsd += requestCostUsd(model, call);
    },
    total: (): Usage => ({ ...total }),
  };
}

function timeoutError(budget: AbortSignal, timeoutMs: number, cause?: unknown): ModelUnavailableError {
  return new ModelUnavailableError(
    'timeout',
    budget.aborted ? `No complete reply within the turn's ${timeoutMs} ms budget` : 'The turn was cancelled',
    { cause },
  );
}

/** Resolves with `work`, or rejects as soon as `signal` aborts (the work is abandoned, not awaited). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal, error: () => Error): Promise<T> {
  if (signal.aborted) return Promise.reject(error());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(error());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
