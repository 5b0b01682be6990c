// A local fake of Anthropic's Messages API (POST /v1/messages) on node:http, for tests and benches.
// The real @anthropic-ai/sdk talks to it through `baseURL`, so the SDK's own SSE parser, error
// classes and stream accumulator are exercised, not mocked. Each request takes the next scripted
// turn (or the default responder's): text, tool_use, an HTTP error, a hang, a stream cut mid-way, or
// an error event inside the stream. Streams are real SSE (`event:` + `data:` lines, message_start
// with usage, block start/delta/stop, message_delta with stop_reason and usage, message_stop);
// non-streaming requests get the same message as one JSON body. Every request is recorded (body,
// auth, time of the first text delta) so tests can assert what was sent.
//
// The fake also rejects requests the real API would reject (tool_use without a tool_result in the
// next user message, tool blocks without `tools`, more than 4 cache_control breakpoints), so an
// engine bug shows up as a 400 here rather than only in production.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUsage {
  input?: number;
  output?: number;
  cacheRead?: number;
  cacheWrite?: number;
}

interface TurnCommon {
  usage?: FakeUsage;
  /** Milliseconds between SSE events for this turn (overrides the server's chunkDelayMs). */
  chunkDelayMs?: number;
}

export interface FakeTextTurn extends TurnCommon {
  type: 'text';
  /** The reply; an array gives the exact text deltas, a string is split after each word. */
  text: string | string[];
  /** A thinking block (with a signature) before the text, as adaptive-thinking models send. */
  thinking?: string;
  stopReason?: 'end_turn' | 'max_tokens' | 'refusal';
}

export interface FakeToolCall {
  name: string;
  input: unknown;
  id?: string;
}

export interface FakeToolUseTurn extends TurnCommon {
  type: 'tool_use';
  /** Text before the tool calls ("Let me look…"), streamed like a text turn. */
  text?: string;
  /** A thinking block (with a signature) first, as adaptive-thinking models send. */
  thinking?: string;
  calls: FakeToolCall[];
}

export interface FakeErrorTurn {
  type: 'error';
  status: number;
  /** Anthropic error type, e.g. rate_limit_error, overloaded_error, api_error. */
  errorType?: string;
  message?: string;
  /** Value of the retry-after header (seconds), when set. */
  retryAfter?: number;
}

/** Accepts the request and never answers (until the client gives up or the fake closes). */
export interface FakeHangTurn {
  type: 'hang';
}

/** Starts a text stream, sends `afterDeltas` deltas, then drops the connection. */
export interface FakeCutTurn extends TurnCommon {
  type: 'cut';
  text: string | string[];
  afterDeltas: number;
}

/** Starts a stream, sends `afterDeltas` text deltas, then an SSE `error` event (as the API does when overloaded mid-stream). */
export interface FakeStreamErrorTurn extends TurnCommon {
  type: 'stream_error';
  errorType: string;
  text?: string | string[];
  afterDeltas?: number;
}

export type FakeTurn = FakeTextTurn | FakeToolUseTurn | FakeErrorTurn | FakeHangTurn | FakeCutTurn | FakeStreamErrorTurn;

/** Shorthands for scripting turns. */
export const reply = {
  text: (text: string | string[], extra: Omit<FakeTextTurn, 'type' | 'text'> = {}): FakeTextTurn => ({ type: 'text', text, ...extra }),
  tools: (calls: FakeToolCall[], extra: Omit<FakeToolUseTurn, 'type' | 'calls'> = {}): FakeToolUseTurn => ({
    type: 'tool_use',
    calls,
    ...extra,
  }),
  tool: (name: string, input: unknown, extra: Omit<FakeToolUseTurn, 'type' | 'calls'> = {}): FakeToolUseTurn => ({
    type: 'tool_use',
    calls: [{ name, input }],
    ...extra,
  }),
  error: (status: number, extra: Omit<FakeErrorTurn, 'type' | 'status'> = {}): FakeErrorTurn => ({ type: 'error', status, ...extra }),
  rateLimited: (retryAfter?: number): FakeErrorTurn => ({
    type: 'error',
    status: 429,
    errorType: 'rate_limit_error',
    message: 'Rate limited',
    retryAfter,
  }),
  overloaded: (): FakeErrorTurn => ({ type: 'error', status: 529, errorType: 'overloaded_error', message: 'Overloaded' }),
  serverError: (): FakeErrorTurn => ({ type: 'error', status: 500, errorType: 'api_error', message: 'Internal server error' }),
  hang: (): FakeHangTurn => ({ type: 'hang' }),
  cut: (text: string | string[], afterDeltas: number): FakeCutTurn => ({ type: 'cut', text, afterDeltas }),
  streamError: (errorType = 'overloaded_error', afterDeltas = 0, text?: string | string[]): FakeStreamErrorTurn => ({
    type: 'stream_error',
    errorType,
    afterDeltas,
    text,
  }),
};

