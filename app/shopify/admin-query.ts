// Calls the Admin GraphQL API through the Shopify library's client (`admin.graphql` from
// authenticate.admin / unauthenticated.admin) and turns its failure modes into one typed result:
// THROTTLED and 429/5xx are waited out with backoff, anything else is an AdminApiError.
// Plain TypeScript: the jobs and domain modules take an AdminGraphql function, tests pass one too.

/** The signature of shopify-app-remix's `admin.graphql`. */
export type AdminGraphql = (
  query: string,
  options?: { variables?: Record<string, unknown> },
) => Promise<Response>;

export class AdminApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly retriable: boolean,
  ) {
    super(message);
    this.name = 'AdminApiError';
  }
}

export interface QueryOptions {
  variables?: Record<string, unknown>;
  /** Attempts for throttling/5xx before giving up. */
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
}

interface ThrottleStatus {
  currentlyAvailable: number;
  restoreRate: number;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function adminQuery<T>(graphql: AdminGraphql, query: string, opts: QueryOptions = {}): Promise<T> {
  const { maxAttempts = 8, sleep = defaultSleep } = opts;
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptQuery<T>(graphql, query, opts.variables);
    if (outcome.ok) return outcome.data;
    if (!outcome.error.retriable || attempt >= maxAttempts) throw outcome.error;
    await sleep(outcome.waitMs ?? backoffMs(attempt));
  }
}

export function backoffMs(attempt: number): number {
  // 0.5 s, 1 s, 2 s … capped at 30 s, with jitter so instances don't retry in lockstep.
  const base = Math.min(30_000, 500 * 2 ** (attempt - 1));
  return Math.round(base * (0.75 + Math.random() * 0.5));
}

type Outcome<T> = { ok: true; data: T } | { ok: false; error: AdminApiError; waitMs?: number };

async function attemptQuery<T>(graphql: AdminGraphql, query: string, variables?: Record<string, unknown>): Promise<Outcome<T>> {
  let body: { data?: T; errors?: unknown; extensions?: { cost?: { requestedQueryCost?: number; throttleStatus?: ThrottleStatus } } };
  try {
    const response = await graphql(query, { variables });
    // The library throws for HTTP errors; a plain fetch-based client hands them back.
    if (!response.ok) return classifyStatus(response);
    body = await response.json();
  } catch (error) {
    return classifyThrown(error);
  }
  const errors = graphqlErrors(body.errors);
  if (errors.length === 0 && body.data) return { ok: true, data: body.data };
  return classifyGraphqlErrors(errors, body.extensions?.cost);
}

function graphqlErrors(errors: unknown): { message: string; extensions?: { code?: string } }[] {
  if (!errors) return [];
  if (Array.isArray(errors)) return errors;
  // shopify-api wraps them as {graphQLErrors: [...]}
  const wrapped = (errors as { graphQLErrors?: unknown[] }).graphQLErrors;
  return Array.isArray(wrapped) ? (wrapped as never) : [{ message: String((errors as { message?: string }).message ?? 'GraphQL error') }];
}

function classifyGraphqlErrors(
  errors: { message: string; extensions?: { code?: string } }[],
  cost?: { requestedQueryCost?: number; throttleStatus?: ThrottleStatus },
): Outcome<never> {
  const throttled = errors.some((e) => e.extensions?.code === 'THROTTLED');
  if (throttled) {
    const status = cost?.throttleStatus;
    const needed = (cost?.requestedQueryCost ?? 0) - (status?.currentlyAvailable ?? 0);
    const waitMs = status && needed > 0 ? Math.ceil((needed / status.restoreRate) * 1000) + 100 : undefined;
    return { ok: false, error: new AdminApiError('Throttled by Shopify', 'THROTTLED', true), waitMs };
  }
  const first = errors[0];
  return { ok: false, error: new AdminApiError(first?.message ?? 'Empty response', first?.extensions?.code ?? 'GRAPHQL_ERROR', false) };
}

function classifyStatus(response: Response): Outcome<never> {
  const retryAfter = Number(response.headers.get('retry-after'));
  const retriable = response.status === 429 || response.status >= 500;
  return {
    ok: false,
    error: new AdminApiError(`HTTP ${response.status} from Shopify`, `HTTP_${response.status}`, retriable),
    waitMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
  };
}

function classifyThrown(error: unknown): Outcome<never> {
  const e = error as { name?: string; message?: string; response?: { code?: number }; body?: { errors?: unknown; extensions?: never }; retryAfter?: number };
  if (e?.name === 'GraphqlQueryError' && e.body) {
    return classifyGraphqlErrors(graphqlErrors(e.body.errors), (e.body.extensions as { cost?: never } | undefined)?.cost);
  }
  if (e?.name === 'HttpThrottlingError') {
    return { ok: false, error: new AdminApiError('HTTP 429 from Shopify', 'HTTP_429', true), waitMs: e.retryAfter ? e.retryAfter * 1000 : undefined };
  }
  if (e?.name === 'HttpRetriableError' || e?.name === 'HttpInternalError' || e?.name === 'HttpMaxRetriesError' || e?.name === 'HttpRequestError' || e?.name === 'TypeError') {
    return { ok: false, error: new AdminApiError(e.message ?? 'Network error', e.name ?? 'NETWORK', true) };
  }
  if (error instanceof Response) {
    return { ok: false, error: new AdminApiError(`HTTP ${error.status} from Shopify`, `HTTP_${error.status}`, error.status >= 500 || error.status === 429) };
  }
  return { ok: false, error: new AdminApiError(e?.message ?? String(error), e?.name ?? 'UNKNOWN', false) };
}
