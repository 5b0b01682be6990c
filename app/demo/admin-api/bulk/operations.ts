// Bulk query operations, run in the background the way Shopify runs them: CREATED when accepted,
// RUNNING while pages of the top-level connection are executed and appended to a JSONL file
// (streamed with backpressure, so 100,000 products take flat memory), then COMPLETED (or FAILED /
// CANCELED). A completed operation with no objects has no url, as on Shopify.
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kind, type DocumentNode, type ExecutionResult, type FieldNode, type GraphQLSchema } from 'graphql';
import { MAX_PAGE_SIZE } from '../connection';
import { gid, legacyId } from '../ids';
import { emitPage } from './jsonl';
import { planBulkQuery, type BulkPlan } from './plan';

/** API 2026-01 and later let an app run up to five bulk queries at a time per shop. */
export const DEFAULT_MAX_RUNNING_BULK_QUERIES = 5;

type Status = 'CREATED' | 'RUNNING' | 'COMPLETED' | 'CANCELING' | 'CANCELED' | 'FAILED';

interface BulkRecord {
  number: string;
  query: string;
  groupObjects: boolean;
  status: Status;
  errorCode: string | null;
  objectCount: number;
  rootObjectCount: number;
  bytes: number;
  createdAt: string;
  completedAt: string | null;
  file: string;
  cancelRequested: boolean;
  done: Promise<void>;
}

export interface BulkUserError {
  field: string[] | null;
  message: string;
  code: 'INVALID' | 'LIMIT_REACHED' | 'OPERATION_IN_PROGRESS' | null;
}

export interface BulkOperations {
  runQuery(query: string, groupObjects: boolean): { bulkOperation: unknown; userErrors: BulkUserError[] };
  cancel(id: string): { bulkOperation: unknown; userErrors: { field: string[] | null; message: string }[] };
  /** The BulkOperation object for a gid, or null. */
  get(id: string): unknown;
  /** The most recent operation (currentBulkOperation). */
  current(type: string): unknown;
  /** Every operation as BulkOperation objects, oldest first (bulkOperations connection). */
  all(): { node: unknown; createdAt: string; completedAt: string | null; status: string; number: string }[];
  /** The result file of operation `number` if it may be downloaded. */
  resultFile(number: string): string | null;
  /** Resolves when no operation is running. */
  settled(): Promise<void>;
  /** Operations accepted from now on stay CREATED until the returned function is called. */
  hold(): () => void;
  close(): Promise<void>;
}

export interface BulkOperationsOptions {
  schema: GraphQLSchema;
  /** Runs one page document as a bulk execution (nested connections unlimited). */
  executePage(document: DocumentNode): Promise<ExecutionResult>;
  baseUrl: string;
  bulkDir?: string;
  maxRunning?: number;
  now(): number;
}

// Result folders not yet removed by close(): a fake that is never closed (a test that forgets, a
// demo server stopped with Ctrl-C) still leaves nothing behind when the process exits.
const openDirs = new Set<string>();
let exitHookInstalled = false;
function trackDir(dir: string): string {
  openDirs.add(dir);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => openDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  }
  return dir;
}

const ACTIVE: ReadonlySet<Status> = new Set(['CREATED', 'RUNNING', 'CANCELING']);
const PAGE_INFO_ALIAS = 'bulkPageInfo__';

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
const field = (fieldName: string, alias?: string, selections?: FieldNode[]): FieldNode => ({
  kind: Kind.FIELD,
  name: name(fieldName),
  ...(alias ? { alias: name(alias) } : {}),
  ...(selections ? { selectionSet: { kind: Kind.SELECTION_SET, selections } } : {}),
});

