// A fake of Shopify's Admin GraphQL API for one demo shop, as a fetch-style handler:
//   POST …/admin/api/<version>/graphql.json   GraphQL (any version segment; the 2026-10 schema)
//   GET  <baseUrl>/bulk/<n>.jsonl             a bulk operation's result file (the operation's `url`)
// Every query is parsed and validated against Shopify's real schema before it runs, so a query that
// Shopify would reject fails here too, with Shopify's response shapes for auth, throttling and errors.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { getOperationAST, Kind, parse, validate, type DocumentNode, type GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { DemoStore } from '~/demo/store/types';
import { createBulkOperations, type BulkOperations } from './bulk/operations';
import { createContext } from './context';
import { createLeakyBucket, requestedQueryCost, SINGLE_QUERY_MAX_COST } from './cost';
import { createExecutor } from './execute';
import { buildStoreModel } from './model/store-model';
import { createMutationRoot, createQueryRoot, SUPPORTED_MUTATIONS } from './root';
import { adminSchema, SCHEMA_VERSION } from './schema';

export interface FakeAdminApiOptions {
  store: DemoStore;
  /** Where this fake is served (origin and optional path prefix); bulk result URLs start with it. */
  baseUrl: string;
  /** Directory for bulk result files (a private temporary folder is made inside it). Default: os.tmpdir(). */
  bulkDir?: string;
  /** Token check. Default: any non-empty token is accepted. */
  isValidToken?(shop: string, token: string): boolean | Promise<boolean>;
  /** Origin of the storefront, for onlineStoreUrl, policy URLs and primaryDomain. Default: https://<myshopify domain>. */
  storefrontUrl?: string;
  /** Leaky bucket size and restore rate per second. Default: Shopify's standard 2,000 and 100. */
  throttle?: { maximumAvailable?: number; restoreRate?: number };
  /** Bulk query operations that may run at once (API 2026-01+: 5). */
  maxConcurrentBulkQueries?: number;
  /** Clock, in ms; tests pass their own to move the bucket's time. */
  now?: () => number;
}

export interface FakeAdminApi {
  /** Answers both the GraphQL endpoint and bulk result downloads (see the paths above). */
  handle(request: Request): Promise<Response>;
  /** The shop it answers for (store.shop.myshopifyDomain). */
  readonly shop: string;
  /** `${baseUrl}/admin/api/2026-10/graphql.json` */
  readonly graphqlUrl: string;
  /** The next n GraphQL requests are answered THROTTLED, whatever the bucket holds. */
  throttleNext(n: number): void;
  /** The next n GraphQL requests fail with this HTTP status (default 503). */
  failNext(n: number, status?: number): void;
  /** Resolves once no bulk operation is running. */
  bulkOperationsSettled(): Promise<void>;
  /** Bulk operations accepted from now on stay CREATED until the returned function is called. */
  holdBulkOperations(): () => void;
  /** Cancels running bulk operations and deletes their files. */
  close(): Promise<void>;
}

const GRAPHQL_PATH = /\/admin\/api\/(?:[^/]+\/)?graphql\.json$/;
const BULK_FILE_PATH = /\/bulk\/(\d+)\.jsonl$/;
const INVALID_TOKEN = '[API] Invalid API key or access token (unrecognized login or wrong password)';

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'x-shopify-api-version': SCHEMA_VERSION,
      'x-request-id': randomUUID(),
      ...headers,
    },
  });
}

function formatError(error: GraphQLError, code?: string): GraphQLFormattedError {
  const formatted = error.toJSON();
  return code ? { ...formatted, extensions: { ...formatted.extensions, code } } : formatted;
}

async function readBody(request: Request): Promise<{ query: string; variables?: Record<string, unknown>; operationName?: string } | null> {
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.includes('application/graphql')) return { query: await request.text() };
    const body = (await request.json()) as { query?: unknown; variables?: unknown; operationName?: unknown };
    if (typeof body?.query !== 'string') return null;
    const variables = body.variables && typeof body.variables === 'object' ? (body.variables as Record<string, unknown>) : undefined;
    return { query: body.query, variables, operationName: typeof body.operationName === 'string' ? body.operationName : undefined };
  } catch {
    return null;
  }
}

