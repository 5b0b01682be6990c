// Shopify's app proxy, emulated for demo mode and tests: it forwards /apps/aisle/<path> to the
// app's /proxy/<path> and adds shop, logged_in_customer_id, path_prefix, timestamp and a
// `signature` — HMAC-SHA256 (hex, app secret) of the sorted "key=value" pairs joined with nothing,
// multi-valued keys joined by commas. The app verifies it with the Shopify library, exactly as in
// production.
import crypto from 'node:crypto';

export interface ProxyIdentity {
  shop: string;
  customerId?: string | null;
  pathPrefix?: string;
  /** Seconds since the epoch; defaults to now. Tests pass old ones to prove expiry. */
  timestamp?: number;
}

export function appProxySignature(params: URLSearchParams, secret: string): string {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of params) {
    if (key === 'signature') continue;
    grouped.set(key, [...(grouped.get(key) ?? []), value]);
  }
  const message = [...grouped.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, values]) => `${key}=${values.join(',')}`)
    .join('');
  return crypto.createHmac('sha256', secret).update(message).digest('hex');
}

/** Adds the proxy's parameters and signature to a query string, as Shopify does. */
export function signProxyParams(original: URLSearchParams, who: ProxyIdentity, secret: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of original) {
    // Shopify overwrites these; a shopper can't inject them.
    if (!['shop', 'logged_in_customer_id', 'path_prefix', 'timestamp', 'signature'].includes(key)) params.append(key, value);
  }
  params.set('shop', who.shop);
  params.set('logged_in_customer_id', who.customerId ?? '');
  params.set('path_prefix', who.pathPrefix ?? '/apps/aisle');
  params.set('timestamp', String(who.timestamp ?? Math.floor(Date.now() / 1000)));
  params.set('signature', appProxySignature(params, secret));
  return params;
}

/** `/apps/aisle/chat?x=1` → `/proxy/chat?x=1&shop=…&signature=…` */
export function proxiedPath(pathAndQuery: string, who: ProxyIdentity, secret: string): string {
  const url = new URL(pathAndQuery, 'http://storefront.invalid');
  const prefix = who.pathPrefix ?? '/apps/aisle';
  const rest = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
  return `/proxy${rest || '/'}?${signProxyParams(url.searchParams, who, secret)}`;
}
