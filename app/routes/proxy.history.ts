// GET /proxy/history?conversationId=… (storefront: /apps/aisle/history): the transcript the
// widget restores after navigation or reload. Scoped to the shop and, for a logged-in shopper's
// conversation, to that customer.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { authenticateProxy } from '~/http/proxy-auth.server';
import { CONVERSATION_ID } from '~/assistant/conversation-id';
import { findConversation, transcript } from '~/assistant/conversations.server';
import { errorResponse } from '~/assistant/chat-http.server';
import { db } from '~/db.server';

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop, customerId, url } = await authenticateProxy(request);
  const id = url.searchParams.get('conversationId') ?? '';
  if (!CONVERSATION_ID.test(id)) return errorResponse(400, 'invalid_input', 'conversationId is missing or malformed');
  const conversation = await findConversation(db, id, { shop, customerId });
  if (!conversation) return errorResponse(404, 'conversation_not_found', 'No such conversation here.');
  return Response.json({ conversationId: id, language: conversation.locale, messages: await transcript(db, id) }, { headers: { 'Cache-Control': 'no-store' } });
};

export const action = () => errorResponse(405, 'method_not_allowed', 'Use GET.', undefined, { Allow: 'GET' });
