// POST /proxy/feedback (storefront: /apps/aisle/feedback): thumbs up/down on an assistant reply.
// Only a reply of the shopper's own conversation can be rated.
import type { ActionFunctionArgs } from '@remix-run/node';
import { z } from 'zod';
import { db } from '~/db.server';
import { authenticateProxy } from '~/http/proxy-auth.server';
import { LIMITS, limitBody } from '~/http/body-limit';
import { CONVERSATION_ID } from '~/assistant/conversation-id';
import { findConversation } from '~/assistant/conversations.server';
import { errorResponse } from '~/assistant/chat-http.server';

const bodySchema = z.object({
  conversationId: z.string().regex(CONVERSATION_ID, 'conversationId is malformed'),
  messageId: z.string().min(1).max(64),
  value: z.union([z.literal(1), z.literal(-1), z.literal(0)]),
});

export const action = async ({ request }: ActionFunctionArgs) => {
  if (request.method !== 'POST') return errorResponse(405, 'method_not_allowed', 'Use POST.', undefined, { Allow: 'POST' });
  const limited = await limitBody(request, LIMITS.proxyJson);
  const { shop, customerId } = await authenticateProxy(limited);
  const parsed = bodySchema.safeParse(await limited.json().catch(() => null));
  if (!parsed.success) return errorResponse(400, 'invalid_input', parsed.error.issues.map((i) => i.message).join('; '));
  const conversation = await findConversation(db, parsed.data.conversationId, { shop, customerId });
  if (!conversation) return errorResponse(404, 'conversation_not_found', 'No such conversation here.');
  const { count } = await db.message.updateMany({
    where: { id: parsed.data.messageId, conversationId: conversation.id, role: 'assistant' },
    data: { feedback: parsed.data.value === 0 ? null : parsed.data.value },
  });
  if (count === 0) return errorResponse(404, 'message_not_found', 'No such reply in this conversation.');
  return Response.json({ ok: true });
};

export const loader = () => errorResponse(405, 'method_not_allowed', 'Use POST.', undefined, { Allow: 'POST' });