export function createFakeAdminApi(opts: FakeAdminApiOptions): FakeAdminApi {
  const schema = adminSchema();
  const now = opts.now ?? Date.now;
  const model = buildStoreModel(opts.store, opts.storefrontUrl);
  const baseUrl = opts.baseUrl.replace(/\/+$/, '');
  const isValidToken = opts.isValidToken ?? ((_shop: string, token: string) => token.length > 0);
  const bucket = createLeakyBucket({
    maximumAvailable: opts.throttle?.maximumAvailable ?? 2000,
    restoreRate: opts.throttle?.restoreRate ?? 100,
    now,
  });
  const executor = createExecutor(schema, { query: createQueryRoot(model), mutation: createMutationRoot() });
  const bulkOperations: BulkOperations = createBulkOperations({
    schema,
    baseUrl,
    bulkDir: opts.bulkDir,
    maxRunning: opts.maxConcurrentBulkQueries,
    now,
    executePage: (document) => executor(document, createContext(model, bulkOperations, true)),
  });
  let throttled = 0;
  const failures: number[] = [];

  function costExtension(requested: number, actual: number | null) {
    return { cost: { requestedQueryCost: requested, actualQueryCost: actual, throttleStatus: bucket.status() } };
  }

  function throttledResponse(requested: number): Response {
    return json({
      errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' } }],
      extensions: costExtension(requested, null),
    });
  }

  async function graphql(request: Request): Promise<Response> {
    if (request.method !== 'POST') return json({ errors: 'Not Found' }, 404);
    const token = request.headers.get('x-shopify-access-token');
    if (!token || !(await isValidToken(model.domain, token))) return json({ errors: INVALID_TOKEN }, 401);
    const failure = failures.shift();
    if (failure !== undefined) return json({ errors: 'Internal Server Error' }, failure, failure === 503 ? { 'retry-after': '1' } : {});

    const body = await readBody(request);
    if (!body) return json({ errors: { query: 'Required parameter missing or invalid' } }, 400);

    let document: DocumentNode;
    try {
      document = parse(body.query);
    } catch (e) {
      return json({ errors: [formatError(e as GraphQLError, 'GRAPHQL_PARSE_FAILED')] });
    }
    const invalid = validate(schema, document);
    if (invalid.length) return json({ errors: invalid.map((e) => formatError(e, 'GRAPHQL_VALIDATION_FAILED')) });

    const operation = getOperationAST(document, body.operationName);
    if (!operation) {
      const message = body.operationName
        ? `No operation named "${body.operationName}"`
        : 'An operation name is required when the document has several operations';
      return json({ errors: [{ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
    }
    if (operation.operation === 'subscription') {
      return json({
        errors: [{ message: 'Subscriptions are not supported by the Admin API', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
      });
    }
    if (operation.operation === 'mutation') {
      const unsupported = operation.selectionSet.selections.find(
        (s) => s.kind !== Kind.FIELD || (s.name.value !== '__typename' && !SUPPORTED_MUTATIONS.has(s.name.value)),
      );
      if (unsupported) {
        const name = unsupported.kind === Kind.FIELD ? unsupported.name.value : 'fragment';
        return json({
          errors: [
            {
              message: `The fake Admin API does not implement the mutation ${name}: it answers queries, bulkOperationRunQuery and bulkOperationCancel.`,
              locations: unsupported.loc
                ? [{ line: unsupported.loc.startToken.line, column: unsupported.loc.startToken.column }]
                : undefined,
              extensions: { code: 'NOT_IMPLEMENTED' },
            },
          ],
        });
      }
    }

    const variables = body.variables ?? {};
    const requested = requestedQueryCost(schema, document, operation, variables);
    if (requested > SINGLE_QUERY_MAX_COST) {
      return json({
        errors: [
          {
            message: `Query cost is ${requested}, which exceeds the single query max cost limit (${SINGLE_QUERY_MAX_COST}).`,
            extensions: { code: 'MAX_COST_EXCEEDED', cost: requested, maxCost: SINGLE_QUERY_MAX_COST },
          },
        ],
        extensions: costExtension(requested, null),
      });
    }
    if (throttled > 0) {
      throttled--;
      return throttledResponse(requested);
    }
    if (!bucket.take(requested)) return throttledResponse(requested);

    const ctx = createContext(model, bulkOperations);
    const result = await executor(document, ctx, variables, body.operationName);
    const actual = operation.operation === 'mutation' ? requested : Math.min(ctx.actualCost, requested);
    bucket.give(requested - actual);

    const errors = result.errors?.map((e) => formatError(e, 'data' in result ? undefined : 'INVALID_VARIABLE'));
    const extensions: Record<string, unknown> = costExtension(requested, actual);
    if (ctx.searchWarnings.length) extensions.search = ctx.searchWarnings;
    if (ctx.unmodelled.size) extensions.fakeAdminApi = { unmodelledFields: [...ctx.unmodelled].sort() };
    return json({ ...(errors ? { errors } : {}), ...('data' in result ? { data: result.data } : {}), extensions });
  }

  function bulkFile(request: Request, number: string): Response {
    if (request.method !== 'GET' && request.method !== 'HEAD') return json({ errors: 'Not Found' }, 404);
    const file = bulkOperations.resultFile(number);
    if (!file || !fs.existsSync(file)) return new Response('Not Found', { status: 404 });
    const headers = { 'content-type': 'application/jsonl', 'content-length': String(fs.statSync(file).size) };
    if (request.method === 'HEAD') return new Response(null, { headers });
    return new Response(Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>, { headers });
  }

  return {
    shop: model.domain,
    graphqlUrl: `${baseUrl}/admin/api/${SCHEMA_VERSION}/graphql.json`,

    async handle(request) {
      const url = new URL(request.url);
      // Requests addressed to another shop's myshopify domain don't reach this shop.
      if (url.hostname.endsWith('.myshopify.com') && url.hostname !== model.domain) return json({ errors: 'Not Found' }, 404);
      if (GRAPHQL_PATH.test(url.pathname)) return graphql(request);
      const bulk = BULK_FILE_PATH.exec(url.pathname);
      if (bulk) return bulkFile(request, bulk[1]);
      return json({ errors: 'Not Found' }, 404);
    },

    throttleNext(n) {
      throttled += n;
    },
    failNext(n, status = 503) {
      for (let i = 0; i < n; i++) failures.push(status);
    },
    bulkOperationsSettled: () => bulkOperations.settled(),
    holdBulkOperations: () => bulkOperations.hold(),
    close: () => bulkOperations.close(),
  };
}
