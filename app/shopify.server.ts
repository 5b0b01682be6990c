// The Shopify app: OAuth/token exchange, session storage, and the authenticate.* helpers that every
// route uses. Configured from the environment (see README "Configuration").
import '@shopify/shopify-app-remix/adapters/node';
import { AppDistribution, LogSeverity, shopifyApp } from '@shopify/shopify-app-remix/server';
import { PrismaSessionStorage } from '@shopify/shopify-app-session-storage-prisma';
import { db } from './db.server';
import { API_VERSION } from './shopify/api-version';
import { readAppEnv } from './shopify/config.server';
import { onShopInstalled } from './shopify/install.server';

const env = readAppEnv();

const shopify = shopifyApp({
  apiKey: env.SHOPIFY_API_KEY,
  apiSecretKey: env.SHOPIFY_API_SECRET,
  apiVersion: API_VERSION,
  scopes: env.SCOPES.split(','),
  appUrl: env.SHOPIFY_APP_URL,
  authPathPrefix: '/auth',
  sessionStorage: new PrismaSessionStorage(db, { connectionRetries: 3, connectionRetryIntervalMs: 1000 }),
  distribution: AppDistribution.AppStore,
  future: { unstable_newEmbeddedAuthStrategy: true, expiringOfflineAccessTokens: true },
  hooks: {
    // Runs after install and after each token exchange that creates a session: idempotent.
    afterAuth: async ({ session, admin }) => {
      await onShopInstalled(db, session.shop, admin.graphql);
    },
  },
  logger: { level: process.env.SHOPIFY_LOG_DEBUG ? LogSeverity.Debug : LogSeverity.Warning },
  ...(env.SHOP_CUSTOM_DOMAIN ? { customShopDomains: [env.SHOP_CUSTOM_DOMAIN] } : {}),
});

export default shopify;
export const apiVersion = API_VERSION;
export const addDocumentResponseHeaders = shopify.addDocumentResponseHeaders;
export const authenticate = shopify.authenticate;
export const unauthenticated = shopify.unauthenticated;
export const login = shopify.login;
export const registerWebhooks = shopify.registerWebhooks;
export const sessionStorage = shopify.sessionStorage;
