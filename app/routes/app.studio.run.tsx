// POST /app/studio/run: one prompt-studio turn, streamed as SSE (the same events as the shopper
// chat), through the real pipeline with either the draft in the editor or the live settings.
import type { ActionFunctionArgs } from '@remix-run/node';
import { z } from 'zod';
import { authenticate } from '~/shopify.server';
import { db } from '~/db.server';
import { settingsSchema } from '~/assistant/settings';
import { chatBodySchema, errorResponse, respondToChat } from '~/assistant/chat-http.server';
import { turnDeps } from '~/assistant/services.server';
import { studioDeps } from '~/admin/studio.server';
import { liveSettings } from '~/admin/prompt-versions.server';

const bodySchema = chatBodySchema.extend({
  side: z.enum(['draft', 'live']),
  settings: settingsSchema.optional(),
});

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success)
    return errorResponse(400, 'invalid_input', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const { side, settings, ...body } = parsed.data;
  if (side === 'draft' && !settings) return errorResponse(400, 'invalid_input', 'settings: the draft is required');
  const used = side === 'draft' ? settings! : await liveSettings(db, session.shop);
  return respondToChat({
    deps: studioDeps(turnDeps(), used),
    shop: session.shop,
    customerId: null,
    ip: null,
    body,
    stream: (request.headers.get('accept') ?? '').includes('text/event-stream'),
  });
};

export const loader = () => errorResponse(405, 'method_not_allowed', 'Use POST.', undefined, { Allow: 'POST' });
