// Estimated cost of Claude usage, for metering and the monthly caps. USD per million tokens, from
// Anthropic's published price list (platform.claude.com/docs/en/about-claude/pricing and the model
// pages), checked 2026-11-25 against the model ids in @anthropic-ai/sdk 1.14's `Model` type.
// Cache writes are priced at the 5-minute rate: the engine only asks for `ephemeral` (5 min) caching.
// Prices change: update this table (and its date) when they do. An unknown model is priced at the
// highest rate in the table, so a new or misspelt model can only make the cap trip early, never late.
import type { Usage } from '../types';

export interface ModelPrice {
  input: number;
  output: number;
  cacheWrite: number;
  cacheRead: number;
  /** A higher rate for requests whose prompt (input + cache reads + writes) exceeds `threshold` tokens. */
  longPrompt?: { threshold: number } & Omit<ModelPrice, 'longPrompt'>;
}

/** The default model: a current Sonnet (operator override: AISLE_CLAUDE_MODEL). */
export const DEFAULT_CLAUDE_MODEL = 'claude-sonnet-5-5';

const OPUS_4X: ModelPrice = { input: 5, output: 25, cacheWrite: 6.25, cacheRead: 0.5 };
const SONNET_4X: ModelPrice = { input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.3 };

export const PRICES_USD_PER_MTOK: Record<string, ModelPrice> = {
  'claude-fable-5-2': { input: 8, output: 40, cacheWrite: 10, cacheRead: 0.2 },
  'claude-mythos-5-2': { input: 8, output: 40, cacheWrite: 10, cacheRead: 0.2 },
  'claude-fable-5-1': { input: 10, output: 50, cacheWrite: 12.5, cacheRead: 0.25 },
  'claude-mythos-5-1': { input: 10, output: 50, cacheWrite: 12.5, cacheRead: 0.25 },
  'claude-fable-5': { input: 10, output: 50, cacheWrite: 12.5, cacheRead: 1 },
  'claude-mythos-5': { input: 10, output: 50, cacheWrite: 12.5, cacheRead: 1 },
  'claude-opus-5-5': { input: 4, output: 20, cacheWrite: 5, cacheRead: 0.2 },
  'claude-opus-5': OPUS_4X,
  'claude-opus-4-8': OPUS_4X,
  'claude-opus-4-7': OPUS_4X,
  'claude-opus-4-6': OPUS_4X,
  'claude-opus-4-5': OPUS_4X,
  // Retired on the Claude API (kept so old usage rows and Bedrock/Vertex-style ids still price).
  'claude-opus-4-1': { input: 15, output: 75, cacheWrite: 18.75, cacheRead: 1.5 },
  'claude-sonnet-5-5': { input: 2, output: 10, cacheWrite: 2.5, cacheRead: 0.1 },
  'claude-sonnet-5': { input: 2, output: 10, cacheWrite: 2.5, cacheRead: 0.2 },
  'claude-sonnet-4-6': SONNET_4X,
  'claude-sonnet-4-5': SONNET_4X,
  'claude-haiku-5-5': {
    input: 0.1,
    output: 0.5,
    cacheWrite: 0.125,
    cacheRead: 0.01,
    longPrompt: { threshold: 100_000, input: 0.5, output: 2.5, cacheWrite: 0.625, cacheRead: 0.05 },
  },
  'claude-haiku-4-5': { input: 1, output: 5, cacheWrite: 1.25, cacheRead: 0.1 },
};

const HIGHEST: ModelPrice = Object.values(PRICES_USD_PER_MTOK).reduce((a, b) => (b.output > a.output ? b : a));

/** Price for a model id; dated snapshots ("claude-haiku-4-5-20251001") price as their alias. */
export function priceFor(model: string): { price: ModelPrice; known: boolean } {
  const id = model.trim().toLowerCase();
  const direct = PRICES_USD_PER_MTOK[id] ?? PRICES_USD_PER_MTOK[id.replace(/-\d{8}$/, '')];
  return direct ? { price: direct, known: true } : { price: HIGHEST, known: false };
}

export type TokenCounts = Pick<Usage, 'inputTokens' | 'outputTokens' | 'cacheReadTokens' | 'cacheWriteTokens'>;

/** Cost of one request (long-prompt rates apply per request, so price each call on its own). */
export function requestCostUsd(model: string, t: TokenCounts): number {
  const { price } = priceFor(model);
  const prompt = t.inputTokens + t.cacheReadTokens + t.cacheWriteTokens;
  const p = price.longPrompt && prompt > price.longPrompt.threshold ? price.longPrompt : price;
  return (
    (t.inputTokens * p.input + t.outputTokens * p.output + t.cacheWriteTokens * p.cacheWrite + t.cacheReadTokens * p.cacheRead) / 1_000_000
  );
}
