// npm run demo [-- --store DIR] [--port N] [--build]: see app/demo/server.ts.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startDemoServer } from '../app/demo/server';

const { values } = parseArgs({
  options: {
    store: { type: 'string', default: process.env.DEMO_STORE ?? 'demo-store' },
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    build: { type: 'boolean', default: false },
  },
});

const started = Date.now();
const server = await startDemoServer({ storeDir: path.resolve(values.store!), port: Number(values.port), useBuild: values.build });
console.log(`Aisle demo for ${server.shop}`);
console.log(`  storefront  ${server.url}/`);
console.log(`  admin       ${server.url}/app`);
console.log(`  search API  ${server.url}/apps/aisle/search?q=shirt`);
server.synced.then(
  () => console.log(`catalog synced in ${((Date.now() - started) / 1000).toFixed(1)} s`),
  (error) => console.error(String(error)),
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().finally(() => process.exit(0));
  });
}
