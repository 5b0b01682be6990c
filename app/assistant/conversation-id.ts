// Conversation ids are capabilities: whoever holds one can read that chat's history (still only
// within its shop, and only its customer when one is logged in). 144 random bits, URL-safe.
import crypto from 'node:crypto';

export const CONVERSATION_ID = /^[A-Za-z0-9_-]{24}$/;

export function newConversationId(): string {
  return crypto.randomBytes(18).toString('base64url');
}

/** IPs are kept only as a keyed hash: enough to rate-limit and block, useless if leaked. */
export function hashIp(ip: string | null, secret: string): string | null {
  if (!ip) return null;
  return crypto.createHmac('sha256', secret).update(ip).digest('base64url').slice(0, 22);
}
