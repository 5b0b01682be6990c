// `npm run demo`: the whole product on one laptop, with no Shopify account and no network. One
// Express server plays every part Shopify would: the storefront (with the theme extension's real
// blocks), the app proxy (signing and forwarding /apps/aisle/* to /proxy/*), the admin around the
// embedded app (session tokens, an App Bridge stand-in) and the Admin API (a fake that validates
// every query against the real schema). The Remix app itself runs unchanged behind it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Request as ExpressRequest } from 'express';
import { migrate } from '~/db/migrate.server';
import { dbConfigFrom } from '~/db/config';
import { createFakeAdminApi } from './admin-api';
import { loadStore } from './store';
import { installFetchRoutes } from './shopify-fetch';
import { proxiedPath } from './app-proxy';
import { mintSessionToken } from './session-token';
import { adminAuthStandIn } from './admin/auth-stand-in';
import { createStorefront } from './storefront/render';
import { createDemoCart } from './storefront/cart';
import { seedDemoShop } from './seed';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface DemoServerOptions {
  storeDir: string;
  port: number;
  /** Serve the production build (build/) instead of Vite's dev middleware. */
  useBuild?: boolean;
  /** Keep the database between runs (default: a fresh one each start). */
  databaseUrl?: string;
  log?: (line: string) => void;
}

export interface DemoServer {
  url: string;
  shop: string;
  apiSecret: string;
  close(): Promise<void>;
  /** Resolves when the initial catalog sync has finished. */
  synced: Promise<void>;
}

export const DEMO_API_KEY = 'aisle-demo-api-key';
export const DEMO_API_SECRET = 'aisle-demo-api-secret';

async function toFetchRequest(req: ExpressRequest, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  return new Request(origin + req.originalUrl, { method: req.method, headers, body: ['GET', 'HEAD'].includes(req.method) ? undefined : Buffer.concat(chunks) });
}

async function sendFetchResponse(res: express.Response, response: Response): Promise<void> {
  res.status(response.status);
  response.headers.forEach((value, key) => res.setHeader(key, value));
  if (!response.body) return void res.end();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
  res.end();
}

