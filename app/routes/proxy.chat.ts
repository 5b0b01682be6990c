// POST /proxy/chat (storefront: /apps/aisle/chat): one shopper turn, as JSON or SSE.
import type { ActionFunctionArgs } from '@remix-run/node';
import { authenticateProxy } from '~/http/proxy-auth.server';
import { LIMITS, limitBody } from '~/http/body-limit';
import { errorResponse, readChatBody, respondToChat } from '~/assistant/chat-http.server';
import { turnDeps } from '~/assistant/services.server';
import { clientIp } from '~/http/client-ip';

export const action = async ({ request }: ActionFunctionArgs) => {
  if (request.method !== 'POST') return errorResponse(405, 'method_not_allowed', 'Use POST.', undefined, { Allow: 'POST' });
  const limited = await limitBody(request, LIMITS.proxyJson);
  const { shop, customerId } = await authenticateProxy(limited);
  const body = await readChatBody(limited);
  if (body instanceof Response) return body;
  return respondToChat({
    deps: turnDeps(),
    shop,
    customerId,
    ip: clientIp(limited),
    body,
    stream: (limited.headers.get('accept') ?? '').includes('text/event-stream'),
  });
};

export const loader = () => errorResponse(405, 'method_not_allowed', 'Use POST.', undefined, { Allow: 'POST' });
