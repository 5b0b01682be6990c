// Wires the turn pipeline to this process's services: the database, the catalog search cache,
// the Admin API (the shop's offline session), the tools and the engines.
import { db } from '~/db.server';
import { catalogSearch } from '~/services.server';
import { createTools } from './tools';
import { createLocalEngine } from './local';
import { engineSelector } from './engine-select.server';
import { limitConfigFromEnv } from './limits.server';
import type { TurnDeps } from './turn';

let deps: TurnDeps | undefined;

async function adminGraphql(shop: string) {
  const { unauthenticated } = await import('~/shopify.server');
  const { admin } = await unauthenticated.admin(shop);
  return admin.graphql;
}

export function turnDeps(): TurnDeps {
  deps ??= {
    db,
    search: catalogSearch,
    adminGraphql,
    limits: limitConfigFromEnv(),
    secret: process.env.SHOPIFY_API_SECRET ?? '',
    tools: (shop) => createTools(shop.settings),
    engineFor: engineSelector({ db, local: createLocalEngine(), env: process.env }),
  };
  return deps;
}
