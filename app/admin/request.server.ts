// Small helpers shared by the admin's loaders and actions.
import type { FieldErrors } from './field-errors';

/** Who made a change, for version history: the staff member's user id from the session token. */
export function authorOf(ctx: { sessionToken?: { sub?: string } | null; session: { shop: string } }): string {
  const sub = ctx.sessionToken?.sub;
  return sub ? `staff:${sub}` : ctx.session.shop;
}

/** JSON bodies (the settings form) or form data (everything else), whichever the client sent. */
export async function readBody(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get('content-type') ?? '';
  if (type.includes('application/json')) {
    const body = await request.json().catch(() => null);
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  }
  const form = await request.formData();
  const out: Record<string, unknown> = {};
  for (const [k, v] of form.entries()) out[k] = typeof v === 'string' ? v : '';
  return out;
}

export type ActionResult<T = unknown> = { ok: true; intent: string; data?: T } | { ok: false; intent: string; errors?: FieldErrors; error?: string };

export const fail = (intent: string, status: number, rest: { errors?: FieldErrors; error?: string }) =>
  Response.json({ ok: false, intent, ...rest } satisfies ActionResult, { status });
