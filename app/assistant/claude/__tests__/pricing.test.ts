import { APIConnectionError, APIError, APIUserAbortError, RateLimitError } from '@anthropic-ai/sdk';
import { classifyError } from '../errors';
import { DEFAULT_CLAUDE_MODEL, PRICES_USD_PER_MTOK, priceFor, requestCostUsd } from '../pricing';
import { backoffDelayMs, BACKOFF_MAX_MS } from '../retry';

const tokens = (inputTokens: number, outputTokens: number, cacheReadTokens = 0, cacheWriteTokens = 0) => ({
  inputTokens,
  outputTokens,
  cacheReadTokens,
  cacheWriteTokens,
});

test('prices per million tokens, cache reads and writes included', () => {
  expect(requestCostUsd('claude-sonnet-5-5', tokens(1_000_000, 0))).toBeCloseTo(2, 10);
  expect(requestCostUsd('claude-sonnet-5-5', tokens(0, 1_000_000))).toBeCloseTo(10, 10);
  expect(requestCostUsd('claude-sonnet-4-5', tokens(1000, 500, 2000, 4000))).toBeCloseTo(
    (1000 * 3 + 500 * 15 + 2000 * 0.3 + 4000 * 3.75) / 1e6,
    12,
  );
  expect(requestCostUsd('claude-opus-4-1', tokens(1_000_000, 1_000_000))).toBeCloseTo(90, 10);
});

test('dated snapshots price as their alias; unknown models at the highest rate', () => {
  expect(priceFor('claude-haiku-4-5-20251001')).toEqual({ price: PRICES_USD_PER_MTOK['claude-haiku-4-5'], known: true });
  const unknown = priceFor('claude-someday-9');
  expect(unknown.known).toBe(false);
  expect(unknown.price.output).toBe(Math.max(...Object.values(PRICES_USD_PER_MTOK).map((p) => p.output)));
  expect(PRICES_USD_PER_MTOK[DEFAULT_CLAUDE_MODEL]).toBeDefined();
});

test('Haiku 5.5 switches to its long-prompt rate per request', () => {
  expect(requestCostUsd('claude-haiku-5-5', tokens(100_000, 1000))).toBeCloseTo((100_000 * 0.1 + 1000 * 0.5) / 1e6, 12);
  expect(requestCostUsd('claude-haiku-5-5', tokens(90_000, 1000, 20_000))).toBeCloseTo(
    (90_000 * 0.5 + 1000 * 2.5 + 20_000 * 0.05) / 1e6,
    12,
  );
});

test('errors are classified for retrying', () => {
  const headers = new Headers({ 'retry-after': '3' });
  expect(classifyError(new RateLimitError(429, undefined, 'slow down', headers))).toEqual({
    reason: 'rate_limited',
    retryable: true,
    status: 429,
    retryAfterMs: 3000,
  });
  expect(
    classifyError(APIError.generate(529, { type: 'error', error: { type: 'overloaded_error' } }, undefined, new Headers())),
  ).toMatchObject({ reason: 'overloaded', retryable: true });
  expect(classifyError(APIError.generate(503, undefined, undefined, new Headers({ 'retry-after-ms': '250' })))).toMatchObject({
    reason: 'server_error',
    retryable: true,
    retryAfterMs: 250,
  });
  expect(classifyError(APIError.generate(400, undefined, 'bad', new Headers()))).toMatchObject({ reason: 'rejected', retryable: false });
  expect(classifyError(APIError.generate(401, undefined, 'no', new Headers()))).toMatchObject({ reason: 'auth', retryable: false });
  expect(classifyError(new APIConnectionError({ message: 'ECONNREFUSED' }))).toMatchObject({ reason: 'connection', retryable: true });
  expect(classifyError(new APIUserAbortError())).toMatchObject({ reason: 'timeout', retryable: false });
  expect(
    classifyError(new APIError(undefined, { type: 'error', error: { type: 'overloaded_error' } }, undefined, undefined)),
  ).toMatchObject({ reason: 'overloaded', retryable: true });
  const dated = new Headers({ 'retry-after': new Date(Date.parse('2026-11-25T12:00:05Z')).toUTCString() });
  expect(classifyError(new RateLimitError(429, undefined, 'x', dated), Date.parse('2026-11-25T12:00:00Z')).retryAfterMs).toBe(5000);
  expect(classifyError(new Error('our bug'))).toEqual({ reason: 'unknown', retryable: false });
});

test('backoff grows exponentially with jitter, is capped, and honours retry-after', () => {
  expect([0, 1, 2, 3].map((a) => backoffDelayMs(a, undefined, () => 0))).toEqual([250, 500, 1000, 2000]);
  expect([0, 1, 2, 3].map((a) => backoffDelayMs(a, undefined, () => 0.999999))).toEqual([500, 1000, 2000, 4000]);
  expect(backoffDelayMs(10, undefined, () => 0.999999)).toBe(BACKOFF_MAX_MS);
  expect(backoffDelayMs(0, 5000, () => 0.5)).toBe(5000);
});
