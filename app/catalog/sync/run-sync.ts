// A full catalog sync for one shop: shop facts and policies (with their translations), then every
// product through a bulk operation (JSONL, streamed), then product translations through a second
// one. Progress lives in the SyncJob row, so a sync cut short (deploy, crash) resumes where it
// stopped on any instance.
import type { Db } from '~/db/client.server';
import type { PolicyTranslations } from '~/knowledge';
import { inTransaction } from '~/db/transaction';
import { countOrdersFromAdmin } from '~/recommendations';
import { adminQuery, AdminApiError, type AdminGraphql } from '~/shopify/admin-query';
import { deleteProductsNotWrittenSince, upsertProducts } from '../products.server';
import { fetchJsonlLines, productsFromJsonl, translationsFromLine } from './bulk-products';
import { htmlToText } from './html-text';
import { fetchPolicyTranslations } from './policy-translations';
import { BULK_OPERATION_STATUS, PRODUCTS_BULK_QUERY, RUN_BULK_QUERY, SHOP_INFO, aliasFor, translationsBulkQuery } from './queries';
import type { CatalogProduct } from '../types';

export interface SyncDeps {
  db: Db;
  graphql: AdminGraphql;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** How often to ask Shopify whether the bulk operation is done. */
  pollMs?: number;
  batchSize?: number;
}

interface BulkStatus {
  id: string;
  status: string;
  errorCode: string | null;
  url: string | null;
  partialDataUrl: string | null;
}

const sleepDefault = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function runFullSync(deps: SyncDeps, shop: string, jobId: string): Promise<void> {
  const { db } = deps;
  const job = await db.syncJob.findUniqueOrThrow({ where: { id: jobId } });
  const locales = await syncShopInfo(deps, shop);

  // Phase 1: products. Reuse the job's bulk operation when resuming, unless it failed or expired.
  let operationId = job.bulkOperationId;
  let status = operationId ? await bulkStatus(deps, operationId) : null;
  if (!status || ['FAILED', 'CANCELED', 'EXPIRED'].includes(status.status)) {
    operationId = await startBulk(deps, PRODUCTS_BULK_QUERY);
    await db.syncJob.update({ where: { id: jobId }, data: { bulkOperationId: operationId, linesDone: 0 } });
    status = null;
  }
  const done = await waitForBulk(deps, operationId!, jobId);
  if (done.url) await ingestProducts(deps, shop, jobId, done.url);
  await deleteProductsNotWrittenSince(db, shop, job.startedAt);

  // Phase 2: translations in the shop's other published locales.
  const otherLocales = locales.filter((l) => !l.primary).map((l) => l.locale);
  if (otherLocales.length) await syncTranslations(deps, shop, jobId, otherLocales);

  // Phase 3: learn "bought together" from recent orders. Optional: a failure here doesn't fail the
  // catalog sync (the orders/create webhook keeps counting from now on).
  await countOrdersFromAdmin(db, shop, deps.graphql).catch((error: Error) => console.warn(`[sync] order backfill for ${shop} skipped: ${error.message}`));

  await db.syncJob.update({ where: { id: jobId }, data: { status: 'completed', finishedAt: new Date(), error: null } });
}

async function syncShopInfo(deps: SyncDeps, shop: string) {
  const data = await adminQuery<{
    shop: {
      name: string;
      currencyCode: string;
      primaryDomain: { host: string } | null;
      shopPolicies: { id: string; type: string; title: string; body: string; url: string }[];
    };
    shopLocales: { locale: string; primary: boolean }[];
  }>(deps.graphql, SHOP_INFO, { sleep: deps.sleep });
  const facts = {
    name: data.shop.name,
    currency: data.shop.currencyCode,
    primaryLocale: data.shopLocales.find((l) => l.primary)?.locale ?? 'en',
    locales: JSON.stringify(data.shopLocales.map((l) => l.locale)),
    domains: JSON.stringify(data.shop.primaryDomain?.host && data.shop.primaryDomain.host !== shop ? [data.shop.primaryDomain.host] : []),
  };
  await deps.db.shop.upsert({ where: { domain: shop }, create: { domain: shop, ...facts }, update: facts });
  // Written with the policy itself, so a policy and its translations change together; a
  // translation the merchant removed (or that fell out of date) stops being quoted.
  const otherLocales = data.shopLocales.filter((l) => !l.primary).map((l) => l.locale);
  const translations =
    otherLocales.length && data.shop.shopPolicies.length
      ? await fetchPolicyTranslations(deps.graphql, otherLocales, { sleep: deps.sleep })
      : new Map<string, PolicyTranslations>();
  for (const p of data.shop.shopPolicies) {
    const row = { title: p.title, body: htmlToText(p.body), url: p.url ?? '', translations: JSON.stringify(translations.get(p.id) ?? {}) };
    await deps.db.policy.upsert({ where: { shop_type: { shop, type: p.type } }, create: { shop, type: p.type, ...row }, update: row });
  }
  // A policy the merchant removed must stop being quoted.
  await deps.db.policy.deleteMany({ where: { shop, type: { notIn: data.shop.shopPolicies.map((p) => p.type) } } });
  return data.shopLocales;
}

