// Admin GraphQL documents used by the catalog sync (API 2026-10). Bulk queries use edges/node for
// every connection, as bulk operations require; the fake Admin API validates all of these against
// the real schema, so a typo fails the tests.

export const PRODUCTS_BULK_QUERY = `#graphql
{
  products {
    edges {
      node {
        id
        handle
        title
        description
        vendor
        productType
        tags
        status
        updatedAt
        options { name values }
        variants {
          edges {
            node {
              id
              title
              sku
              price
              compareAtPrice
              availableForSale
              inventoryQuantity
              inventoryPolicy
              selectedOptions { name value }
            }
          }
        }
        media {
          edges { node { ... on MediaImage { image { url altText } } } }
        }
        collections { edges { node { handle title } } }
        metafields { edges { node { namespace key type value } } }
      }
    }
  }
}`;

/** Translations of every product in the given locales, one alias per locale. */
export function translationsBulkQuery(locales: string[]): string {
  const fields = locales
    .map((locale) => `${aliasFor(locale)}: translations(locale: ${JSON.stringify(locale)}) { key value }`)
    .join('\n          ');
  return `#graphql
{
  translatableResources(resourceType: PRODUCT) {
    edges {
      node {
        resourceId
          ${fields}
      }
    }
  }
}`;
}

/**
 * The shop's policies translated into the given locales, one alias per locale. A shop has at most
 * eight policy types (ShopPolicyType), so one page holds them all; `outdated` marks a translation
 * whose original changed since it was written.
 */
export function policyTranslationsQuery(locales: string[]): string {
  const fields = locales
    .map((locale) => `${aliasFor(locale)}: translations(locale: ${JSON.stringify(locale)}) { key value outdated }`)
    .join('\n        ');
  return `#graphql
query PolicyTranslations($after: String) {
  translatableResources(first: 10, after: $after, resourceType: SHOP_POLICY) {
    edges {
      node {
        resourceId
        ${fields}
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;
}

/** GraphQL aliases can't contain "-": pt-BR → t_pt_BR. */
export function aliasFor(locale: string): string {
  return 't_' + locale.replace(/[^A-Za-z0-9]/g, '_');
}

// groupObjects: each product's variants, media, collections and metafields follow it directly, so
// the file can be applied one product at a time with flat memory. Shopify notes grouping makes the
// operation slower; ungrouped output would need the whole file joined in memory or on disk.
export const RUN_BULK_QUERY = `#graphql
mutation RunBulkQuery($query: String!) {
  bulkOperationRunQuery(query: $query, groupObjects: true) {
    bulkOperation { id status }
    userErrors { field message }
  }
}`;

export const BULK_OPERATION_STATUS = `#graphql
query BulkOperationStatus($id: ID!) {
  bulkOperation(id: $id) {
    id
    status
    errorCode
    objectCount
    url
    partialDataUrl
  }
}`;

export const SHOP_INFO = `#graphql
query ShopInfo {
  shop {
    name
    currencyCode
    myshopifyDomain
    primaryDomain { host }
    shopPolicies { id type title body url }
  }
  shopLocales(published: true) { locale primary }
}`;
