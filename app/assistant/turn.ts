// One shopper turn, end to end: limits → language → the message saved → safety screen → engine
// (Claude or local, with fallback) → the reply saved → events streamed. Every step is bounded:
// turns per conversation, turns per minute, time per turn (and the engines bound tool iterations
// and tokens). The shopper's message is stored before any model call, so nothing is lost when a
// dependency fails.
import type { Db } from '~/db/client.server';
import type { CatalogSearch } from '~/catalog/search';
import type { ProductView } from '~/catalog/types';
import { ratingsFor } from '~/reviews/summary/ratings';
import type { AdminGraphql } from '~/shopify/admin-query';
import { detectLanguage } from '~/lang/detect';
import { screenMessage } from '~/safety/screen';
import { safetyReply } from '~/safety/replies';
import { loadShopContext } from './settings';
import { activeBlock, consumeTurn, type TurnLimitConfig } from './limits.server';
import { claimForCustomer, createConversation, findConversation, recentHistory, saveAssistantMessage, saveUserMessage, type AssistantMeta } from './conversations.server';
import { hashIp } from './conversation-id';
import { handleScreened } from './safety-step.server';
import type { Engine, EngineOutput, ShopContext, ShopperContext, Tool, TurnEvent, TurnReply } from './types';

export const MAX_TURNS_PER_CONVERSATION = 60;
export const TURN_TIMEOUT_MS = 25_000;

export interface TurnDeps {
  db: Db;
  search: CatalogSearch;
  adminGraphql: (shop: string) => Promise<AdminGraphql>;
  limits: TurnLimitConfig;
  /** Secret for hashing IPs. */
  secret: string;
  tools: (shop: ShopContext) => Tool[];
  /** Picks the engine for this shop and turn (Claude when configured and under its cap, else local). */
  engineFor: (shop: ShopContext) => Promise<{ engine: Engine; onUsage?: (output: EngineOutput, conversationId: string) => Promise<void> }>;
}

export interface TurnRequest {
  shop: string;
  customerId: string | null;
  ip: string | null;
  conversationId?: string;
  message: string;
  locale?: string;
}

export class TurnError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export async function runTurn(deps: TurnDeps, req: TurnRequest, emit: (e: TurnEvent) => void = () => {}): Promise<TurnReply> {
  const { db } = deps;
  const shop = await loadShopContext(db, req.shop);
  if (!shop) throw new TurnError(403, 'shop_not_installed', 'Aisle is not active on this shop.');
  const owner = { shop: req.shop, customerId: req.customerId };
  const ipHash = hashIp(req.ip, deps.secret);

  let conversation = req.conversationId ? await findConversation(db, req.conversationId, owner) : null;
  if (req.conversationId && !conversation) throw new TurnError(404, 'conversation_not_found', 'This conversation does not exist here. Start a new one.');
  if (conversation && conversation.turns >= MAX_TURNS_PER_CONVERSATION) {
    throw new TurnError(409, 'conversation_limit', 'This conversation is long; please start a new one.');
  }

  const blocked = await activeBlock(db, req.shop, conversation?.id ?? null, ipHash);
  if (blocked) throw new TurnError(403, 'blocked', 'This chat is paused because of earlier messages.', Math.ceil((blocked.until.getTime() - Date.now()) / 1000));
  const limit = await consumeTurn(db, deps.limits, { shop: req.shop, conversationId: conversation?.id ?? null, ipHash });
  if (!limit.ok) throw new TurnError(429, 'rate_limited', 'Too many messages; please wait a moment.', limit.retryAfterSeconds);

  const allowed = shop.settings.languages.length ? shop.settings.languages : shop.locales;
  const language = detectLanguage(req.message, { hint: req.locale ?? conversation?.locale ?? shop.primaryLocale, allowed }).language;

  conversation ??= await createConversation(db, owner, language, ipHash);
  if (req.customerId && !conversation.customerId) await claimForCustomer(db, conversation.id, req.customerId);
  const userMessage = await saveUserMessage(db, conversation.id, req.shop, req.message);
  emit({ type: 'start', conversationId: conversation.id, language });

  const shopper: ShopperContext = { conversationId: conversation.id, customerId: req.customerId, localeHint: req.locale ?? null, language, ip: req.ip };
  const screen = screenMessage(req.message, { language, sensitivity: shop.sensitivity });
  if (screen.verdict === 'block') {
    const reply = safetyReply(screen.categories[0] ?? 'abuse', language);
    await handleScreened(db, { shop: req.shop, conversationId: conversation.id, messageId: userMessage.id, ipHash, screen });
    return finish(deps, shop, conversation.id, language, { reply, products: [], actions: [], toolCalls: [], intent: 'screened' }, 'safety', false, emit);
  }
  if (screen.verdict === 'flag') {
    await handleScreened(db, { shop: req.shop, conversationId: conversation.id, messageId: userMessage.id, ipHash, screen });
  }

  const history = await recentHistory(db, conversation.id, 13);
  history.pop(); // the message just saved is passed separately
  const signal = AbortSignal.timeout(TURN_TIMEOUT_MS);
  const services = { db, search: deps.search, adminGraphql: deps.adminGraphql };
  const tools = deps.tools(shop);
  // When the screen flagged the message, the engine sees the neutralised text, not the raw attack.
  const message = screen.verdict === 'flag' && screen.sanitized ? screen.sanitized : req.message;
  const { engine, onUsage } = await deps.engineFor(shop);
  const output = await engine.respond({ message, history, shop, shopper, tools, services, signal, emit });
  if (onUsage) await onUsage(output, conversation.id);
  const fallback = (output as EngineOutput & { fallback?: boolean }).fallback === true;
  const used: 'claude' | 'local' = fallback ? 'local' : engine.name;
  return finish(deps, shop, conversation.id, language, output, used, fallback, emit);
}

async function withRatings(db: Db, shop: string, products: ProductView[]): Promise<ProductView[]> {
  const ratings = await ratingsFor(db, shop, products.map((p) => p.handle));
  return products.map((p) => (ratings.has(p.handle) ? { ...p, rating: ratings.get(p.handle) } : p));
}

async function finish(
  deps: TurnDeps,
  shop: ShopContext,
  conversationId: string,
  language: string,
  output: EngineOutput,
  engine: AssistantMeta['engine'],
  fallback: boolean,
  emit: (e: TurnEvent) => void,
): Promise<TurnReply> {
  // Stars on the cards, from the shop's reviews: one lookup for the whole list, whichever engine answered.
  if (output.products.length) output = { ...output, products: await withRatings(deps.db, shop.shop, output.products) };
  const meta: AssistantMeta = {
    engine,
    fallback,
    intent: output.intent,
    toolCalls: output.toolCalls,
    products: output.products,
    actions: output.actions,
    comparison: output.comparison,
  };
  const saved = await saveAssistantMessage(deps.db, conversationId, shop.shop, output.reply, meta, language);
  if (engine === 'safety') emit({ type: 'text', delta: output.reply });
  if (output.products.length) emit({ type: 'products', products: output.products });
  if (output.comparison) emit({ type: 'comparison', comparison: output.comparison });
  if (output.actions.length) emit({ type: 'actions', actions: output.actions });
  const reply: TurnReply = {
    conversationId,
    messageId: saved.id,
    reply: output.reply,
    language,
    products: output.products,
    actions: output.actions,
    comparison: output.comparison,
    engine,
    fallback,
  };
  emit({ type: 'done', reply });
  return reply;
}