/** The request body's shape as far as tests look at it (the fake checks it defensively). */
export interface WireBlock {
  type: string;
  text?: string;
  id?: string;
  name?: string;
  input?: unknown;
  tool_use_id?: string;
  content?: string | WireBlock[];
  is_error?: boolean;
  thinking?: string;
  signature?: string;
  cache_control?: { type: string };
}

export interface WireMessage {
  role: string;
  content: string | WireBlock[];
}

export interface MessagesRequest {
  model: string;
  max_tokens: number;
  stream?: boolean;
  system?: string | WireBlock[];
  tools?: { name: string; description?: string; input_schema: Record<string, unknown>; cache_control?: { type: string } }[];
  tool_choice?: { type: string; name?: string };
  messages: WireMessage[];
  [key: string]: unknown;
}

/** A message's content as blocks (a string content is one text block). */
export function blocksOf(message: WireMessage | undefined): WireBlock[] {
  if (!message) return [];
  return typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : message.content;
}

/** The system prompt as blocks (a string system prompt is one text block). */
export function systemOf(body: MessagesRequest): WireBlock[] {
  if (!body.system) return [];
  return typeof body.system === 'string' ? [{ type: 'text', text: body.system }] : body.system;
}

export interface RecordedRequest {
  /** Parsed JSON body as the SDK sent it. */
  body: MessagesRequest;
  auth: { scheme: 'x-api-key' | 'bearer'; key: string } | null;
  headers: http.IncomingHttpHeaders;
  receivedAt: number;
  /** performance.now() when the fake wrote this request's first text delta (streams only). */
  firstDeltaAt?: number;
  /** performance.now() when the answer ended (the "model time" is finishedAt - receivedAt). */
  finishedAt?: number;
  /** What the fake answered with: the turn's type, or 'invalid' / 'unauthorized' / 'unscripted'. */
  answeredWith: string;
}

export interface FakeAnthropicOptions {
  /** When set, requests with another key get a 401 authentication_error. */
  apiKey?: string;
  /** Delay between SSE events (ms), to make streaming observable. Default 0. */
  chunkDelayMs?: number;
  /** Keep request bodies (default true; benches turn it off to save memory). */
  record?: boolean;
}

export interface FakeAnthropic {
  /** Pass to the SDK as `baseURL`. */
  baseURL: string;
  requests: RecordedRequest[];
  /** Queue turns; each request takes the next one. */
  enqueue(...turns: FakeTurn[]): void;
  /** Answer with this when the queue is empty (given the request body and how many turns were served before). */
  setResponder(responder: ((body: MessagesRequest, index: number) => FakeTurn) | null): void;
  /** Scripted turns not yet served. */
  pending(): number;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function startFakeAnthropic(opts: FakeAnthropicOptions = {}): Promise<FakeAnthropic> {
  const queue: FakeTurn[] = [];
  const requests: RecordedRequest[] = [];
  let responder: ((body: MessagesRequest, index: number) => FakeTurn) | null = null;
  let served = 0;
  let idCounter = 0;
  const record = opts.record ?? true;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void handle(req, res, Buffer.concat(chunks).toString('utf8')).catch(() => res.destroy());
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string) {
    const auth = readAuth(req.headers);
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = null;
    }
    const body = (parsed && typeof parsed === 'object' ? parsed : {}) as MessagesRequest;
    const entry: RecordedRequest = {
      body: record ? body : ({} as MessagesRequest),
      auth,
      headers: req.headers,
      receivedAt: performance.now(),
      answeredWith: '',
    };
    requests.push(entry);
    res.on('close', () => (entry.finishedAt = performance.now()));

