// Small fake tools for the dialogue tests: each records the inputs it was called with and answers
// from a tiny fixed catalog, so a test can check which tool ran with what, and that every price or
// fact in the reply came from a tool result.
import { z } from 'zod';
import type { ProductView } from '~/catalog/types';
import { DEFAULT_SETTINGS } from '../../settings';
import type { AssistantSettings, EngineInput, EngineOutput, ShopContext, Tool, ToolResult, TurnEvent } from '../../types';
import { createLocalEngine, type LocalHistoryMessage } from '..';

function variant(id: string, title: string, price: number, available: boolean, options: { name: string; value: string }[] = []) {
  return { id, title, price, compareAtPrice: null, available, options };
}

function view(p: Partial<ProductView> & Pick<ProductView, 'handle' | 'title' | 'price'>): ProductView {
  return {
    url: `/products/${p.handle}`,
    image: null,
    compareAtPrice: null,
    currency: 'EUR',
    available: true,
    vendor: 'Fjord & Co',
    productType: '',
    tags: [],
    options: [],
    variants: [variant(`${p.handle}-1`, 'Default Title', p.price, p.available ?? true)],
    ...p,
  };
}

const sizes = (handle: string, price: number, stock: Record<string, boolean>) =>
  Object.entries(stock).map(([size, ok], i) => variant(`${handle.length}${i + 1}`, size, price, ok, [{ name: 'Size', value: size }]));

/** Prices are deliberately unusual (87.45, 133.9…), so a price in a reply can only come from here. */
export const CATALOG: Record<string, ProductView> = {
  'storm-jacket': view({
    handle: 'storm-jacket',
    title: 'Storm Jacket',
    price: 87.45,
    compareAtPrice: 133.9,
    productType: 'Jackets',
    options: [{ name: 'Size', values: ['S', 'M', 'L'] }],
    variants: sizes('storm-jacket', 87.45, { S: true, M: false, L: true }),
  }),
  'harbour-coat': view({ handle: 'harbour-coat', title: 'Harbour Coat', price: 151.2, productType: 'Coats' }),
  'merino-jumper': view({
    handle: 'merino-jumper',
    title: 'Merino Jumper',
    price: 64.35,
    productType: 'Sweaters',
    options: [{ name: 'Size', values: ['Small', 'Medium'] }],
    variants: sizes('merino-jumper', 64.35, { Small: false, Medium: true }),
  }),
  'linen-scarf': view({ handle: 'linen-scarf', title: 'Linen Scarf', price: 23.15, available: false }),
};

export const DETAILS: Record<string, { description: string; attributes: Record<string, string> }> = {
  'storm-jacket': { description: 'A light shell for wet days. Made of recycled nylon with taped seams.', attributes: {} },
  'harbour-coat': { description: 'A long coat for the harbour wind.', attributes: {} },
  'merino-jumper': { description: 'Fine knit.', attributes: { Material: '100% merino wool' } },
  'linen-scarf': { description: 'Soft scarf.', attributes: {} },
};

export interface FakeCall {
  name: string;
  input: unknown;
}

export interface FakeToolsOptions {
  /** What search_products returns, by call (the last one repeats). Default: the whole catalog. */
  searches?: ProductView[][];
  orders?: (input: Record<string, unknown>) => ToolResult;
  policies?: ToolResult;
  /** Tool names to leave out (a capability switched off). */
  disabled?: string[];
}

// The real schemas' essentials (the local engine must send inputs that the real tools accept).
const schemas: Record<string, z.ZodTypeAny> = {
  search_products: z
    .object({
      query: z.string().max(200),
      minPrice: z.number().optional(),
      maxPrice: z.number().optional(),
      available: z.boolean().optional(),
      limit: z.number().int().min(1).max(8).optional(),
    })
    .strict(),
  product_details: z.object({ handle: z.string().min(1) }).strict(),
  compare_products: z.object({ handles: z.array(z.string()).min(2).max(4) }).strict(),
  recommend_products: z
    .object({
      kind: z.enum(['similar', 'complements', 'for_customer']),
      handle: z.string().optional(),
      limit: z.number().int().min(1).max(6).optional(),
    })
    .strict(),
  order_status: z.object({ orderNumber: z.string().optional(), email: z.string().optional(), phone: z.string().optional() }).strict(),
  store_policies: z
    .object({
      topic: z.enum(['shipping', 'returns', 'refunds', 'privacy', 'terms', 'faq', 'any']),
      question: z.string().max(500).optional(),
    })
    .strict(),
  handoff_to_human: z.object({ email: z.string().email(), question: z.string().min(3).max(2000) }).strict(),
  add_to_cart: z
    .object({
      handle: z.string(),
      variantId: z.string().optional(),
      options: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
      quantity: z.number().int().min(1).max(10).optional(),
    })
    .strict(),
};

