// For the integration tests: the demo store (demo-store/) in a fresh test database, the real tools,
// the fake Admin API for orders, and a `chat` function that plays conversations against the local
// engine the way the turn pipeline does (history with the products each reply showed).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { upsertProducts } from '~/catalog/products.server';
import { createCatalogSearch } from '~/catalog/search';
import { createFakeAdminApi } from '~/demo/admin-api';
import { loadStore } from '~/demo/store';
import type { DemoStore } from '~/demo/store/types';
import { seedFaq } from '~/knowledge';
import { createTestDb, type TestDb } from '../../../../test/helpers/db';
import { DEFAULT_SETTINGS } from '../../settings';
import { createTools } from '../../tools';
import type { AssistantSettings, EngineOutput, ShopContext, ToolServices, TurnEvent } from '../../types';
import { createLocalEngine, type LocalHistoryMessage } from '..';

const DEMO_STORE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../demo-store');

export interface DemoWorld {
  t: TestDb;
  store: DemoStore;
  shop: ShopContext;
  services: ToolServices;
  conversation(opts?: ConversationOptions): Conversation;
}

export interface ConversationOptions {
  language?: string;
  customerId?: string | null;
  settings?: Partial<AssistantSettings>;
}

export interface Conversation {
  history: LocalHistoryMessage[];
  events: TurnEvent[];
  say(message: string): Promise<EngineOutput>;
}

let conversations = 0;

export async function createDemoWorld(): Promise<DemoWorld> {
  const t = await createTestDb();
  const store = await loadStore(DEMO_STORE_DIR, { updatedAt: '2026-01-01T00:00:00Z' });
  const domain = store.shop.myshopifyDomain;
  await upsertProducts(t.db, domain, store.products);
  await t.db.shop.update({
    where: { domain },
    data: { name: store.shop.name, currency: store.shop.currency, locales: JSON.stringify(store.shop.shopLocales) },
  });
  // Policies as the catalog sync stores them: the body, and its translations by locale.
  for (const [type, body] of Object.entries(store.policies)) {
    const translations = Object.fromEntries(
      Object.entries(store.policyTranslations?.[type] ?? {}).map(([locale, text]) => [locale, { body: text }]),
    );
    await t.db.policy.create({
      data: { shop: domain, type, title: type.replace(/_/g, ' ').toLowerCase(), body, translations: JSON.stringify(translations) },
    });
  }
  await seedFaq(t.db, domain, store.faq);
  const fake = createFakeAdminApi({ store, baseUrl: `https://${domain}` });
  const graphql = async (query: string, opts?: { variables?: Record<string, unknown> }) =>
    fake.handle(
      new Request(fake.graphqlUrl, {
        method: 'POST',
        headers: { 'X-Shopify-Access-Token': 't', 'Content-Type': 'application/json' },
        body: JSON.stringify({ query, variables: opts?.variables }),
      }),
    );
  const services: ToolServices = { db: t.db, search: createCatalogSearch({ db: t.db }), adminGraphql: async () => graphql };
  const shop: ShopContext = {
    shop: domain,
    name: store.shop.name,
    currency: store.shop.currency,
    primaryLocale: store.shop.primaryLocale,
    locales: store.shop.shopLocales,
    settings: DEFAULT_SETTINGS,
  };
  const engine = createLocalEngine();

  function conversation(opts: ConversationOptions = {}): Conversation {
    const settings = { ...DEFAULT_SETTINGS, ...opts.settings };
    const history: LocalHistoryMessage[] = [];
    const events: TurnEvent[] = [];
    const conversationId = `local-it-${++conversations}`;
    return {
      history,
      events,
      async say(message) {
        const output = await engine.respond({
          message,
          history: [...history],
          shop: { ...shop, settings },
          shopper: {
            conversationId,
            customerId: opts.customerId ?? null,
            localeHint: null,
            language: opts.language ?? 'en',
            ip: `198.51.100.${conversations % 250}`,
          },
          tools: createTools(settings),
          services,
          signal: new AbortController().signal,
          emit: (e) => events.push(e),
        });
        history.push({ role: 'user', content: message });
        history.push({
          role: 'assistant',
          content: output.reply,
          ...(output.products.length ? { products: output.products.map((p) => p.handle) } : {}),
        });
        return output;
      },
    };
  }

  return { t, store, shop, services, conversation };
}
