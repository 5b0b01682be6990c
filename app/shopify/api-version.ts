import { ApiVersion } from '@shopify/shopify-app-remix/server';

// The Admin API version Aisle is written and tested against (the fake validates against this
// version's schema in vendor/shopify-admin-schema). Bump both together.
export const API_VERSION = ApiVersion.October26;
