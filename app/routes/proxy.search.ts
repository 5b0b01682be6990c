// GET /proxy/search (storefront: /apps/aisle/search): catalog search for the widget and blocks.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { searchParamsSchema } from '~/catalog/search';
import { authenticateProxy, jsonError } from '~/http/proxy-auth.server';
import { catalogSearch } from '~/services.server';

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop, url } = await authenticateProxy(request);
  const parsed = searchParamsSchema.safeParse(url.searchParams);
  if (!parsed.success) {
    return jsonError(400, 'invalid_query', parsed.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; '));
  }
  const result = await catalogSearch.search(shop, parsed.data);
  return Response.json({ products: result.products, total: result.total }, { headers: { 'Cache-Control': 'private, max-age=30' } });
};

export const action = (_: ActionFunctionArgs) => jsonError(405, 'method_not_allowed', 'Use GET.', { Allow: 'GET' });