    if (req.method !== 'POST' || !req.url?.startsWith('/v1/messages')) {
      entry.answeredWith = 'not_found';
      return sendError(res, 404, 'not_found_error', `No route ${req.method} ${req.url}`);
    }
    if (!auth || (opts.apiKey !== undefined && auth.key !== opts.apiKey)) {
      entry.answeredWith = 'unauthorized';
      return sendError(res, 401, 'authentication_error', 'invalid x-api-key');
    }
    const invalid = validateRequest(body);
    if (invalid) {
      entry.answeredWith = 'invalid';
      return sendError(res, 400, 'invalid_request_error', invalid);
    }
    const turn = queue.shift() ?? responder?.(body, served);
    if (turn) served++;
    if (!turn) {
      entry.answeredWith = 'unscripted';
      return sendError(res, 500, 'api_error', 'fake: no scripted response left');
    }
    entry.answeredWith = turn.type;
    const model = typeof body.model === 'string' ? body.model : 'claude-fake';
    const id = `msg_fake_${++idCounter}`;

    if (turn.type === 'error') {
      const headers: Record<string, string> = {};
      if (turn.retryAfter !== undefined) headers['retry-after'] = String(turn.retryAfter);
      return sendError(res, turn.status, turn.errorType ?? 'api_error', turn.message ?? `fake error ${turn.status}`, headers);
    }
    if (turn.type === 'hang') return; // the socket stays open until the client aborts or close()

    const content = buildContent(turn, () => `toolu_fake_${++idCounter}`);
    const usage = usageFor(turn, body, content);
    const stopReason = turn.type === 'tool_use' ? 'tool_use' : turn.type === 'text' ? (turn.stopReason ?? 'end_turn') : 'end_turn';

