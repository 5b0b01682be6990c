// POST /api/chat/stream on the app's own origin: the same turn as /proxy/chat, streamed as SSE,
// authorised by a token from /proxy/chat-token instead of the proxy signature. CORS admits only
// the shop's storefront domains.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { db } from '~/db.server';
import { LIMITS, limitBody } from '~/http/body-limit';
import { allowedOrigins, corsHeaders } from '~/http/cors.server';
import { clientIp } from '~/http/client-ip';
import { verifyStreamToken } from '~/assistant/stream-token';
import { errorResponse, readChatBody, respondToChat } from '~/assistant/chat-http.server';
import { turnDeps } from '~/assistant/services.server';

async function authorise(request: Request) {
  const token = (request.headers.get('authorization') ?? '').replace(/^Bearer\s+/i, '');
  const payload = token ? verifyStreamToken(process.env.SHOPIFY_API_SECRET ?? '', token) : null;
  const origin = request.headers.get('origin');
  const appOrigin = new URL(process.env.SHOPIFY_APP_URL ?? 'http://localhost').origin;
  const cors = payload ? corsHeaders(origin, await allowedOrigins(db, payload.shop), appOrigin) : origin ? null : {};
  return { payload, cors };
}

// Preflight: the browser asks before a cross-origin POST with Authorization.
export const loader = async ({ request }: LoaderFunctionArgs) => {
  if (request.method !== 'OPTIONS') return errorResponse(405, 'method_not_allowed', 'Use POST.', undefined, { Allow: 'POST, OPTIONS' });
  const origin = request.headers.get('origin');
  const shop = new URL(request.url).searchParams.get('shop');
  const appOrigin = new URL(process.env.SHOPIFY_APP_URL ?? 'http://localhost').origin;
  const cors = shop ? corsHeaders(origin, await allowedOrigins(db, shop), appOrigin) : null;
  return new Response(null, { status: cors ? 204 : 403, headers: cors ?? {} });
};

export const action = async ({ request }: ActionFunctionArgs) => {
  if (request.method === 'OPTIONS') return loader({ request, params: {}, context: {} });
  if (request.method !== 'POST') return errorResponse(405, 'method_not_allowed', 'Use POST.', undefined, { Allow: 'POST, OPTIONS' });
  const { payload, cors } = await authorise(request);
  if (!payload || payload.shop !== new URL(request.url).searchParams.get('shop')) {
    return errorResponse(401, 'invalid_token', 'The stream token is missing, invalid or expired.');
  }
  if (!cors) return errorResponse(403, 'origin_not_allowed', 'This origin may not use the stream endpoint.');
  const limited = await limitBody(request, LIMITS.proxyJson);
  const body = await readChatBody(limited);
  if (body instanceof Response) return body;
  return respondToChat({ deps: turnDeps(), shop: payload.shop, customerId: payload.customerId, ip: clientIp(limited), body, stream: true, headers: cors });
};
