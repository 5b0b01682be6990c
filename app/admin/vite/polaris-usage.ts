// Build-time only (vite.config.ts): which parts of Polaris the admin can render. Read from the
// sources, not the bundle, so the client and server builds (and every rebuild of the same code)
// agree: the names imported from '@shopify/polaris' anywhere in the given files, then every Polaris
// module those exports reach through their imports. That over-counts what tree-shaking keeps,
// which is the safe direction: a class the admin can render is never left out.
import fs from 'node:fs';
import path from 'node:path';

export interface PolarisUsage {
  /** Exported names imported from '@shopify/polaris'; null when some file takes the package whole. */
  names: Set<string> | null;
  /** Every `Polaris-…` class name written in a reached module (the components' class maps). */
  classes: Set<string>;
}

const POLARIS = '@shopify/polaris';
const SOURCE_EXT = /\.(?:[cm]?[jt]sx?)$/;

/**
 * The names a module imports (or re-exports) from '@shopify/polaris'; 'all' for a namespace,
 * default or dynamic import. Type-only imports render nothing and are left out.
 */
export function polarisImportsIn(code: string): string[] | 'all' {
  // Comments could hold quotes that hide an import from the pattern below, or mention one.
  const source = code.replace(/^\s*\/\*[\s\S]*?\*\//gm, '').replace(/^\s*\/\/.*$/gm, '');
  const names: string[] = [];
  const spec = /(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]@shopify\/polaris['"]/g;
  for (const m of source.matchAll(spec)) {
    if (m[2]) continue;
    const clause = m[3].trim();
    const braces = /\{([^}]*)\}/.exec(clause);
    // `import P, {…}` or `import * as P`: anything in the package may be used.
    if (!braces || clause.replace(braces[0], '').replace(/,/g, '').trim() !== '') return 'all';
    for (const part of braces[1].split(',')) {
      const item = part.trim();
      if (!item || item.startsWith('type ')) continue;
      names.push(item.split(/\s+as\s+/)[0].trim());
    }
  }
  if (/import\(\s*['"]@shopify\/polaris['"]\s*\)/.test(source)) return 'all';
  return names;
}

/** Every source file under `dir`, tests left out (they never reach the browser). */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__tests__' && entry.name !== 'node_modules') out.push(...sourceFiles(full));
    } else if (SOURCE_EXT.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** Exported name → module file, from Polaris' ESM index (`export { A as B } from './x.js'`). */
export function exportMap(esmDir: string): Map<string, string> {
  const map = new Map<string, string>();
  const index = fs.readFileSync(path.join(esmDir, 'index.js'), 'utf8');
  for (const m of index.matchAll(/export\s*\{([^}]*)\}\s*from\s*['"](\.[^'"]+)['"]/g)) {
    for (const part of m[1].split(',')) {
      const [local, exported = local] = part.trim().split(/\s+as\s+/).map((s) => s.trim());
      if (exported) map.set(exported, path.join(esmDir, m[2]));
    }
  }
  return map;
}

/** Relative modules a Polaris module imports, statically or dynamically. */
function relativeImports(file: string, source: string): string[] {
  const found: string[] = [];
  const patterns = [/(?:import|export)\s*(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/g, /import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g];
  for (const re of patterns) for (const m of source.matchAll(re)) found.push(path.resolve(path.dirname(file), m[1]));
  return found;
}

/**
 * Classes and module files reachable from `names` (null: from the whole package) in the Polaris
 * ESM build at `esmDir`.
 */
export function reachablePolaris(esmDir: string, names: Set<string> | null): Omit<PolarisUsage, 'names'> & { files: Set<string> } {
  const exports = exportMap(esmDir);
  const start = names === null ? [path.join(esmDir, 'index.js')] : [...names].map((n) => exports.get(n)).filter((f): f is string => Boolean(f));
  const seen = new Set<string>();
  const classes = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !fs.existsSync(file)) continue;
    seen.add(file);
    const source = fs.readFileSync(file, 'utf8');
    for (const m of source.matchAll(/Polaris-[A-Za-z0-9_-]+/g)) classes.add(m[0]);
    queue.push(...relativeImports(file, source));
  }
  return { classes, files: seen };
}

/**
 * What the files under `sourceDirs` can render of Polaris. `dependencyDirs` are packages that
 * render Polaris components themselves (the Remix AppProvider wraps Polaris' own).
 */
export function polarisUsage(opts: { sourceDirs: string[]; dependencyDirs?: string[]; polarisDir: string }): PolarisUsage {
  let names: Set<string> | null = new Set();
  for (const dir of [...opts.sourceDirs, ...(opts.dependencyDirs ?? [])]) {
    for (const file of sourceFiles(dir)) {
      const source = fs.readFileSync(file, 'utf8');
      if (!source.includes(POLARIS)) continue;
      const found = polarisImportsIn(source);
      if (found === 'all') {
        names = null;
        break;
      }
      for (const n of found) names.add(n);
    }
    if (names === null) break;
  }
  return { names, classes: reachablePolaris(path.join(opts.polarisDir, 'build/esm'), names).classes };
}
