// The shop's policy translations, from Shopify's translations API (resource type SHOP_POLICY, whose
// resourceId is the ShopPolicy's own id and whose only translatable key is `body`, HTML like the
// original). Stored beside each policy as plain text, converted the way the original body is.
import type { PolicyTranslations } from '~/knowledge';
import { adminQuery, type QueryOptions, type AdminGraphql } from '~/shopify/admin-query';
import { htmlToText } from './html-text';
import { aliasFor, policyTranslationsQuery } from './queries';

interface TranslationEntry {
  key: string;
  value: string | null;
  outdated?: boolean;
}

type PolicyNode = { resourceId: string } & Record<string, TranslationEntry[] | string | undefined>;

/**
 * One resource's translations by locale. An outdated translation is left out: its original has
 * changed since (a new return window, a new price), and quoting the old terms in the shopper's
 * language would be worse than quoting the current ones in the shop's.
 */
export function policyTranslationsFromNode(node: PolicyNode, locales: string[]): PolicyTranslations {
  const out: PolicyTranslations = {};
  for (const locale of locales) {
    const entries = node[aliasFor(locale)];
    if (!Array.isArray(entries)) continue;
    const body = entries.find((e) => e.key === 'body' && !e.outdated && e.value);
    const text = body?.value ? htmlToText(body.value) : '';
    if (text) out[locale] = { body: text };
  }
  return out;
}

/** Translations of every policy in the given locales, by the policy's id (gid://shopify/ShopPolicy/…). */
export async function fetchPolicyTranslations(
  graphql: AdminGraphql,
  locales: string[],
  opts: Pick<QueryOptions, 'sleep'> = {},
): Promise<Map<string, PolicyTranslations>> {
  const query = policyTranslationsQuery(locales);
  const byId = new Map<string, PolicyTranslations>();
  let after: string | null = null;
  do {
    const data: {
      translatableResources: { edges: { node: PolicyNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    } = await adminQuery(graphql, query, { ...opts, variables: { after } });
    const { edges, pageInfo } = data.translatableResources;
    for (const { node } of edges) byId.set(node.resourceId, policyTranslationsFromNode(node, locales));
    after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  } while (after);
  return byId;
}
