// What a logged-in customer bought before, as product handles (newest order first), for
// "for you" recommendations. Only handles leave this module: no order facts, no personal data.
import { adminQuery, type AdminGraphql } from '~/shopify/admin-query';
import { customerGid } from './order-lookup';
import { CUSTOMER_PURCHASES } from './queries';

export async function purchasedHandles(
  graphql: AdminGraphql,
  customerId: string | null,
  opts: { maxAttempts?: number } = {},
): Promise<string[]> {
  const id = customerGid(customerId);
  if (!id) return [];
  const data = await adminQuery<{
    customer: { orders: { nodes: { lineItems: { nodes: { product: { handle: string } | null }[] } }[] } } | null;
  }>(graphql, CUSTOMER_PURCHASES, { variables: { id }, maxAttempts: opts.maxAttempts ?? 3 });
  const handles = (data.customer?.orders.nodes ?? [])
    .flatMap((o) => o.lineItems.nodes.map((l) => l.product?.handle))
    .filter((h): h is string => !!h);
  return [...new Set(handles)];
}
