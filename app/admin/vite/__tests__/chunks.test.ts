import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminManualChunks, rarePolarisComponents } from '../chunks';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const POLARIS = path.join(ROOT, 'node_modules/@shopify/polaris');
const component = (name: string, file = `${name}.js`) => path.join(POLARIS, 'build/esm/components', name, file);

let dir: string;
const page = (name: string, imports: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `import { ${imports} } from '@shopify/polaris';\n`);
  return file;
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'admin-chunks-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a component one or two pages import is rare, unless a common one renders it', () => {
  const pages = [page('a.tsx', 'Page, Button, IndexTable'), page('b.tsx', 'Page, Button, Tabs'), page('c.tsx', 'Page, Spinner, Tabs'), page('d.tsx', 'Page')];
  const shared = [page('layout.tsx', 'Banner')];
  const { rare, common } = rarePolarisComponents({ pageFiles: pages, sharedFiles: shared, polarisDir: POLARIS });
  expect([...rare].sort()).toEqual(['IndexTable', 'Tabs']);
  // Only one page imports Spinner, but every button can show one.
  for (const c of ['Page', 'Button', 'Banner', 'Spinner']) expect(common).toContain(c);
});

test('vendor, a chunk per rare component, and Rollup for the rest', () => {
  const chunk = adminManualChunks({ rare: new Set(['IndexTable']), common: new Set(['Page', 'Button']) });
  expect(chunk(path.join(ROOT, 'node_modules/react-dom/cjs/react-dom.production.min.js'))).toBe('vendor');
  expect(chunk(component('Page'))).toBe('vendor');
  expect(chunk(path.join(POLARIS, 'build/esm/utilities/css.js'))).toBe('vendor');
  expect(chunk(component('IndexTable', 'components/Row/Row.js'))).toBe('polaris-IndexTable');
  // Rendered only by a rare component: goes wherever its importer goes.
  expect(chunk(component('BulkActions'))).toBeUndefined();
  // The lazily loaded charts stay out of the first download.
  expect(chunk(path.join(ROOT, 'node_modules/@shopify/polaris-viz/build/esm/index.js'))).toBeUndefined();
  expect(chunk(path.join(ROOT, 'app/admin/ui/charts.client.tsx'))).toBeUndefined();
  expect(chunk(path.join(ROOT, 'app/admin/ui/i18n.tsx'))).toBe('vendor');
  expect(chunk(path.join(ROOT, 'app/routes/app.settings.tsx'))).toBeUndefined();
});
