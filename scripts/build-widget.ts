// `npm run build:widget`: compiles the storefront scripts and styles in widget/ into the theme app
// extension's assets/ (Shopify serves them from its CDN). The output is deterministic, so a test
// can rebuild in memory and fail when the committed assets are stale.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ASSETS_DIR = path.join(ROOT, 'extensions/aisle-theme/assets');

/** Source → asset file. The loader and the compare block's script are the ones pages load up front. */
export const WIDGET_ENTRIES = [
  { source: 'widget/loader/index.ts', asset: 'aisle-loader.js' },
  { source: 'widget/loader/launcher.css', asset: 'aisle-launcher.css' },
  { source: 'widget/chat/index.ts', asset: 'aisle-chat.js' },
  { source: 'widget/chat/chat.css', asset: 'aisle-chat.css' },
  { source: 'widget/compare/index.ts', asset: 'aisle-compare.js' },
  { source: 'widget/compare/ui.ts', asset: 'aisle-compare-ui.js' },
  { source: 'widget/compare/compare.css', asset: 'aisle-compare.css' },
] as const;

const BANNER = '/* Aisle storefront widget. Generated from widget/ by scripts/build-widget.ts: do not edit. */';

/** Builds every asset in memory: asset file name → contents. */
export async function buildWidget(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of WIDGET_ENTRIES) {
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: [entry.source],
      bundle: true,
      minify: true,
      write: false,
      format: entry.asset.endsWith('.js') ? 'iife' : undefined,
      // Browsers Shopify's themes support (Dawn: the last two versions of the majors, Safari 14+).
      target: ['chrome90', 'firefox90', 'safari14', 'edge90'],
      legalComments: 'none',
      charset: 'utf8',
      banner: { js: BANNER, css: BANNER },
      logLevel: 'silent',
    });
    out.set(entry.asset, result.outputFiles[0].text);
  }
  return out;
}

export const gzipSize = (text: string): number => zlib.gzipSync(Buffer.from(text), { level: 9 }).length;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const assets = await buildWidget();
  fs.mkdirSync(ASSETS_DIR, { recursive: true });
  for (const [file, text] of assets) {
    fs.writeFileSync(path.join(ASSETS_DIR, file), text);
    console.log(`${file.padEnd(22)} ${String(Buffer.byteLength(text)).padStart(6)} B  ${String(gzipSize(text)).padStart(6)} B gzip`);
  }
}