export function fakeTools(calls: FakeCall[], opts: FakeToolsOptions = {}): Tool[] {
  let searchCount = 0;
  const runners: Record<string, (input: Record<string, unknown>) => ToolResult> = {
    search_products: () => {
      const list = opts.searches ? opts.searches[Math.min(searchCount, opts.searches.length - 1)] : Object.values(CATALOG);
      searchCount++;
      return { ok: true, data: { total: list.length }, products: list };
    },
    product_details: ({ handle }) => {
      const p = CATALOG[handle as string];
      if (!p) return { ok: false, error: 'not_found', data: {} };
      return { ok: true, data: { ...p, ...DETAILS[p.handle] }, products: [p] };
    },
    compare_products: ({ handles }) => {
      const ps = (handles as string[]).map((h) => CATALOG[h]).filter(Boolean);
      return {
        ok: true,
        data: {},
        comparison: {
          products: ps,
          rows: [
            { attribute: 'Price', values: ps.map((p) => `€${p.price}`), differs: true },
            { attribute: 'Brand', values: ps.map((p) => p.vendor), differs: false },
          ],
        },
      };
    },
    recommend_products: () => ({ ok: true, data: { basis: 'similar' }, products: [CATALOG['harbour-coat'], CATALOG['linen-scarf']] }),
    order_status: (input) => (opts.orders ? opts.orders(input) : { ok: false, error: 'not_found', data: {} }),
    store_policies: () =>
      opts.policies ?? {
        ok: true,
        data: {
          matched: true,
          passages: [{ source: 'policy', title: 'shipping', text: 'Standard delivery takes 2-4 working days and costs €4.95.' }],
        },
      },
    handoff_to_human: () => ({ ok: true, data: { handedOff: true, reference: 'AB12CD34', replyTo: 'a***@example.com' } }),
    add_to_cart: ({ handle, variantId, quantity }) => {
      const p = CATALOG[handle as string];
      const v = variantId ? p.variants.find((x) => x.id === variantId)! : p.variants.find((x) => x.available)!;
      return {
        ok: true,
        data: {
          added: {
            handle: p.handle,
            title: p.title,
            variantId: v.id,
            variant: v.title,
            price: v.price,
            currency: p.currency,
            quantity: quantity ?? 1,
          },
          assumedVariant: !variantId && p.variants.length > 1,
        },
        actions: [{ type: 'add_to_cart', variantId: v.id, productHandle: p.handle, title: p.title, quantity: (quantity as number) ?? 1 }],
        products: [p],
      };
    },
  };
  return Object.entries(schemas)
    .filter(([name]) => !opts.disabled?.includes(name))
    .map(([name, input]) => ({
      name,
      description: `fake ${name}`,
      input,
      jsonSchema: {},
      async run(parsed: unknown) {
        calls.push({ name, input: parsed });
        return runners[name](parsed as Record<string, unknown>);
      },
    }));
}

export interface Harness {
  calls: FakeCall[];
  events: TurnEvent[];
  history: LocalHistoryMessage[];
  say(message: string): Promise<EngineOutput>;
}

export function harness(
  opts: FakeToolsOptions & {
    language?: string;
    customerId?: string;
    settings?: Partial<AssistantSettings>;
    history?: LocalHistoryMessage[];
  } = {},
): Harness {
  const calls: FakeCall[] = [];
  const events: TurnEvent[] = [];
  const history: LocalHistoryMessage[] = [...(opts.history ?? [])];
  const engine = createLocalEngine();
  const shop: ShopContext = {
    shop: 'fjord.myshopify.com',
    name: 'Fjord & Co',
    currency: 'EUR',
    primaryLocale: 'en',
    locales: ['en', 'pl', 'de', 'es', 'fr'],
    settings: { ...DEFAULT_SETTINGS, personaName: 'Frida', ...opts.settings },
  };
  const tools = fakeTools(calls, opts);
  return {
    calls,
    events,
    history,
    async say(message) {
      const input: EngineInput = {
        message,
        history: [...history],
        shop,
        shopper: { conversationId: 'c1', customerId: opts.customerId ?? null, localeHint: null, language: opts.language ?? 'en', ip: null },
        tools,
        services: {} as EngineInput['services'],
        signal: new AbortController().signal,
        emit: (e) => events.push(e),
      };
      const out = await engine.respond(input);
      history.push({ role: 'user', content: message });
      history.push({
        role: 'assistant',
        content: out.reply,
        ...(out.products.length ? { products: out.products.map((p) => p.handle) } : {}),
      });
      return out;
    },
  };
}

/** Every amount written in a reply ("87,45 €", "$133.90"), as numbers. */
export function amountsIn(text: string): number[] {
  return [...text.matchAll(/\d{1,3}(?:[ .,\u00a0\u202f]\d{3})*[.,]\d{2}/g)].map((m) => {
    const s = m[0].replace(/[\s\u00a0\u202f]/g, '');
    return Number(s.slice(0, -3).replace(/[.,]/g, '') + '.' + s.slice(-2));
  });
}

/** Amounts the fake tools can produce: prices, compare-at prices, variant prices. */
export const TOOL_AMOUNTS = new Set(
  Object.values(CATALOG).flatMap((p) =>
    [p.price, p.compareAtPrice, ...p.variants.map((v) => v.price)].filter((n): n is number => n != null),
  ),
);