async function startBulk(deps: SyncDeps, query: string): Promise<string> {
  const data = await adminQuery<{
    bulkOperationRunQuery: { bulkOperation: { id: string } | null; userErrors: { message: string }[] };
  }>(deps.graphql, RUN_BULK_QUERY, { variables: { query }, sleep: deps.sleep });
  const { bulkOperation, userErrors } = data.bulkOperationRunQuery;
  if (!bulkOperation) throw new AdminApiError(userErrors.map((e) => e.message).join('; ') || 'bulk operation refused', 'BULK_REFUSED', true);
  return bulkOperation.id;
}

async function bulkStatus(deps: SyncDeps, id: string): Promise<BulkStatus | null> {
  const data = await adminQuery<{ bulkOperation: BulkStatus | null }>(deps.graphql, BULK_OPERATION_STATUS, { variables: { id }, sleep: deps.sleep });
  return data.bulkOperation;
}

async function waitForBulk(deps: SyncDeps, id: string, jobId: string): Promise<BulkStatus> {
  const sleep = deps.sleep ?? sleepDefault;
  let delay = deps.pollMs ?? 1000;
  for (;;) {
    const status = await bulkStatus(deps, id);
    if (!status) throw new AdminApiError(`bulk operation ${id} not found`, 'BULK_MISSING', true);
    if (status.status === 'COMPLETED') return status;
    if (['FAILED', 'CANCELED', 'EXPIRED'].includes(status.status)) {
      await deps.db.syncJob.update({ where: { id: jobId }, data: { bulkOperationId: null } });
      throw new AdminApiError(`bulk operation ${status.status}${status.errorCode ? ` (${status.errorCode})` : ''}`, 'BULK_' + status.status, true);
    }
    // Heartbeat: keeps the job's lease while we wait.
    await deps.db.syncJob.update({ where: { id: jobId }, data: { updatedAt: new Date() } });
    await sleep(delay);
    delay = Math.min(delay * 1.5, 10_000);
  }
}

async function ingestProducts(deps: SyncDeps, shop: string, jobId: string, url: string): Promise<void> {
  const { db } = deps;
  const batchSize = deps.batchSize ?? 1000;
  const job = await db.syncJob.findUniqueOrThrow({ where: { id: jobId } });
  let batch: CatalogProduct[] = [];
  let lastLine = job.linesDone;
  let synced = job.productsSynced;
  const flush = async () => {
    if (!batch.length) return;
    await upsertProducts(db, shop, batch);
    synced += batch.length;
    batch = [];
    // Recorded after the write: a crash between the two only repeats an idempotent batch.
    await db.syncJob.update({ where: { id: jobId }, data: { linesDone: lastLine, productsSynced: synced } });
  };
  for await (const { product, lastLine: line } of productsFromJsonl(fetchJsonlLines(url, deps.fetchImpl))) {
    if (line <= job.linesDone) continue;
    batch.push(product);
    lastLine = line;
    if (batch.length >= batchSize) await flush();
  }
  await flush();
}

async function syncTranslations(deps: SyncDeps, shop: string, jobId: string, locales: string[]): Promise<void> {
  const id = await startBulk(deps, translationsBulkQuery(locales));
  const done = await waitForBulk(deps, id, jobId);
  if (!done.url) return;
  const aliases = Object.fromEntries(locales.map((l) => [aliasFor(l), l]));
  let pending: ReturnType<typeof translationsFromLine>[] = [];
  const flush = async () => {
    if (!pending.length) return;
    const batch = pending;
    await inTransaction(deps.db, async (tx) => {
      // Claimed inside the transaction, like every catalog write (see products.server.ts).
      const { catalogVersion: version } = await tx.shop.update({ where: { domain: shop }, data: { catalogVersion: { increment: 1 } } });
      for (const t of batch) {
        await tx.product.updateMany({ where: { shop, shopifyId: t.resourceId }, data: { translations: JSON.stringify(t.translations), version } });
      }
    });
    pending = [];
  };
  for await (const raw of fetchJsonlLines(done.url, deps.fetchImpl)) {
    if (!raw.trim()) continue;
    const parsed = translationsFromLine(JSON.parse(raw), aliases);
    if (parsed.resourceId.startsWith('gid://shopify/Product/')) pending.push(parsed);
    if (pending.length >= 500) await flush();
  }
  await flush();
}