export async function startDemoServer(opts: DemoServerOptions): Promise<DemoServer> {
  if (process.env.NODE_ENV === 'production') throw new Error('Demo mode refuses to run with NODE_ENV=production.');
  const log = opts.log ?? ((line: string) => console.log(line));
  const origin = `http://localhost:${opts.port}`;

  // The app reads its configuration from the environment, as in production.
  process.env.SHOPIFY_API_KEY ||= DEMO_API_KEY;
  process.env.SHOPIFY_API_SECRET ||= DEMO_API_SECRET;
  process.env.SHOPIFY_APP_URL = origin;
  // The admin loads this stand-in instead of App Bridge from Shopify's CDN (see routes/app.tsx).
  process.env.AISLE_APP_BRIDGE_URL = '/demo/app-bridge-stand-in.js';
  // A fresh database per run unless one is given; removed again when the server closes.
  const dbFile = path.join(os.tmpdir(), `aisle-demo-${opts.port}-${process.pid}.sqlite`);
  const ownsDb = !(opts.databaseUrl ?? process.env.DATABASE_URL);
  process.env.DATABASE_URL = opts.databaseUrl ?? process.env.DATABASE_URL ?? `file:${dbFile}`;
  const secret = process.env.SHOPIFY_API_SECRET;
  const apiKey = process.env.SHOPIFY_API_KEY;

  const store = await loadStore(opts.storeDir);
  const shop = store.shop.myshopifyDomain;
  for (const e of store.productErrors) log(`store: ${e.file} row ${e.row}: ${e.message}`);
  await migrate(dbConfigFrom());

  // Before anything imports the Shopify libraries: their fetch goes to the fake Admin API.
  const fake = createFakeAdminApi({ store, baseUrl: `${origin}/demo/shopify` });
  installFetchRoutes([
    { matches: (u) => u.hostname === shop && u.pathname.startsWith('/admin/'), handle: (r) => fake.handle(r) },
    { matches: (u) => u.origin === origin && u.pathname.startsWith('/demo/shopify/'), handle: (r) => fake.handle(r) },
  ]);

  const { db } = await import('~/db.server');
  await seedDemoShop(db, store);

  const app = express();
  app.disable('x-powered-by');
  const storefront = createStorefront({ store, extensionsDir: path.join(ROOT, 'extensions'), apiKey });
  const cart = createDemoCart(store);
  const standIn = { shop, apiKey, secret };

  app.get('/demo/app-bridge-stand-in.js', (_req, res) => res.type('js').sendFile(path.join(ROOT, 'app/demo/admin/app-bridge-stand-in.js')));
  app.get('/demo/id-token', (_req, res) => res.type('text').send(mintSessionToken({ shop, apiKey, secret })));
  app.get('/demo/login', (req, res) => {
    const id = String(req.query.customer ?? '');
    const known = store.customers.some((c) => String(c.id) === id);
    res.setHeader('Set-Cookie', `demo_customer=${known ? id : ''}; Path=/; SameSite=Lax${known ? '' : '; Max-Age=0'}`);
    res.redirect(303, req.get('referer') ?? '/');
  });
  app.use('/demo/shopify', async (req, res) => sendFetchResponse(res, await fake.handle(await toFetchRequest(req, origin))));
  app.use('/extensions/:extension/assets', (req, res, next) => {
    const dir = path.join(ROOT, 'extensions', path.basename(req.params.extension), 'assets');
    express.static(dir, { maxAge: '1h' })(req, res, next);
  });
  app.use(cart.router);

  const customerOf = (req: ExpressRequest) => {
    const id = /(?:^|;\s*)demo_customer=(\d+)/.exec(req.headers.cookie ?? '')?.[1];
    return store.customers.find((c) => String(c.id) === id) ?? null;
  };
  const pageRequest = (req: ExpressRequest) => {
    const asked = String(req.query.locale ?? '');
    return {
      locale: store.shop.shopLocales.includes(asked) ? asked : store.shop.primaryLocale,
      customer: customerOf(req),
      withApp: req.query.aisle !== 'off',
      cartCount: cart.itemCount(req),
    };
  };
  app.get('/', async (req, res, next) => {
    if (req.query.shop || req.query.embedded) return next(); // Shopify-style app entry → Remix
    res.type('html').send(await storefront.home(pageRequest(req)));
  });
  app.get('/products/:handle', async (req, res) => {
    const html = await storefront.product(req.params.handle, pageRequest(req));
    if (!html) return res.status(404).type('html').send('<!doctype html><title>Not found</title><h1>Product not found</h1><a href="/">Home</a>');
    res.type('html').send(html);
  });

  // Shopify's app proxy: sign and forward to the app's /proxy routes.
  // (Not mounted with app.use('/apps/aisle'): Express would restore the prefix after next().)
  app.use((req, _res, next) => {
    if (req.path === '/apps/aisle' || req.path.startsWith('/apps/aisle/')) {
      const customer = customerOf(req);
      // Remix's Express adapter builds the Request from originalUrl.
      req.url = req.originalUrl = proxiedPath(req.originalUrl, { shop, customerId: customer ? String(customer.id) : null }, secret);
    }
    next();
  });

  app.use(adminAuthStandIn(standIn));

  const { createRequestHandler } = await import('@remix-run/express');
  let close: () => Promise<void>;
  if (opts.useBuild) {
    const buildPath = path.join(ROOT, 'build/server/index.js');
    if (!fs.existsSync(buildPath)) throw new Error('No production build: run `npm run build` first.');
    app.use('/assets', express.static(path.join(ROOT, 'build/client/assets'), { immutable: true, maxAge: '1y' }));
    app.use(express.static(path.join(ROOT, 'build/client'), { maxAge: '1h' }));
    const build = await import(buildPath);
    app.all('*', createRequestHandler({ build }));
    close = async () => {};
  } else {
    const vite = await import('vite').then((v) =>
      v.createServer({ root: ROOT, server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'warn' }),
    );
    app.use(vite.middlewares);
    const build = () => vite.ssrLoadModule('virtual:remix/server-build') as never;
    app.all('*', createRequestHandler({ build }));
    // Load the server build now: it starts the job worker that runs the initial sync.
    await build();
    close = () => vite.close();
  }

  const { jobsIdle, kickJobs } = await import('~/jobs.server');
  kickJobs();
  const synced = (async () => {
    for (;;) {
      await jobsIdle();
      const job = await db.syncJob.findFirst({ where: { shop }, orderBy: { startedAt: 'desc' } });
      if (job?.status === 'completed') {
        // Reviews are matched to products, so they come in once the catalog is there.
        const { queueDemoReviews } = await import('~/reviews/demo');
        const { kickReviewImports } = await import('~/reviews/jobs.server');
        if (await queueDemoReviews(db, shop, opts.storeDir)) kickReviewImports();
        return;
      }
      if (job?.status === 'failed') throw new Error(`initial sync failed: ${job.error}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();

  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(opts.port, () => resolve(s));
  });
  return {
    url: origin,
    shop,
    apiSecret: secret,
    synced,
    async close() {
      await new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections?.();
      await close();
      await fake.close();
      await db.$disconnect();
      if (ownsDb) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });
    },
  };
}
