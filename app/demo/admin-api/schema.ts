// Shopify's real Admin GraphQL schema (introspection JSON shipped in vendor/), built once per process:
// parsing the 2026-10 file takes about half a second, and every fake instance shares the result.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { buildClientSchema, type GraphQLSchema, type IntrospectionQuery } from 'graphql';

/** The only Admin API version whose schema the fake knows; every version segment in a URL maps to it. */
export const SCHEMA_VERSION = '2026-10';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SCHEMA_FILE = path.join(ROOT, 'vendor', 'shopify-admin-schema', `admin_${SCHEMA_VERSION}.json.gz`);

let cached: GraphQLSchema | undefined;

export function adminSchema(): GraphQLSchema {
  if (!cached) {
    const json = JSON.parse(zlib.gunzipSync(fs.readFileSync(SCHEMA_FILE)).toString('utf8')) as {
      data: IntrospectionQuery;
    };
    cached = buildClientSchema(json.data, { assumeValid: true });
  }
  return cached;
}
