// Shared fixtures for the Claude engine tests: a shop, a shopper, tiny tools that follow the Tool
// contract, and an EngineInput that records the events it is sent.
import { z } from 'zod';
import type { ProductView } from '~/catalog/types';
import { DEFAULT_SETTINGS } from '../../settings';
import type { EngineInput, ShopContext, ShopperContext, Tool, ToolServices, TurnEvent } from '../../types';

export function shopContext(overrides: Partial<ShopContext['settings']> = {}): ShopContext {
  return {
    shop: 'rain-gear.myshopify.com',
    name: 'Rain Gear Co',
    currency: 'EUR',
    primaryLocale: 'en',
    locales: ['en', 'pl', 'de'],
    settings: { ...DEFAULT_SETTINGS, ...overrides, capabilities: { ...DEFAULT_SETTINGS.capabilities, ...(overrides.capabilities ?? {}) } },
  };
}

export function shopper(overrides: Partial<ShopperContext> = {}): ShopperContext {
  return { conversationId: 'conv_test', customerId: null, localeHint: 'pl', language: 'pl', ip: '127.0.0.1', ...overrides };
}

export function product(handle: string, price: number): ProductView {
  return {
    handle,
    title: handle.replace(/-/g, ' '),
    url: `https://rain-gear.example/products/${handle}`,
    image: null,
    price,
    compareAtPrice: null,
    currency: 'EUR',
    available: true,
    vendor: 'Acme',
    productType: 'Jacket',
    tags: [],
    options: [],
    variants: [
      { id: `gid://shopify/ProductVariant/${handle}`, title: 'Default', price, compareAtPrice: null, available: true, options: [] },
    ],
  };
}

/** Records each run's input and context. */
export function searchTool(results: ProductView[] = [product('storm-shell', 89)]) {
  const calls: { input: unknown; ctx: unknown }[] = [];
  const input = z.object({ query: z.string().min(1), maxPrice: z.number().positive().optional() });
  const tool: Tool<z.infer<typeof input>> = {
    name: 'search_products',
    description: "Search the catalog. Translate the shopper's words into catalog terms in the catalog's language.",
    input,
    jsonSchema: { type: 'object', properties: { query: { type: 'string' }, maxPrice: { type: 'number' } }, required: ['query'] },
    async run(args, ctx) {
      calls.push({ input: args, ctx });
      const hits = results.filter((p) => args.maxPrice === undefined || p.price <= args.maxPrice);
      return {
        ok: true,
        data: { total: hits.length, products: hits.map((p) => ({ handle: p.handle, title: p.title, price: p.price })) },
        products: hits,
      };
    },
  };
  return { tool: tool as Tool, calls };
}

export function cartTool(): Tool {
  const input = z.object({ handle: z.string(), quantity: z.number().int().min(1).max(10).optional() });
  const tool: Tool<z.infer<typeof input>> = {
    name: 'add_to_cart',
    description: 'Offer an add-to-cart button.',
    input,
    jsonSchema: { type: 'object', properties: { handle: { type: 'string' }, quantity: { type: 'integer' } }, required: ['handle'] },
    async run(args) {
      return {
        ok: true,
        data: { added: args.handle },
        actions: [
          {
            type: 'add_to_cart',
            variantId: `gid://shopify/ProductVariant/${args.handle}`,
            productHandle: args.handle,
            title: args.handle,
            quantity: args.quantity ?? 1,
          },
        ],
      };
    },
  };
  return tool as Tool;
}

export function brokenTool(): Tool {
  return {
    name: 'store_policies',
    description: 'Store policies.',
    input: z.object({ topic: z.string() }),
    jsonSchema: { type: 'object', properties: { topic: { type: 'string' } }, required: ['topic'] },
    async run() {
      throw new Error('SQLITE_BUSY: database is locked at /srv/secret/path.db');
    },
  };
}

export interface RecordingInput extends EngineInput {
  events: TurnEvent[];
}

export function engineInput(overrides: Partial<EngineInput> = {}): RecordingInput {
  const events: TurnEvent[] = [];
  const services = {
    db: {} as ToolServices['db'],
    search: {} as ToolServices['search'],
    adminGraphql: async () => {
      throw new Error('not in tests');
    },
    now: () => new Date('2026-11-25T12:00:00Z'),
  } as ToolServices;
  return {
    message: 'Szukam kurtki przeciwdeszczowej do 100 euro',
    history: [],
    shop: shopContext(),
    shopper: shopper(),
    tools: [searchTool().tool],
    services,
    signal: new AbortController().signal,
    emit: (e) => events.push(e),
    events,
    ...overrides,
  };
}

export const textOf = (events: TurnEvent[]) =>
  events
    .filter((e): e is Extract<TurnEvent, { type: 'text' }> => e.type === 'text')
    .map((e) => e.delta)
    .join('');

/** An instant sleep that records the requested delays. */
export function recordingSleep() {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
}
