// Runs eval cases through the real turn pipeline (limits off, everything else as in production)
// against a store: a fresh database, the store synced through the fake Admin API by the real sync
// job, its reviews export imported by the review job, orders answered live by the same fake. The engine is the local one unless the caller
// passes another (a Claude engine against the fake Messages API, in tests).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient, type Db } from '~/db/client.server';
import { migrate } from '~/db/migrate.server';
import { createCatalogSearch } from '~/catalog/search';
import { requestSync, runDueJobs } from '~/catalog/sync/jobs';
import { createFakeAdminApi } from '~/demo/admin-api';
import { loadStore } from '~/demo/store';
import { seedDemoShop } from '~/demo/seed';
import { queueDemoReviews } from '~/reviews/demo';
import { runDueImports } from '~/reviews/import/jobs';
import { refreshAfterImport } from '~/reviews/summary/refresh';
import { createTools } from '~/assistant/tools';
import { createLocalEngine } from '~/assistant/local';
import { runTurn, type TurnDeps } from '~/assistant/turn';
import type { AdminGraphql } from '~/shopify/admin-query';
import type { Engine } from '~/assistant/types';
import { checkExpectations, type EvalCase, type TurnOutcome } from './cases';

export interface CaseResult {
  id: string;
  passed: boolean;
  failures: string[];
  last: TurnOutcome | null;
  ms: number;
}

export interface EvalRun {
  results: CaseResult[];
  close(): Promise<void>;
}

export async function prepareEvalShop(storeDir: string, engine?: Engine) {
  const store = await loadStore(storeDir);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisle-eval-'));
  const config = { kind: 'sqlite' as const, url: path.join(dir, 'eval.sqlite') };
  await migrate(config);
  const db: Db = createPrismaClient(config);
  const fake = createFakeAdminApi({ store, baseUrl: 'https://fake-admin.invalid' });
  const graphql: AdminGraphql = (query, opts) =>
    fake.handle(
      new Request(fake.graphqlUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Shopify-Access-Token': 'eval' },
        body: JSON.stringify({ query, variables: opts?.variables }),
      }),
    );
  const shop = store.shop.myshopifyDomain;
  await seedDemoShop(db, store);
  await requestSync(db, shop);
  await runDueJobs({ db, graphqlFor: async () => graphql, fetchImpl: (async (u: RequestInfo | URL) => fake.handle(new Request(String(u)))) as typeof fetch, pollMs: 5 });
  // As demo mode does once the catalog is in: the store's reviews export, imported by the real job.
  if (await queueDemoReviews(db, shop, storeDir))
    await runDueImports({ db, log: () => {}, onImported: async (s, products) => void (await refreshAfterImport(db, s, products)) });
  const local = createLocalEngine();
  const deps: TurnDeps = {
    db,
    search: createCatalogSearch({ db }),
    adminGraphql: async () => graphql,
    limits: { perIpPerMinute: 1e6, perConversationPerMinute: 1e6, perShopPerMinute: 1e6 },
    secret: 'eval',
    tools: (s) => createTools(s.settings),
    engineFor: async () => ({ engine: engine ?? local }),
  };
  return {
    shop,
    deps,
    db,
    async close() {
      await fake.close();
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function runEvalCases(cases: EvalCase[], opts: { storeDir: string; engine?: Engine; onResult?: (r: CaseResult) => void }): Promise<CaseResult[]> {
  const env = await prepareEvalShop(opts.storeDir, opts.engine);
  const results: CaseResult[] = [];
  try {
    for (const c of cases) {
      const started = performance.now();
      let conversationId: string | undefined;
      let last: TurnOutcome | null = null;
      const failures: string[] = [];
      try {
        for (const message of c.turns) {
          const reply = await runTurn(env.deps, {
            shop: env.shop,
            customerId: c.customer != null ? String(c.customer) : null,
            ip: `eval-${c.id}`,
            conversationId,
            message,
            locale: c.locale,
          });
          conversationId = reply.conversationId;
          const meta = await env.db.message.findUniqueOrThrow({ where: { id: reply.messageId } });
          const toolCalls = (JSON.parse(meta.meta) as { toolCalls?: { name: string }[] }).toolCalls ?? [];
          last = { reply: reply.reply, language: reply.language, products: reply.products.map((p) => p.handle), tools: toolCalls.map((t) => t.name) };
        }
        failures.push(...checkExpectations(c, last!));
      } catch (error) {
        failures.push(`turn failed: ${(error as Error).message}`);
      }
      const result = { id: c.id, passed: failures.length === 0, failures, last, ms: performance.now() - started };
      results.push(result);
      opts.onResult?.(result);
    }
  } finally {
    await env.close();
  }
  return results;
}
