// Every storefront call comes through Shopify's app proxy, which signs the query string. This
// verifies the signature (and its 90-second timestamp window) through the Shopify library, then
// requires that the shop has installed Aisle. The shop and customer come only from the signed
// parameters — never from the body — so a shopper can't act as another shop or customer.
import { authenticate } from '~/shopify.server';

export interface ProxyContext {
  shop: string;
  /** Set by Shopify when the shopper is logged in to the storefront. */
  customerId: string | null;
  /** The shopper's storefront locale hint, when the widget sends one. */
  url: URL;
}

export function jsonError(status: number, error: string, message: string, headers?: HeadersInit): Response {
  return Response.json({ error, message }, { status, headers });
}

export async function authenticateProxy(request: Request): Promise<ProxyContext> {
  let context;
  try {
    context = await authenticate.public.appProxy(request);
  } catch (error) {
    if (error instanceof Response && error.status === 400) {
      throw jsonError(401, 'invalid_signature', 'The app proxy signature is missing, invalid or expired.');
    }
    throw error;
  }
  const url = new URL(request.url);
  const shop = url.searchParams.get('shop')!;
  if (!context.session) throw jsonError(401, 'shop_not_installed', 'Aisle is not installed on this shop.');
  const customerId = url.searchParams.get('logged_in_customer_id') || null;
  return { shop, customerId, url };
}
