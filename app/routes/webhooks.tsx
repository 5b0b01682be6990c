// Every webhook topic (shopify.app.toml) arrives here. authenticate.webhook checks the HMAC and
// throws 401 on a bad one; the handler does the work once per webhook id.
import type { ActionFunctionArgs } from '@remix-run/node';
import { authenticate } from '~/shopify.server';
import { db } from '~/db.server';
import { LIMITS, limitBody } from '~/http/body-limit';
import { handleWebhook } from '~/webhooks/handle.server';

export const action = async ({ request }: ActionFunctionArgs) => {
  if (request.method !== 'POST') return new Response(null, { status: 405, headers: { Allow: 'POST' } });
  const limited = await limitBody(request, LIMITS.webhook);
  const { shop, topic, payload, webhookId, session } = await authenticate.webhook(limited);
  const triggered = limited.headers.get('x-shopify-triggered-at');
  const outcome = await handleWebhook(db, {
    shop,
    topic,
    webhookId,
    payload: payload as Record<string, unknown>,
    installed: Boolean(session),
    triggeredAt: triggered ? new Date(triggered) : undefined,
  });
  return Response.json({ outcome });
};

export const loader = () => new Response(null, { status: 405, headers: { Allow: 'POST' } });
