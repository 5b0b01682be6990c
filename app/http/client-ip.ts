// The shopper's IP as the app sees it behind Shopify's app proxy and the operator's load balancer
// (first X-Forwarded-For hop). Used only hashed, for rate limits and blocks.
export function clientIp(request: Request): string | null {
  const forwarded = request.headers.get('x-forwarded-for');
  if (forwarded) return forwarded.split(',')[0].trim() || null;
  return request.headers.get('x-real-ip');
}
