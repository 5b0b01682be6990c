// The conversation engine's contracts, shared by the turn pipeline, the tools, the Claude engine
// and the local engine. Plain TypeScript: no Remix, no Prisma types leak past `Db`.
import type { z } from 'zod';
import type { Db } from '~/db/client.server';
import type { ProductView } from '~/catalog/types';
import type { AdminGraphql } from '~/shopify/admin-query';

/** The merchant's settings that shape the assistant (edited in the admin; defaults otherwise). */
export interface AssistantSettings {
  personaName: string;
  greeting: string;
  /** Preset ('friendly' | 'professional' | 'playful' | 'concise') or free text. */
  tone: string;
  customInstructions: string;
  topicsToAvoid: string[];
  /** Languages the assistant offers (subset of the shop's locales). Empty: all shop locales. */
  languages: string[];
  capabilities: {
    orderStatus: boolean;
    recommendations: boolean;
    cartActions: boolean;
    handoff: boolean;
    discountMentions: boolean;
  };
  handoffEmail: string | null;
}

export interface ShopContext {
  shop: string;
  name: string;
  currency: string;
  primaryLocale: string;
  locales: string[];
  settings: AssistantSettings;
  /** Safety screen sensitivity chosen by the merchant (Safety page). */
  sensitivity?: 'low' | 'standard' | 'high';
}

export interface ShopperContext {
  conversationId: string;
  /** From the app proxy's signed logged_in_customer_id; null for guests. Never from the model. */
  customerId: string | null;
  /** The storefront locale the widget reported (a hint). */
  localeHint: string | null;
  /** The language this turn is answered in. */
  language: string;
  /** Client IP (for rate limits), when known. */
  ip: string | null;
}

/** What a reply can ask the widget to do. */
export type ChatAction =
  | { type: 'add_to_cart'; variantId: string; productHandle: string; title: string; quantity: number }
  | { type: 'order_lookup_form' }
  | { type: 'handoff_form' }
  | { type: 'quick_replies'; replies: string[] };

export interface ComparisonTable {
  products: ProductView[];
  /** Rows of attributes; `values[i]` belongs to `products[i]`; `differs` marks rows that vary. */
  rows: { attribute: string; values: string[]; differs: boolean }[];
}

export interface ToolResult {
  ok: boolean;
  /** What the model (or the local engine's templates) reads: JSON-serialisable, no secrets. */
  data: unknown;
  /** Products the shopper should see as cards (prices and stock from the catalog, not the model). */
  products?: ProductView[];
  actions?: ChatAction[];
  comparison?: ComparisonTable;
  /** Machine-readable reason when ok is false (not_found, invalid_input, rate_limited, disabled…). */
  error?: string;
}

export interface ToolServices {
  db: Db;
  search: import('~/catalog/search').CatalogSearch;
  /** Admin API access for live data (orders) with the shop's offline session. */
  adminGraphql: (shop: string) => Promise<AdminGraphql>;
  now?: () => Date;
}

export interface ToolContext {
  shop: ShopContext;
  shopper: ShopperContext;
  services: ToolServices;
}

export interface Tool<Input = unknown> {
  name: string;
  /** For the model: what the tool does and when to use it. */
  description: string;
  input: z.ZodType<Input>;
  /** JSON Schema of `input` for the Messages API `tools` parameter. */
  jsonSchema: Record<string, unknown>;
  run(input: Input, ctx: ToolContext): Promise<ToolResult>;
}

export interface ToolCallRecord {
  name: string;
  input: unknown;
  ok: boolean;
  error?: string;
}

/** Events streamed to the shopper while a turn runs. */
export type TurnEvent =
  | { type: 'start'; conversationId: string; language: string }
  | { type: 'text'; delta: string }
  | { type: 'tool'; name: string }
  | { type: 'products'; products: ProductView[] }
  | { type: 'comparison'; comparison: ComparisonTable }
  | { type: 'actions'; actions: ChatAction[] }
  | { type: 'done'; reply: TurnReply }
  | { type: 'error'; code: string; message: string };

export interface TurnReply {
  conversationId: string;
  messageId: string;
  reply: string;
  language: string;
  products: ProductView[];
  actions: ChatAction[];
  comparison?: ComparisonTable;
  engine: 'claude' | 'local' | 'safety';
  /** True when Claude failed or was capped and the local engine answered instead. */
  fallback: boolean;
}

export interface HistoryMessage {
  role: 'user' | 'assistant';
  content: string;
}

export interface EngineInput {
  message: string;
  history: HistoryMessage[];
  shop: ShopContext;
  shopper: ShopperContext;
  tools: Tool[];
  services: ToolServices;
  signal: AbortSignal;
  emit: (event: TurnEvent) => void;
}

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  model: string;
  costUsd: number;
}

export interface EngineOutput {
  reply: string;
  products: ProductView[];
  actions: ChatAction[];
  comparison?: ComparisonTable;
  toolCalls: ToolCallRecord[];
  usage?: Usage;
  /** The local engine's understanding of the turn (intent), for analytics and the eval harness. */
  intent?: string;
}

export interface Engine {
  name: 'claude' | 'local';
  respond(input: EngineInput): Promise<EngineOutput>;
}
