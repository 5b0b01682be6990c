// Short-lived tokens that let the widget stream a reply straight from the app's origin: Shopify's
// app proxy may buffer responses (HTTP/1.0), so SSE through /apps/aisle/chat can't be relied on.
// The proxy-authenticated /proxy/chat-token issues one; /api/chat/stream accepts it. It proves the
// shop and the logged-in customer (if any), like the proxy signature it was minted behind.
import crypto from 'node:crypto';
import { z } from 'zod';

export const STREAM_TOKEN_TTL_SECONDS = 300;

const payloadSchema = z.object({ shop: z.string(), customerId: z.string().nullable(), exp: z.number(), n: z.string() });
export type StreamTokenPayload = z.infer<typeof payloadSchema>;

export function mintStreamToken(secret: string, shop: string, customerId: string | null, now = Date.now()): { token: string; expiresAt: string } {
  const exp = Math.floor(now / 1000) + STREAM_TOKEN_TTL_SECONDS;
  const body = Buffer.from(JSON.stringify({ shop, customerId, exp, n: crypto.randomBytes(8).toString('base64url') })).toString('base64url');
  const mac = crypto.createHmac('sha256', `aisle-stream:${secret}`).update(body).digest('base64url');
  return { token: `${body}.${mac}`, expiresAt: new Date(exp * 1000).toISOString() };
}

export function verifyStreamToken(secret: string, token: string, now = Date.now()): StreamTokenPayload | null {
  const [body, mac] = token.split('.');
  if (!body || !mac) return null;
  const expected = crypto.createHmac('sha256', `aisle-stream:${secret}`).update(body).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const payload = payloadSchema.safeParse(parsed);
  if (!payload.success || payload.data.exp * 1000 < now) return null;
  return payload.data;
}
