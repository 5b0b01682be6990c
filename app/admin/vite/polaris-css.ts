// Build-time only (vite.config.ts). Polaris ships one stylesheet for all of its components
// (444 kB, 52 kB gzipped) and it blocks the admin's first paint: on a slow phone connection it was
// the largest single download before anything showed. The admin renders a fraction of those
// components, so the build keeps the rules that can match something the admin renders: every
// rule without a Polaris class (tokens, themes, resets, keyframes) and every selector whose
// Polaris classes are all in the admin's reach (see polaris-usage.ts).
import fs from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';
import type { Plugin } from 'vite';
import { polarisUsage, type PolarisUsage } from './polaris-usage';

const CLASS = /\.(Polaris-[A-Za-z0-9_-]+)/g;
// A class inside :not(), :is(), :where() or :has() does not have to be on the element for the
// selector to match, so only the classes outside them decide.
const FUNCTIONAL_PSEUDO = /:(?:not|is|where|has|matches|-webkit-any|-moz-any)\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)/g;

export function selectorCanMatch(selector: string, classes: ReadonlySet<string>): boolean {
  for (const m of selector.replace(FUNCTIONAL_PSEUDO, '').matchAll(CLASS)) if (!classes.has(m[1])) return false;
  return true;
}

/** The stylesheet without the selectors that can never match, and the classes that went with them. */
export function subsetPolarisCss(css: string, classes: ReadonlySet<string>): { css: string; dropped: Set<string> } {
  const root = postcss.parse(css);
  const dropped = new Set<string>();
  for (const m of css.matchAll(CLASS)) if (!classes.has(m[1])) dropped.add(m[1]);
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((s) => selectorCanMatch(s, classes));
    if (kept.length === 0) rule.remove();
    else if (kept.length !== rule.selectors.length) rule.selectors = kept;
  });
  // @media and @supports blocks whose every rule went.
  let emptied = true;
  while (emptied) {
    emptied = false;
    root.walkAtRules((at) => {
      if (at.nodes && at.nodes.length === 0) {
        at.remove();
        emptied = true;
      }
    });
  }
  return { css: root.toString(), dropped };
}

const STYLESHEET = /\/@shopify\/polaris\/build\/esm\/styles\.css$/;

/**
 * Vite plugin (build only): Polaris' stylesheet, imported as a side effect by the admin layout,
 * reduced to what the admin can render. Both builds read the same sources, so the client's file
 * name (a hash of the content) changes whenever the admin starts using another component. As a
 * guard, a client chunk that names a class the subset dropped fails the build: that would mean a
 * Polaris import the source scan cannot see (a new dependency rendering Polaris, say).
 */
export function polarisCssSubset(opts: { root: string; sourceDirs: string[]; dependencies?: string[] }): Plugin {
  // Looked up on disk: some packages (the Remix AppProvider's) export no package.json to resolve.
  const packageDir = (name: string): string => {
    for (let dir = opts.root; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'node_modules', name);
      if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
      if (dir === path.dirname(dir)) throw new Error(`polaris-css-subset: ${name} is not installed`);
    }
  };
  let usage: PolarisUsage | null = null;
  let dropped = new Set<string>();
  return {
    name: 'aisle:polaris-css-subset',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      // `?url` and other queried imports (the login page's link) are JavaScript, not the sheet.
      if (!STYLESHEET.test(id)) return null;
      usage ??= polarisUsage({
        sourceDirs: opts.sourceDirs.map((d) => path.resolve(opts.root, d)),
        dependencyDirs: (opts.dependencies ?? []).map(packageDir),
        polarisDir: packageDir('@shopify/polaris'),
      });
      const subset = subsetPolarisCss(code, usage.classes);
      dropped = subset.dropped;
      return { code: subset.css, map: null };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const m of chunk.code.matchAll(/Polaris-[A-Za-z0-9_-]+/g)) {
          if (dropped.has(m[0])) this.error(`${chunk.fileName} uses ${m[0]}, which the Polaris stylesheet subset dropped: is Polaris imported somewhere the scan in app/admin/vite/polaris-usage.ts does not read?`);
        }
      }
    },
  };
}
