// The HTTP face of a chat turn, shared by the app-proxy route (/proxy/chat) and the direct
// streaming route (/api/chat/stream): body validation, then either one JSON object or an SSE
// stream of TurnEvents. Errors that happen before the turn starts keep their HTTP status.
import { z } from 'zod';
import { CONVERSATION_ID } from './conversation-id';
import { runTurn, TurnError, type TurnDeps } from './turn';
import type { TurnEvent } from './types';

export const MAX_MESSAGE_CHARS = 2000;

export const chatBodySchema = z.object({
  conversationId: z.string().regex(CONVERSATION_ID, 'conversationId is malformed').optional(),
  message: z
    .string({ required_error: 'message is required', invalid_type_error: 'message must be text' })
    .trim()
    .min(1, 'message is empty')
    .max(MAX_MESSAGE_CHARS, `message is longer than ${MAX_MESSAGE_CHARS} characters`),
  locale: z
    .string()
    .regex(/^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,4})?$/, 'locale is malformed')
    .transform((l) => l.slice(0, 2).toLowerCase())
    .optional(),
});

export type ChatBody = z.infer<typeof chatBodySchema>;

export function errorResponse(status: number, error: string, message: string, retryAfterSeconds?: number, headers: HeadersInit = {}): Response {
  const h = new Headers(headers);
  if (retryAfterSeconds) h.set('Retry-After', String(retryAfterSeconds));
  return Response.json({ error, message, ...(retryAfterSeconds ? { retryAfterSeconds } : {}) }, { status, headers: h });
}

/** Parses and validates the JSON body, or returns the 400 response to send. */
export async function readChatBody(request: Request): Promise<ChatBody | Response> {
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    return errorResponse(400, 'invalid_json', 'The body must be JSON: {"message": "…"}');
  }
  const parsed = chatBodySchema.safeParse(raw);
  if (!parsed.success) return errorResponse(400, 'invalid_input', parsed.error.issues.map((i) => i.message).join('; '));
  return parsed.data;
}

export function sseEncode(event: TurnEvent): string {
  const { type, ...data } = event;
  return `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}

export interface ChatCall {
  deps: TurnDeps;
  shop: string;
  customerId: string | null;
  ip: string | null;
  body: ChatBody;
  stream: boolean;
  headers?: HeadersInit;
}

export async function respondToChat(call: ChatCall): Promise<Response> {
  const turnRequest = { shop: call.shop, customerId: call.customerId, ip: call.ip, ...call.body };
  if (!call.stream) {
    try {
      const reply = await runTurn(call.deps, turnRequest);
      return Response.json(reply, { headers: call.headers });
    } catch (error) {
      return turnErrorResponse(error, call.headers);
    }
  }

  // Stream: wait for the first event so that refusals (limits, blocks, unknown conversation) keep
  // their HTTP status; after that, failures arrive as an `error` event.
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  let started!: (value: 'started' | Response) => void;
  const firstEvent = new Promise<'started' | Response>((r) => (started = r));
  let open = true;
  const emit = (event: TurnEvent) => {
    started('started');
    if (open) controller.enqueue(encoder.encode(sseEncode(event)));
  };
  runTurn(call.deps, turnRequest, emit)
    .catch((error) => {
      const response = turnErrorResponse(error, call.headers);
      started(response);
      if (open) controller.enqueue(encoder.encode(sseEncode({ type: 'error', code: 'turn_failed', message: 'Something went wrong. Please try again.' })));
    })
    .finally(() => {
      if (open) controller.close();
      open = false;
    });
  const first = await firstEvent;
  if (first instanceof Response) return first;
  const headers = new Headers(call.headers);
  headers.set('Content-Type', 'text/event-stream; charset=utf-8');
  headers.set('Cache-Control', 'no-cache, no-transform');
  headers.set('X-Accel-Buffering', 'no');
  return new Response(body, { headers });
}

function turnErrorResponse(error: unknown, headers?: HeadersInit): Response {
  if (error instanceof TurnError) return errorResponse(error.status, error.code, error.message, error.retryAfterSeconds, headers);
  console.error('[chat] turn failed', error);
  return errorResponse(503, 'unavailable', 'The assistant is unavailable right now. Your message was not lost; please try again.', 5, headers);
}
