// Why a model call failed, in terms the pipeline acts on: every failure of the Claude path ends as
// one ModelUnavailableError, so callers fall back to the local engine without knowing SDK classes.
import { AnthropicError, APIConnectionError, APIError, APIUserAbortError } from '@anthropic-ai/sdk';
import type { Usage } from '../types';

export type ModelFailure =
  | 'rate_limited' // 429 after the retries
  | 'overloaded' // 529 / overloaded_error after the retries
  | 'server_error' // 5xx / api_error after the retries
  | 'connection' // network failure or a stream cut before any text
  | 'stream_interrupted' // the stream broke after text reached the shopper (not retried: it would repeat)
  | 'timeout' // the turn's time budget ran out
  | 'auth' // 401/403: bad or revoked key
  | 'rejected' // 4xx the API won't accept (bad request, billing, too large)
  | 'empty_reply' // the model ended without any text for the shopper
  | 'unknown';

export class ModelUnavailableError extends Error {
  override readonly name = 'ModelUnavailableError';
  constructor(
    readonly reason: ModelFailure,
    message: string,
    readonly details: {
      status?: number;
      /** Tokens already spent this turn (meter them even though the local engine answers). */
      usage?: Usage;
      /** Whether some text of this turn already went to the shopper. */
      textEmitted?: boolean;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: details.cause });
  }
}

export interface ClassifiedError {
  reason: ModelFailure;
  retryable: boolean;
  status?: number;
  /** Server-requested wait (retry-after-ms / retry-after), in ms. */
  retryAfterMs?: number;
}

/** Maps an SDK (or network) error to a failure reason and whether another attempt may help. */
export function classifyError(error: unknown, now = Date.now()): ClassifiedError {
  if (error instanceof APIUserAbortError) return { reason: 'timeout', retryable: false };
  if (error instanceof APIConnectionError) return { reason: 'connection', retryable: true };
  if (error instanceof APIError) {
    const status = typeof error.status === 'number' ? error.status : undefined;
    const retryAfterMs = readRetryAfter(error.headers, now);
    if (status === undefined) {
      // An `error` event inside a 200 stream: only the error type tells what happened.
      const type = (error.error as { error?: { type?: string } } | undefined)?.error?.type;
      if (type === 'overloaded_error') return { reason: 'overloaded', retryable: true };
      if (type === 'rate_limit_error') return { reason: 'rate_limited', retryable: true, retryAfterMs };
      if (type === 'api_error') return { reason: 'server_error', retryable: true };
      return { reason: 'unknown', retryable: false };
    }
    if (status === 429) return { reason: 'rate_limited', retryable: true, status, retryAfterMs };
    if (status === 529) return { reason: 'overloaded', retryable: true, status, retryAfterMs };
    if (status >= 500) return { reason: 'server_error', retryable: true, status, retryAfterMs };
    if (status === 408 || status === 409) return { reason: 'server_error', retryable: true, status, retryAfterMs };
    if (status === 401 || status === 403) return { reason: 'auth', retryable: false, status };
    return { reason: 'rejected', retryable: false, status };
  }
  // A body that stops mid-stream surfaces as an AnthropicError wrapping undici's "terminated".
  if (error instanceof AnthropicError || error instanceof TypeError) return { reason: 'connection', retryable: true };
  return { reason: 'unknown', retryable: false };
}

function readRetryAfter(headers: Headers | undefined, now: number): number | undefined {
  if (!headers || typeof headers.get !== 'function') return undefined;
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
