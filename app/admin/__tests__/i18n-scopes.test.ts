import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import en from '~/locales/admin/en.json' with { type: 'json' };
import { namespacesFor, pickNamespaces, SHARED_NAMESPACES } from '../i18n-scopes';

const APP = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const KNOWN = [...new Set(Object.keys(en).map((k) => k.split('.')[0]))];

/** Namespaces a module's code names in string literals ('settings.title', `alert.${id}`). */
function namespacesIn(file: string): Set<string> {
  const code = fs
    .readFileSync(file, 'utf8')
    .replace(/^\s*\/\*[\s\S]*?\*\//gm, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const found = new Set<string>();
  for (const ns of KNOWN) if (new RegExp(`['"\`]${ns}\\.[A-Za-z$]`).test(code)) found.add(ns);
  return found;
}

/** The route file and the admin modules it imports (their keys end up on the page too). */
function pageModules(route: string): string[] {
  const file = path.join(APP, 'routes', route);
  const code = fs.readFileSync(file, 'utf8');
  const imported = [...code.matchAll(/from '~\/(admin\/[^']+)'/g)].map((m) => m[1]);
  const resolve = (spec: string) => ['.ts', '.tsx'].map((ext) => path.join(APP, spec + ext)).find((f) => fs.existsSync(f));
  return [file, ...imported.map(resolve).filter((f): f is string => Boolean(f))];
}

const PAGES: Record<string, string> = {
  'app._index.tsx': '/app',
  'app.settings.tsx': '/app/settings',
  'app.studio.tsx': '/app/studio',
  'app.conversations._index.tsx': '/app/conversations',
  'app.conversations.$id.tsx': '/app/conversations/abc123',
  'app.handoffs.tsx': '/app/handoffs',
  'app.analytics.tsx': '/app/analytics',
  'app.safety.tsx': '/app/safety',
  'app.reviews.tsx': '/app/reviews',
};

test('every admin page is listed', () => {
  const pages = fs.readdirSync(path.join(APP, 'routes')).filter((f) => /^app\..+\.tsx$/.test(f) && /export default/.test(fs.readFileSync(path.join(APP, 'routes', f), 'utf8')));
  expect(pages.sort()).toEqual(Object.keys(PAGES).sort());
});

test.each(Object.entries(PAGES))('%s gets every namespace it names in its document', (route, pathname) => {
  const scoped = new Set(namespacesFor(pathname));
  // A server module shared by pages may return a key that only one of them shows (an action's
  // error): enough that some page importing it carries the namespace.
  const scopedByImporters = (file: string) =>
    new Set(Object.entries(PAGES).flatMap(([r, p]) => (pageModules(r).includes(file) ? namespacesFor(p) : [])));
  const missing = pageModules(route).flatMap((f) => {
    const allowed = f.endsWith('.server.ts') ? scopedByImporters(f) : scoped;
    return [...namespacesIn(f)].filter((ns) => !allowed.has(ns)).map((ns) => `${ns} (${path.relative(APP, f)})`);
  });
  expect(missing).toEqual([]);
});

test('the layout and the shared components stay within the shared namespaces', () => {
  const shared = ['routes/app.tsx', 'admin/ui/error-boundary.tsx', 'admin/ui/empty.tsx', 'admin/ui/skeleton.tsx'];
  for (const f of shared) expect([...namespacesIn(path.join(APP, f))].filter((ns) => !(SHARED_NAMESPACES as readonly string[]).includes(ns))).toEqual([]);
});

test('a document carries its page and the shared strings, not the other pages', () => {
  const settings = pickNamespaces(en, namespacesFor('/app/settings'));
  expect(settings['settings.title']).toBe(en['settings.title' as keyof typeof en]);
  expect(settings['nav.home']).toBeDefined();
  expect(Object.keys(settings).some((k) => k.startsWith('studio.') || k.startsWith('reviews.'))).toBe(false);
  expect(JSON.stringify(settings).length).toBeLessThan(JSON.stringify(en).length / 2);
  // An unknown page still gets what its error page needs.
  expect(Object.keys(pickNamespaces(en, namespacesFor('/app/nope'))).every((k) => /^(nav|common|error|errors)\./.test(k))).toBe(true);
});
