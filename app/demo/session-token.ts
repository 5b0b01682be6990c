// Mints the session token (HS256 JWT) that App Bridge would hand the embedded admin, so demo mode
// and tests authenticate through authenticate.admin unchanged.
import crypto from 'node:crypto';

const b64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

export function mintSessionToken(opts: { shop: string; apiKey: string; secret: string; userId?: string; ttlSeconds?: number }): string {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = b64url(
    JSON.stringify({
      iss: `https://${opts.shop}/admin`,
      dest: `https://${opts.shop}`,
      aud: opts.apiKey,
      sub: opts.userId ?? '1',
      exp: now + (opts.ttlSeconds ?? 60),
      nbf: now - 5,
      iat: now - 5,
      jti: crypto.randomUUID(),
      sid: crypto.randomUUID(),
    }),
  );
  const signature = crypto.createHmac('sha256', opts.secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}
