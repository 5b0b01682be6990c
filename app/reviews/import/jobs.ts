// Review imports run as jobs in the database, like catalog syncs: the upload only stores the
// file and returns; any app instance's worker claims the job with a lease, imports in batches
// and records progress after each, so a 100,000-review file never blocks a request, and a job
// whose instance died is picked up again (rows already written are skipped by their dedupe key).
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { Db } from '~/db/client.server';
import { shopReviewContext } from '../settings';
import { loadProductMatcher } from '../store/product-matcher';
import { writeReviews, type NewReview } from '../store/write-reviews';
import { readReviewExport, type ProblemCode } from './parse-export';
import type { ReviewFormat } from './formats';

export const IMPORT_LEASE_MS = 2 * 60_000;
const MAX_ATTEMPTS = 3;
export const IMPORT_BATCH = 1000;
/** Problems stored for the merchant to read; the counts cover them all. */
export const MAX_STORED_PROBLEMS = 500;
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export interface ImportProblem {
  row: number;
  kind: 'malformed' | 'unmatched';
  /** In English (the CLI, the API, imports stored before codes existed). */
  reason: string;
  /** For the admin to say it in the merchant's language, with `value` (the cell or the reference). */
  code?: ProblemCode;
  value?: string;
}

/**
 * Checks the header (an unsupported file is refused at once, with what it lacks) and queues the
 * import. Throws UnknownFormatError for an unsupported file.
 */
