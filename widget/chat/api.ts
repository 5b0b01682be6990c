// Talks to Aisle through the shop's app proxy (/apps/aisle/*). Replies stream from the app's own
// origin with a short-lived token from the proxy, since Shopify's proxy may buffer a stream; when
// that path fails before the reply starts (no token, CORS, a buffering network), the same message
// goes through the proxy as one JSON reply. Refusals (limits, blocks…) are errors, not fallbacks.
import type { ChatAction, ComparisonTable, ProductView, TurnReply } from '../shared/types';
import { createSseParser } from './sse';

export interface ChatHandlers {
  onStart?(conversationId: string, language: string): void;
  onText?(delta: string): void;
  onProducts?(products: ProductView[]): void;
  onComparison?(comparison: ComparisonTable): void;
  onActions?(actions: ChatAction[]): void;
}

export interface HistoryMessage {
  id: string;
  role: 'user' | 'assistant';
  content: string;
  createdAt: string;
  products?: ProductView[];
  actions?: ChatAction[];
  comparison?: ComparisonTable | null;
  feedback?: number | null;
}

export interface History {
  conversationId: string;
  language: string;
  messages: HistoryMessage[];
}

/** A refusal or failure the shopper should hear about; `status` 0 means the network failed. */
export class ChatError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message = code,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** The streaming path can't be used; try the proxied JSON reply instead. */
class UseFallback extends Error {}

/** Statuses that are answers about the message itself: sending it another way won't help. */
const REFUSALS = new Set([400, 404, 409, 413, 429]);
const REPLY_TIMEOUT_MS = 45_000;

async function errorFrom(res: Response): Promise<ChatError> {
  const body = (await res.json().catch(() => ({}))) as { error?: string; message?: string; retryAfterSeconds?: number };
  const retry = body.retryAfterSeconds ?? (Number(res.headers.get('Retry-After')) || undefined);
  return new ChatError(res.status, body.error ?? `http_${res.status}`, body.message, retry);
}

function timeoutSignal(ms: number): AbortSignal | undefined {
  return typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(ms) : undefined;
}

export function createChatClient(opts: { proxy: string }) {
  const proxy = opts.proxy.replace(/\/$/, '');
  let token: { token: string; expiresAt: number; streamUrl: string } | null = null;
  // After the direct path failed once on this page, don't keep paying for the attempt.
  let directBroken = false;

  async function streamToken() {
    if (token && token.expiresAt - Date.now() > 30_000) return token;
    const res = await fetch(`${proxy}/chat-token`, {
      method: 'POST',
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    }).catch(() => null);
    if (!res?.ok) throw new UseFallback();
    const body = (await res.json().catch(() => null)) as { token?: string; expiresAt?: string; streamUrl?: string } | null;
    if (!body?.token || !body.streamUrl) throw new UseFallback();
    token = { token: body.token, streamUrl: body.streamUrl, expiresAt: Date.parse(body.expiresAt ?? '') || Date.now() + 60_000 };
    return token;
  }

  async function viaStream(payload: string, on: ChatHandlers): Promise<TurnReply> {
    const t = await streamToken();
    let res: Response;
    try {
      res = await fetch(t.streamUrl, {
        method: 'POST',
        mode: 'cors',
        credentials: 'omit',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream', Authorization: `Bearer ${t.token}` },
        body: payload,
        signal: timeoutSignal(REPLY_TIMEOUT_MS),
      });
    } catch {
      throw new UseFallback();
    }
    if (!res.ok) {
      if (res.status === 401) token = null;
      const error = await errorFrom(res);
      if (REFUSALS.has(res.status) || error.code === 'blocked') throw error;
      throw new UseFallback();
    }
    if (!res.body || !/text\/event-stream/.test(res.headers.get('content-type') ?? '')) throw new UseFallback();

    let started = false;
    let reply: TurnReply | null = null;
    let failure: ChatError | null = null;
    const parser = createSseParser(({ event, data }) => {
      let d: Record<string, unknown>;
      try {
        d = JSON.parse(data);
      } catch {
        return;
      }
      started = true;
      if (event === 'start') on.onStart?.(String(d.conversationId), String(d.language));
      else if (event === 'text') on.onText?.(String(d.delta ?? ''));
      else if (event === 'products') on.onProducts?.(d.products as ProductView[]);
      else if (event === 'comparison') on.onComparison?.(d.comparison as ComparisonTable);
      else if (event === 'actions') on.onActions?.(d.actions as ChatAction[]);
      else if (event === 'done') reply = d.reply as TurnReply;
      else if (event === 'error') failure = new ChatError(503, String(d.code ?? 'turn_failed'), String(d.message ?? ''));
    });
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parser.push(decoder.decode(value, { stream: true }));
      }
      parser.end();
    } catch {
      if (!started) throw new UseFallback();
      throw new ChatError(0, 'interrupted');
    }
    if (failure) throw failure;
    if (reply) return reply;
    if (!started) throw new UseFallback();
    throw new ChatError(0, 'interrupted');
  }

  async function viaProxy(payload: string, on: ChatHandlers): Promise<TurnReply> {
    let res: Response;
    try {
      res = await fetch(`${proxy}/chat`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: payload,
        signal: timeoutSignal(REPLY_TIMEOUT_MS),
      });
    } catch {
      throw new ChatError(0, 'network');
    }
    if (!res.ok) throw await errorFrom(res);
    const reply = (await res.json().catch(() => null)) as TurnReply | null;
    if (!reply?.conversationId) throw new ChatError(502, 'bad_reply');
    on.onStart?.(reply.conversationId, reply.language);
    on.onText?.(reply.reply);
    if (reply.products?.length) on.onProducts?.(reply.products);
    if (reply.comparison) on.onComparison?.(reply.comparison);
    if (reply.actions?.length) on.onActions?.(reply.actions);
    return reply;
  }

  return {
    async send(body: { conversationId?: string; message: string; locale: string }, on: ChatHandlers): Promise<TurnReply> {
      const payload = JSON.stringify(body);
      if (!directBroken) {
        try {
          return await viaStream(payload, on);
        } catch (error) {
          if (!(error instanceof UseFallback)) throw error;
          directBroken = true;
        }
      }
      return viaProxy(payload, on);
    },

    /** The conversation so far, or null when the server no longer has it for this shopper. */
    async history(conversationId: string): Promise<History | null> {
      const res = await fetch(`${proxy}/history?conversationId=${encodeURIComponent(conversationId)}`, {
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      }).catch(() => {
        throw new ChatError(0, 'network');
      });
      if (res.status === 404 || res.status === 400) return null;
      if (!res.ok) throw await errorFrom(res);
      return (await res.json()) as History;
    },

    async feedback(conversationId: string, messageId: string, value: 1 | -1 | 0): Promise<boolean> {
      const res = await fetch(`${proxy}/feedback`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ conversationId, messageId, value }),
      }).catch(() => null);
      return !!res?.ok;
    },
  };
}

export type ChatClient = ReturnType<typeof createChatClient>;
