// CORS for the direct streaming endpoint: only the shop's own storefront origins may call it —
// never an echo of whatever Origin arrives.
import type { Db } from '~/db/client.server';

export async function allowedOrigins(db: Db, shop: string): Promise<Set<string>> {
  const row = await db.shop.findUnique({ where: { domain: shop }, select: { domains: true } });
  const domains = [shop, ...(row ? (JSON.parse(row.domains) as string[]) : [])];
  return new Set(domains.map((d) => `https://${d}`));
}

export function corsHeaders(origin: string | null, allowed: Set<string>, appOrigin: string): Record<string, string> | null {
  if (!origin) return {};
  if (origin === appOrigin) return {}; // same origin (demo mode), nothing to grant
  if (!allowed.has(origin)) return null;
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}