/** The bulk query with its top-level connection set to one page after `after`, and asking for pageInfo. */
function pageDocument(plan: BulkPlan, after: string | null): DocumentNode {
  const args = (plan.root.arguments ?? []).filter((a) => !['first', 'last', 'after', 'before'].includes(a.name.value));
  args.push({ kind: Kind.ARGUMENT, name: name('first'), value: { kind: Kind.INT, value: String(MAX_PAGE_SIZE) } });
  if (after) args.push({ kind: Kind.ARGUMENT, name: name('after'), value: { kind: Kind.STRING, value: after } });
  const root: FieldNode = {
    ...plan.root,
    arguments: args,
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        ...(plan.root.selectionSet?.selections ?? []),
        field('pageInfo', PAGE_INFO_ALIAS, [field('hasNextPage'), field('endCursor')]),
      ],
    },
  };
  const operation = { ...plan.operation, selectionSet: { kind: Kind.SELECTION_SET, selections: [root] } } as const;
  return { ...plan.document, definitions: plan.document.definitions.map((d) => (d === plan.operation ? operation : d)) };
}

export function createBulkOperations(opts: BulkOperationsOptions): BulkOperations {
  const records = new Map<string, BulkRecord>();
  const baseUrl = opts.baseUrl.replace(/\/+$/, '');
  const maxRunning = opts.maxRunning ?? DEFAULT_MAX_RUNNING_BULK_QUERIES;
  let nextNumber = 1;
  let dir: string | null = null;
  let gate: Promise<void> | null = null;
  const releases = new Set<() => void>();
  let closed = false;

  const iso = () => new Date(opts.now()).toISOString();
  const resultDir = () => (dir ??= trackDir(fs.mkdtempSync(path.join(opts.bulkDir ?? os.tmpdir(), 'fake-admin-bulk-'))));
  const fileUrl = (r: BulkRecord) => `${baseUrl}/bulk/${r.number}.jsonl`;

  function toObject(r: BulkRecord) {
    return {
      __typename: 'BulkOperation',
      id: gid('BulkOperation', r.number),
      type: 'QUERY',
      query: r.query,
      status: r.status,
      errorCode: r.errorCode,
      objectCount: String(r.objectCount),
      rootObjectCount: String(r.rootObjectCount),
      fileSize: r.status === 'COMPLETED' && r.objectCount > 0 ? String(r.bytes) : null,
      url: r.status === 'COMPLETED' && r.objectCount > 0 ? fileUrl(r) : null,
      partialDataUrl: r.status === 'FAILED' && r.bytes > 0 ? fileUrl(r) : null,
      createdAt: r.createdAt,
      completedAt: r.completedAt,
    };
  }

  async function run(r: BulkRecord, plan: BulkPlan): Promise<void> {
    if (gate) await gate;
    await new Promise((resolve) => setImmediate(resolve));
    if (r.cancelRequested) {
      Object.assign(r, { status: 'CANCELED', completedAt: iso() });
      return;
    }
    r.status = 'RUNNING';
    const out = fs.createWriteStream(r.file);
    const write = async (chunk: string) => {
      r.bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await once(out, 'drain');
    };
    try {
      let after: string | null = null;
      do {
        if (r.cancelRequested) break;
        const result = await opts.executePage(plan.rootIsConnection ? pageDocument(plan, after) : plan.document);
        if (result.errors?.length || !result.data) throw new Error(result.errors?.[0]?.message ?? 'no data');
        // Grouped: children right after their parent. Ungrouped (the 2026-10 default): each page's
        // parents first, then their children, so a reader can't rely on adjacency.
        const byDepth: string[][] = [[]];
        const { roots, objects } = emitPage(result.data, plan, (line, depth) => {
          (r.groupObjects ? byDepth[0] : (byDepth[depth] ??= [])).push(line);
        });
        const lines = byDepth.flat();
        if (lines.length) await write(lines.join('\n') + '\n');
        r.rootObjectCount += roots;
        r.objectCount += objects;
        const pageInfo = (result.data[plan.rootKey] as Record<string, { hasNextPage: boolean; endCursor: string | null }> | null)?.[
          PAGE_INFO_ALIAS
        ];
        after = plan.rootIsConnection && pageInfo?.hasNextPage ? pageInfo.endCursor : null;
        // Let requests (status polls) in between pages.
        await new Promise((resolve) => setImmediate(resolve));
      } while (after);
      await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
      Object.assign(r, { status: r.cancelRequested ? 'CANCELED' : 'COMPLETED', completedAt: iso() });
    } catch {
      out.destroy();
      Object.assign(r, { status: 'FAILED', errorCode: 'INTERNAL_SERVER_ERROR', completedAt: iso() });
    }
  }

  function find(id: string): BulkRecord | undefined {
    return records.get(legacyId(id));
  }

  return {
    runQuery(query, groupObjects) {
      const planned = planBulkQuery(opts.schema, query);
      if ('error' in planned) return { bulkOperation: null, userErrors: [{ field: ['query'], message: planned.error, code: 'INVALID' }] };
      const active = [...records.values()].filter((r) => ACTIVE.has(r.status));
      if (closed || active.length >= maxRunning) {
        const userError: BulkUserError =
          maxRunning === 1 && active.length
            ? {
                field: null,
                message: `A bulk query operation for this app and shop is already in progress: ${gid('BulkOperation', active[0].number)}.`,
                code: 'OPERATION_IN_PROGRESS',
              }
            : { field: null, message: 'Bulk operations limit reached. Please try again later.', code: 'LIMIT_REACHED' };
        return { bulkOperation: null, userErrors: [userError] };
      }
      const number = String(nextNumber++);
      const record: BulkRecord = {
        number,
        query,
        groupObjects,
        status: 'CREATED',
        errorCode: null,
        objectCount: 0,
        rootObjectCount: 0,
        bytes: 0,
        createdAt: iso(),
        completedAt: null,
        file: path.join(resultDir(), `${number}.jsonl`),
        cancelRequested: false,
        done: Promise.resolve(),
      };
      records.set(number, record);
      record.done = run(record, planned.plan);
      return { bulkOperation: toObject(record), userErrors: [] };
    },

    cancel(id) {
      const r = find(id);
      if (!r) return { bulkOperation: null, userErrors: [{ field: ['id'], message: 'Bulk operation does not exist' }] };
      if (!ACTIVE.has(r.status)) {
        return {
          bulkOperation: toObject(r),
          userErrors: [{ field: null, message: `A bulk operation cannot be canceled when it is ${r.status.toLowerCase()}` }],
        };
      }
      r.cancelRequested = true;
      r.status = 'CANCELING';
      return { bulkOperation: toObject(r), userErrors: [] };
    },

    get(id) {
      const r = find(id);
      return r ? toObject(r) : null;
    },

    current() {
      const last = [...records.values()].pop();
      return last ? toObject(last) : null;
    },

    all() {
      return [...records.values()].map((r) => ({
        node: toObject(r),
        createdAt: r.createdAt,
        completedAt: r.completedAt,
        status: r.status,
        number: r.number,
      }));
    },

    resultFile(number) {
      const r = records.get(number);
      if (!r) return null;
      return (r.status === 'COMPLETED' && r.objectCount > 0) || (r.status === 'FAILED' && r.bytes > 0) ? r.file : null;
    },

    async settled() {
      await Promise.all([...records.values()].map((r) => r.done));
    },

    hold() {
      let resolveHeld!: () => void;
      const held = new Promise<void>((resolve) => (resolveHeld = resolve));
      gate = held;
      const release = () => {
        if (gate === held) gate = null;
        releases.delete(release);
        resolveHeld();
      };
      releases.add(release);
      return release;
    },

    async close() {
      closed = true;
      for (const r of records.values()) if (ACTIVE.has(r.status)) r.cancelRequested = true;
      for (const release of [...releases]) release();
      await Promise.all([...records.values()].map((r) => r.done));
      if (dir) {
        fs.rmSync(dir, { recursive: true, force: true });
        openDirs.delete(dir);
      }
    },
  };
}
