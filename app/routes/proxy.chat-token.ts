// POST /proxy/chat-token (storefront: /apps/aisle/chat-token): a short-lived token for streaming
// replies from the app's own origin (see assistant/stream-token.ts).
import type { ActionFunctionArgs } from '@remix-run/node';
import { authenticateProxy } from '~/http/proxy-auth.server';
import { mintStreamToken } from '~/assistant/stream-token';
import { errorResponse } from '~/assistant/chat-http.server';

export const action = async ({ request }: ActionFunctionArgs) => {
  if (request.method !== 'POST') return errorResponse(405, 'method_not_allowed', 'Use POST.', undefined, { Allow: 'POST' });
  const { shop, customerId } = await authenticateProxy(request);
  const { token, expiresAt } = mintStreamToken(process.env.SHOPIFY_API_SECRET ?? '', shop, customerId);
  // The shop rides in the URL because a CORS preflight carries no token.
  const streamUrl = new URL(`/api/chat/stream?shop=${encodeURIComponent(shop)}`, process.env.SHOPIFY_APP_URL).toString();
  return Response.json({ token, expiresAt, streamUrl }, { headers: { 'Cache-Control': 'no-store' } });
};

export const loader = () => errorResponse(405, 'method_not_allowed', 'Use POST.', undefined, { Allow: 'POST' });
