import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { vitePlugin as remix } from '@remix-run/dev';
import { defineConfig, type UserConfigFnObject } from 'vite';
import tsconfigPaths from 'vite-tsconfig-paths';
import { adminManualChunks, rarePolarisComponents } from './app/admin/vite/chunks';
import { polarisCssSubset } from './app/admin/vite/polaris-css';
import { sourceFiles } from './app/admin/vite/polaris-usage';

// The Shopify CLI sets HOST; Remix/Vite wants SHOPIFY_APP_URL for HMR behind the tunnel.
if (process.env.HOST && (!process.env.SHOPIFY_APP_URL || process.env.SHOPIFY_APP_URL === process.env.HOST)) {
  process.env.SHOPIFY_APP_URL = process.env.HOST;
  delete process.env.HOST;
}

const root = fileURLToPath(new URL('.', import.meta.url));
// The admin's pages and the components they all share, for cutting the bundle (app/admin/vite/chunks.ts).
const adminPages = {
  pageFiles: fs.readdirSync(path.join(root, 'app/routes')).filter((f) => /^app\..+\.tsx$/.test(f)).map((f) => path.join(root, 'app/routes', f)),
  sharedFiles: [path.join(root, 'app/routes/app.tsx'), ...sourceFiles(path.join(root, 'app/admin/ui'))],
  polarisDir: path.join(root, 'node_modules/@shopify/polaris'),
};

const host = new URL(process.env.SHOPIFY_APP_URL || 'http://localhost').hostname;
const hmrConfig =
  host === 'localhost'
    ? { protocol: 'ws', host: 'localhost', port: 64999, clientPort: 64999 }
    : { protocol: 'wss', host, port: parseInt(process.env.FRONTEND_PORT!) || 8002, clientPort: 443 };

export default defineConfig(({ isSsrBuild }) => ({
  server: {
    allowedHosts: [host],
    cors: { preflightContinue: true },
    port: Number(process.env.PORT || 3000),
    hmr: hmrConfig,
    fs: { allow: ['app', 'node_modules'] },
  },
  plugins: [
    remix({
      ignoredRouteFiles: ['**/.*', '**/__tests__/**'],
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_lazyRouteDiscovery: true,
        v3_singleFetch: false,
        v3_routeConfig: false,
      },
    }),
    tsconfigPaths(),
    // The admin's Polaris stylesheet blocks its first paint: ship only what the admin can render.
    polarisCssSubset({ root, sourceDirs: ['app'], dependencies: ['@shopify/shopify-app-remix'] }),
  ],
  build: {
    assetsInlineLimit: 0,
    // The server bundle is not downloaded: Rollup's own cut is fine there.
    rollupOptions: isSsrBuild ? {} : { output: { manualChunks: adminManualChunks(rarePolarisComponents(adminPages)) } },
  },
  // Pre-bundle the admin's client dependencies at start-up: discovered on a first page load they
  // would make Vite re-optimise and reload the page, which is slow on a fresh clone.
  optimizeDeps: {
    include: ['@shopify/app-bridge-react', '@shopify/polaris', '@shopify/polaris-viz', '@shopify/shopify-app-remix/react', 'diff', 'zod', 'react', 'react-dom', 'react-dom/client', '@remix-run/react'],
  },
})) satisfies UserConfigFnObject;