    if (body.stream !== true) {
      if (turn.type === 'cut' || turn.type === 'stream_error')
        return sendError(res, 529, turn.type === 'stream_error' ? turn.errorType : 'api_error', 'fake: interrupted');
      const message = {
        id,
        type: 'message',
        role: 'assistant',
        model,
        content: content.map(blockValue),
        stop_reason: stopReason,
        stop_sequence: null,
        usage: wireUsage(usage),
      };
      res.writeHead(200, { 'content-type': 'application/json', 'request-id': `req_${id}` });
      return res.end(JSON.stringify(message));
    }

    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'request-id': `req_${id}`,
    });
    const delay = 'chunkDelayMs' in turn && turn.chunkDelayMs !== undefined ? turn.chunkDelayMs : (opts.chunkDelayMs ?? 0);
    const send = async (event: string, data: unknown) => {
      if (res.destroyed) throw new Error('client went away');
      res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      if (delay > 0) await sleep(delay);
    };
    // Text deltas sent so far, across blocks: cut and stream_error stop after `afterDeltas` of them.
    let deltas = 0;
    const stopAfter = turn.type === 'cut' ? turn.afterDeltas : turn.type === 'stream_error' ? (turn.afterDeltas ?? 0) : Infinity;

    await send('message_start', {
      type: 'message_start',
      message: {
        id,
        type: 'message',
        role: 'assistant',
        model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { ...wireUsage(usage), output_tokens: 1 },
      },
    });
    await send('ping', { type: 'ping' });
    for (const [index, block] of content.entries()) {
      if (deltas >= stopAfter) break;
      await send('content_block_start', { type: 'content_block_start', index, content_block: blockStart(block) });
      for (const delta of block.deltas) {
        if (deltas >= stopAfter) break;
        if (block.kind === 'text') {
          entry.firstDeltaAt ??= performance.now();
          deltas++;
          await send('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'text_delta', text: delta } });
        } else if (block.kind === 'tool_use') {
          await send('content_block_delta', {
            type: 'content_block_delta',
            index,
            delta: { type: 'input_json_delta', partial_json: delta },
          });
        } else {
          await send('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'thinking_delta', thinking: delta } });
        }
      }
      if (deltas >= stopAfter) break;
      if (block.kind === 'thinking') {
        await send('content_block_delta', {
          type: 'content_block_delta',
          index,
          delta: { type: 'signature_delta', signature: block.signature },
        });
      }
      await send('content_block_stop', { type: 'content_block_stop', index });
    }
    if (turn.type === 'cut') {
      // Let what was written reach the client, then drop the connection without ending the body.
      await new Promise<void>((resolve) => res.write('', () => resolve()));
      res.socket?.destroy();
      return;
    }
    if (turn.type === 'stream_error') {
      res.write(
        `event: error\ndata: ${JSON.stringify({ type: 'error', error: { type: turn.errorType, message: 'fake: error mid-stream' } })}\n\n`,
      );
      return res.end();
    }
    await send('message_delta', {
      type: 'message_delta',
      delta: { stop_reason: stopReason, stop_sequence: null },
      usage: { output_tokens: usage.output },
    });
    await send('message_stop', { type: 'message_stop' });
    res.end();
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}`,
    requests,
    enqueue: (...turns) => void queue.push(...turns),
    setResponder: (fn) => void (responder = fn),
    pending: () => queue.length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readAuth(headers: http.IncomingHttpHeaders): RecordedRequest['auth'] {
  const apiKey = headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey) return { scheme: 'x-api-key', key: apiKey };
  const authorization = headers.authorization;
  const m = typeof authorization === 'string' ? /^Bearer\s+(.+)$/i.exec(authorization) : null;
  return m ? { scheme: 'bearer', key: m[1] } : null;
}

function sendError(res: http.ServerResponse, status: number, type: string, message: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ type: 'error', error: { type, message } }));
}

type Block =
  | { kind: 'text'; text: string; deltas: string[] }
  | { kind: 'thinking'; thinking: string; signature: string; deltas: string[] }
  | { kind: 'tool_use'; id: string; name: string; input: unknown; deltas: string[] };

function splitText(text: string | string[]): string[] {
  if (Array.isArray(text)) return text;
  return text.match(/\S+\s*|\s+/g) ?? [text];
}

function buildContent(turn: Exclude<FakeTurn, FakeErrorTurn | FakeHangTurn>, newId: () => string): Block[] {
  const blocks: Block[] = [];
  if ((turn.type === 'text' || turn.type === 'tool_use') && turn.thinking) {
    blocks.push({
      kind: 'thinking',
      thinking: turn.thinking,
      signature: `sig_${Buffer.from(turn.thinking).toString('base64url').slice(0, 16)}`,
      deltas: splitText(turn.thinking),
    });
  }
  const text = turn.text;
  if (text !== undefined && (Array.isArray(text) ? text.length : text)) {
    const deltas = splitText(text);
    blocks.push({ kind: 'text', text: deltas.join(''), deltas });
  }
  if (turn.type === 'tool_use') {
    for (const call of turn.calls) {
      const json = JSON.stringify(call.input ?? {});
      // The API streams tool input as JSON fragments; split it in a few pieces like it does.
      const size = Math.max(1, Math.ceil(json.length / 3));
      const deltas = json.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [json];
      blocks.push({ kind: 'tool_use', id: call.id ?? newId(), name: call.name, input: call.input ?? {}, deltas });
    }
  }
  return blocks;
}

function blockStart(block: Block) {
  if (block.kind === 'text') return { type: 'text', text: '', citations: null };
  if (block.kind === 'thinking') return { type: 'thinking', thinking: '', signature: '' };
  return { type: 'tool_use', id: block.id, name: block.name, input: {} };
}

function blockValue(block: Block) {
  if (block.kind === 'text') return { type: 'text', text: block.text, citations: null };
  if (block.kind === 'thinking') return { type: 'thinking', thinking: block.thinking, signature: block.signature };
  return { type: 'tool_use', id: block.id, name: block.name, input: block.input };
}

interface ResolvedUsage {
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
}

function usageFor(turn: Exclude<FakeTurn, FakeErrorTurn | FakeHangTurn>, body: MessagesRequest, content: Block[]): ResolvedUsage {
  // Rough token counts (4 characters a token) unless the test fixes them.
  const outputChars = content.reduce((n, b) => n + b.deltas.join('').length, 0);
  return {
    input: turn.usage?.input ?? Math.ceil(JSON.stringify(body.messages ?? []).length / 4),
    output: turn.usage?.output ?? Math.max(1, Math.ceil(outputChars / 4)),
    cacheRead: turn.usage?.cacheRead ?? 0,
    cacheWrite: turn.usage?.cacheWrite ?? 0,
  };
}

function wireUsage(u: ResolvedUsage) {
  return {
    input_tokens: u.input,
    output_tokens: u.output,
    cache_creation_input_tokens: u.cacheWrite,
    cache_read_input_tokens: u.cacheRead,
  };
}

/** The subset of the API's request validation that catches engine bugs. */
export function validateRequest(body: MessagesRequest): string | null {
  if (typeof body.model !== 'string' || !body.model) return 'model: Field required';
  if (!Number.isInteger(body.max_tokens) || body.max_tokens < 1) return 'max_tokens: must be a positive integer';
  const messages: unknown = body.messages;
  if (!Array.isArray(messages) || messages.length === 0) return 'messages: at least one message is required';
  const list = messages as WireMessage[];
  if (list[0]?.role !== 'user') return 'messages: first message must use the "user" role';
  const arr = <T>(x: unknown): T[] => (Array.isArray(x) ? (x as T[]) : []);
  const hasCache = (x: { cache_control?: unknown } | null) => Boolean(x && typeof x === 'object' && x.cache_control);
  let breakpoints = arr<WireBlock>(body.tools).filter(hasCache).length + arr<WireBlock>(body.system).filter(hasCache).length;
  let usesTools = false;
  for (const [i, m] of list.entries()) {
    if (m?.role !== 'user' && m?.role !== 'assistant') return `messages.${i}.role: must be user or assistant`;
    if (typeof m.content === 'string') {
      if (!m.content) return `messages.${i}: content must be non-empty`;
      continue;
    }
    if (!Array.isArray(m.content) || m.content.length === 0) return `messages.${i}.content: must be a non-empty array or string`;
    breakpoints += m.content.filter(hasCache).length;
    if (m.content.some((b) => b?.type === 'text' && !b.text)) return `messages.${i}: text content blocks must be non-empty`;
    const uses = m.content.filter((b) => b?.type === 'tool_use');
    const results = m.content.filter((b) => b?.type === 'tool_result');
    if (uses.length || results.length) usesTools = true;
    if (m.role === 'assistant' && uses.length) {
      const answered = new Set(
        blocksOf(list[i + 1])
          .filter((b) => b?.type === 'tool_result')
          .map((b) => b.tool_use_id),
      );
      for (const u of uses) {
        if (!answered.has(u.id)) return `messages.${i + 1}: tool_use ids were found without tool_result blocks immediately after: ${u.id}`;
      }
    }
    if (m.role === 'user' && results.length) {
      const asked = new Set(
        blocksOf(list[i - 1])
          .filter((b) => b?.type === 'tool_use')
          .map((b) => b.id),
      );
      for (const r of results)
        if (!asked.has(r.tool_use_id)) return `messages.${i}: unexpected tool_use_id found in tool_result blocks: ${r.tool_use_id}`;
    }
  }
  if (usesTools && !Array.isArray(body.tools)) return 'Requests which include tool_use or tool_result blocks must define tools.';
  if (breakpoints > 4) return `A maximum of 4 blocks with cache_control may be provided. Found ${breakpoints}.`;
  return null;
}
