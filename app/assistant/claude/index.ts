// The Claude path: engine, fallback combinator, failure type and price table.
export { createClaudeEngine, CLAUDE_DEFAULTS, MAX_TOOL_CALLS_PER_ROUND, type ClaudeEngineOptions } from './engine';
export { withFallback, REPLY_RESTARTED, type FallbackEngine, type FallbackOutput } from './fallback';
export { ModelUnavailableError, type ModelFailure } from './errors';
export { DEFAULT_CLAUDE_MODEL, PRICES_USD_PER_MTOK, priceFor, requestCostUsd, type ModelPrice } from './pricing';
