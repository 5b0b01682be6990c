// GET /proxy/compare?products=a,b[,c,d]&locale=pl (storefront: /apps/aisle/compare): the structured
// comparison the compare block renders. Handles are checked here; app/compare does the rest.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { z } from 'zod';
import { db } from '~/db.server';
import { authenticateProxy, jsonError } from '~/http/proxy-auth.server';
import { createProductComparison, MAX_COMPARED, MIN_COMPARED, reviewsFromSummaries } from '~/compare';

const HANDLE = /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,254}$/u;

const paramsSchema = z.object({
  products: z
    .string({ required_error: 'products is required: ?products=handle,handle' })
    .transform((s) => [
      ...new Set(
        s
          .split(',')
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.string().regex(HANDLE, 'a product handle is malformed'))
        .min(MIN_COMPARED, `compare at least ${MIN_COMPARED} different products`)
        .max(MAX_COMPARED, `compare at most ${MAX_COMPARED} products`),
    ),
  locale: z
    .string()
    .regex(/^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,4})?$/, 'locale is malformed')
    .transform((l) => l.slice(0, 2).toLowerCase())
    .optional(),
});

const compareProducts = createProductComparison({ db, reviews: reviewsFromSummaries(db) });

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop, url } = await authenticateProxy(request);
  const parsed = paramsSchema.safeParse(
    Object.fromEntries(['products', 'locale'].flatMap((k) => (url.searchParams.has(k) ? [[k, url.searchParams.get(k)]] : []))),
  );
  if (!parsed.success) {
    return jsonError(400, 'invalid_query', parsed.error.issues.map((i) => `${i.path[0] ?? 'query'}: ${i.message}`).join('; '));
  }
  const comparison = await compareProducts(shop, { handles: parsed.data.products, language: parsed.data.locale });
  return Response.json(comparison, { headers: { 'Cache-Control': 'private, max-age=60' } });
};

export const action = (_: ActionFunctionArgs) => jsonError(405, 'method_not_allowed', 'Use GET.', { Allow: 'GET' });