export async function requestImport(db: Db, shop: string, file: { name: string; content: string; format?: ReviewFormat['id'] }): Promise<{ id: string; format: string }> {
  if (Buffer.byteLength(file.content) > MAX_IMPORT_BYTES) throw new Error(`the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  const header = file.content.slice(0, file.content.indexOf('\n') + 1 || undefined);
  const { format } = await readReviewExport(header || file.content, { format: file.format });
  const job = await db.reviewImport.create({ data: { shop, fileName: file.name.slice(0, 200), content: file.content, format: format.id } });
  return { id: job.id, format: format.id };
}

async function claim(db: Db, jobId: string, shop: string): Promise<boolean> {
  const staleBefore = new Date(Date.now() - IMPORT_LEASE_MS);
  // One import at a time per shop: two would fight over the same daily counters.
  const busy = await db.reviewImport.count({ where: { shop, status: 'running', updatedAt: { gte: staleBefore }, id: { not: jobId } } });
  if (busy > 0) return false;
  const { count } = await db.reviewImport.updateMany({
    where: { id: jobId, OR: [{ status: 'pending' }, { status: 'running', updatedAt: { lt: staleBefore } }] },
    data: { status: 'running', attempts: { increment: 1 }, updatedAt: new Date() },
  });
  return count === 1;
}

export interface ImportRunnerDeps {
  db: Db;
  log?: (message: string, extra?: Record<string, unknown>) => void;
  /** After an import: products that got new reviews (summaries, alerts). */
  onImported?: (shop: string, products: Map<string, number>) => Promise<unknown>;
  batchSize?: number;
  onProgress?: (progress: { jobId: string; rowsDone: number; rowsTotal: number; imported: number }) => void;
}

/** Runs every waiting or abandoned import. Safe to call from many instances at once. */
export async function runDueImports(deps: ImportRunnerDeps): Promise<number> {
  const staleBefore = new Date(Date.now() - IMPORT_LEASE_MS);
  const due = await deps.db.reviewImport.findMany({
    where: { OR: [{ status: 'pending' }, { status: 'running', updatedAt: { lt: staleBefore } }] },
    select: { id: true, shop: true, attempts: true },
    orderBy: { startedAt: 'asc' },
    take: 5,
  });
  let ran = 0;
  for (const job of due) {
    if (!(await claim(deps.db, job.id, job.shop))) continue;
    ran++;
    try {
      await runImport(deps, job.id);
    } catch (error) {
      const message = (error as Error).message;
      const retry = job.attempts + 1 < MAX_ATTEMPTS;
      deps.log?.('review import failed', { jobId: job.id, retry, error: message });
      await deps.db.reviewImport.update({
        where: { id: job.id },
        data: retry ? { status: 'pending', error: message } : { status: 'failed', error: message, finishedAt: new Date(), content: '' },
      });
    }
  }
  return ran;
}

async function countRows(content: string): Promise<number> {
  let n = -1;
  for await (const _ of Readable.from([content]).pipe(parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }))) n++;
  return Math.max(0, n);
}

async function runImport(deps: ImportRunnerDeps, jobId: string): Promise<void> {
  const { db } = deps;
  const job = await db.reviewImport.findUniqueOrThrow({ where: { id: jobId } });
  const { shop } = job;
  const rowsTotal = job.rowsTotal || (await countRows(job.content));
  await db.reviewImport.update({ where: { id: jobId }, data: { rowsTotal } });
  const [match, context] = await Promise.all([loadProductMatcher(db, shop), shopReviewContext(db, shop)]);
  const source = await readReviewExport(job.content, { format: (job.format as ReviewFormat['id']) ?? undefined });

  let { rowsDone, imported, duplicates, malformed, unmatched } = job;
  const problems = JSON.parse(job.problems) as ImportProblem[];
  const touched = new Map<string, number>();
  const batchSize = deps.batchSize ?? IMPORT_BATCH;
  let batch: NewReview[] = [];
  let batchRows = 0;
  const now = new Date();

  const flush = async () => {
    if (batchRows === 0) return;
    const result = await writeReviews(db, shop, context.analyze, batch, context.primaryLocale);
    imported += result.inserted;
    duplicates += result.duplicates;
    for (const [product, n] of result.products) touched.set(product, (touched.get(product) ?? 0) + n);
    rowsDone += batchRows;
    batch = [];
    batchRows = 0;
    // Progress doubles as the lease heartbeat.
    await db.reviewImport.update({
      where: { id: jobId },
      data: { rowsDone, imported, duplicates, malformed, unmatched, problems: JSON.stringify(problems), updatedAt: new Date() },
    });
    deps.onProgress?.({ jobId, rowsDone, rowsTotal, imported });
  };
  const problem = (p: ImportProblem) => {
    if (p.kind === 'malformed') malformed++;
    else unmatched++;
    if (problems.length < MAX_STORED_PROBLEMS) problems.push(p);
  };

  let seen = 0;
  for await (const result of source.rows) {
    // A resumed job skips the rows an earlier attempt finished.
    if (seen++ < job.rowsDone) continue;
    batchRows++;
    if (!result.ok) problem({ row: result.row, kind: 'malformed', reason: result.reason, code: result.code, ...(result.value !== undefined ? { value: result.value } : {}) });
    else {
      const r = result.review;
      const product = match(r.product);
      if (!product) {
        const ref = r.product.id ?? r.product.handle ?? r.product.sku ?? '';
        problem({ row: r.row, kind: 'unmatched', reason: `no product with ${r.product.id ? 'id' : r.product.handle ? 'handle' : 'SKU'} "${ref}"`, code: 'unknown_product', value: ref });
      } else {
        batch.push({
          source: source.format.id, externalId: r.externalId, productId: product.id, productHandle: product.handle, rating: r.rating,
          title: r.title, body: r.body, reviewerName: r.reviewerName, reviewerEmail: r.reviewerEmail, published: r.published,
          reply: r.reply, reviewedAt: r.createdAt ?? now, importId: jobId,
        });
      }
    }
    if (batchRows >= batchSize) await flush();
  }
  await flush();
  await db.reviewImport.update({
    where: { id: jobId },
    // The file is no longer needed once every row is in: don't keep customers' words twice.
    data: { status: 'completed', finishedAt: new Date(), content: '', error: null },
  });
  deps.log?.('review import completed', { shop, jobId, imported, duplicates, malformed, unmatched });
  if (touched.size) await deps.onImported?.(shop, touched);
}

export interface ImportStatus {
  id: string;
  fileName: string;
  format: string | null;
  status: string;
  rowsTotal: number;
  rowsDone: number;
  imported: number;
  duplicates: number;
  malformed: number;
  unmatched: number;
  problems: ImportProblem[];
  error: string | null;
  startedAt: Date;
  finishedAt: Date | null;
}

export async function listImports(db: Db, shop: string, take = 5): Promise<ImportStatus[]> {
  const rows = await db.reviewImport.findMany({
    where: { shop },
    orderBy: { startedAt: 'desc' },
    take,
    select: { id: true, fileName: true, format: true, status: true, rowsTotal: true, rowsDone: true, imported: true, duplicates: true, malformed: true, unmatched: true, problems: true, error: true, startedAt: true, finishedAt: true },
  });
  return rows.map((r) => ({ ...r, problems: JSON.parse(r.problems) as ImportProblem[] }));
}
