// Build-time only (vite.config.ts): how the admin's browser bundle is cut. Left to Rollup, a page
// needed twenty small chunks. Lighthouse's slow-4G simulation gives every request in flight an
// equal share of the bandwidth, including those still waiting out their round trip, so the
// framework chunk (React, Remix) crawled behind them and set the page's LCP. One vendor chunk holds
// the framework and the Polaris components most pages render; a component that only one or two
// pages import gets a chunk of its own, loaded with those pages.
import fs from 'node:fs';
import path from 'node:path';
import { exportMap, polarisImportsIn, reachablePolaris } from './polaris-usage';

/** Charts (Polaris Viz and what it alone uses) load lazily on the analytics page: not in vendor. */
const LAZY = /\/node_modules\/(@shopify\/polaris-viz(-core)?|d3-[^/]+|internmap|@react-spring\/[^/]+|@juggle\/resize-observer|use-debounce|fast-deep-equal)\//;
const COMPONENT = /\/node_modules\/@shopify\/polaris\/build\/esm\/components\/([^/]+)\//;
/** The admin's own modules every page loads (its i18n, error page, empty state), not the lazy charts. */
const SHARED_APP = /\/app\/admin\/(ui\/(?![^/]*\.client\.)[^/]+|constants\.ts|i18n\.ts)$/;

/**
 * Polaris component folders imported by at most `maxPages` of `pageFiles` and rendered by no other
 * component; anything `sharedFiles` import (the layout's and every page's components) counts as
 * used everywhere.
 */
export function rarePolarisComponents(opts: { pageFiles: string[]; sharedFiles: string[]; polarisDir: string; maxPages?: number }): { rare: Set<string>; common: Set<string> } {
  const esmDir = path.join(opts.polarisDir, 'build/esm');
  const folderOf = new Map<string, string>();
  for (const [name, file] of exportMap(esmDir)) {
    const folder = /\/components\/([^/]+)\//.exec(file)?.[1];
    if (folder) folderOf.set(name, folder);
  }
  const pages = new Map<string, number>();
  const count = (file: string, weight: number) => {
    const names = polarisImportsIn(fs.readFileSync(file, 'utf8'));
    if (names === 'all') return;
    for (const folder of new Set(names.map((n) => folderOf.get(n)).filter((f): f is string => Boolean(f)))) pages.set(folder, (pages.get(folder) ?? 0) + weight);
  };
  for (const f of opts.pageFiles) count(f, 1);
  for (const f of opts.sharedFiles) count(f, Infinity);
  const rare = new Set([...pages].filter(([, n]) => n <= (opts.maxPages ?? 2)).map(([folder]) => folder));
  // What the common components render stays with them (a button shows a spinner).
  const commonNames = new Set([...folderOf].filter(([, folder]) => pages.has(folder) && !rare.has(folder)).map(([name]) => name));
  const common = new Set<string>();
  for (const file of reachablePolaris(esmDir, commonNames).files) {
    const folder = /\/components\/([^/]+)\//.exec(file)?.[1];
    if (folder) common.add(folder);
  }
  for (const folder of common) rare.delete(folder);
  return { rare, common };
}

/**
 * Rollup's `manualChunks` for the client build. Components that only rare ones render (an index
 * table's bulk actions) are left to Rollup, which puts them with what imports them.
 */
export function adminManualChunks(polaris: { rare: ReadonlySet<string>; common: ReadonlySet<string> }): (id: string) => string | undefined {
  return (id) => {
    if (SHARED_APP.test(id)) return 'vendor';
    if (!id.includes('/node_modules/') || LAZY.test(id)) return undefined;
    const folder = COMPONENT.exec(id)?.[1];
    if (!folder || polaris.common.has(folder)) return 'vendor';
    return polaris.rare.has(folder) ? `polaris-${folder}` : undefined;
  };
}
