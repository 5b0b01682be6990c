import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { polarisImportsIn, polarisUsage } from '../polaris-usage';
import { polarisCssSubset, selectorCanMatch, subsetPolarisCss } from '../polaris-css';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const POLARIS = path.join(ROOT, 'node_modules/@shopify/polaris');

describe('polarisImportsIn', () => {
  test('named imports, aliases and re-exports count; type-only imports do not', () => {
    const source = [
      "import { Button, Card as Box2, type BadgeProps } from '@shopify/polaris';",
      "import type { PageProps } from '@shopify/polaris';",
      "import {\n  Text,\n  // Polaris' layout primitive\n  BlockStack,\n} from '@shopify/polaris';",
      "export { Banner } from '@shopify/polaris';",
      "import en from '@shopify/polaris/locales/en.json';",
      "import { BarChart } from '@shopify/polaris-viz';",
    ].join('\n');
    expect(polarisImportsIn(source).toString()).toBe(['Button', 'Card', 'Text', 'BlockStack', 'Banner'].toString());
  });

  test('a namespace, default or dynamic import takes the whole package', () => {
    expect(polarisImportsIn("import * as P from '@shopify/polaris';")).toBe('all');
    expect(polarisImportsIn("import P, { Button } from '@shopify/polaris';")).toBe('all');
    expect(polarisImportsIn("const p = await import('@shopify/polaris');")).toBe('all');
  });

  test('a mention in a comment is not an import', () => {
    expect(polarisImportsIn("/**\n * Anything imported from '@shopify/polaris' counts.\n */\nconst x = 1;")).toEqual([]);
  });
});

describe('selectorCanMatch', () => {
  const used = new Set(['Polaris-Button', 'Polaris-Button--variantPrimary']);
  test('every class outside functional pseudo-classes must be in reach', () => {
    expect(selectorCanMatch('.Polaris-Button.Polaris-Button--variantPrimary:hover', used)).toBe(true);
    expect(selectorCanMatch('.Polaris-Button .Polaris-Tabs__Tab', used)).toBe(false);
    expect(selectorCanMatch('html, body', used)).toBe(true);
  });
  test('classes inside :not(), :is() and :has() do not decide', () => {
    expect(selectorCanMatch('.Polaris-Button:not(.Polaris-Button--removeUnderline)', used)).toBe(true);
    expect(selectorCanMatch('.Polaris-Button:is(.Polaris-Tabs, .Polaris-Button--variantPrimary)', used)).toBe(true);
    expect(selectorCanMatch('.Polaris-Tabs:has(.Polaris-Button)', used)).toBe(false);
  });
});

describe('subsetPolarisCss', () => {
  test('keeps tokens, keyframes and rules in reach; drops the rest and empty at-rules', () => {
    const css = [
      ':root{--p-space-100:0.25rem}',
      '@keyframes p-spin{to{transform:rotate(1turn)}}',
      '.Polaris-Button,.Polaris-Tabs{color:red}',
      '.Polaris-Tabs__Tab{color:blue}',
      '@media (min-width:48em){.Polaris-Tabs__Tab{display:none}}',
      '@media (min-width:48em){.Polaris-Button{display:block}.Polaris-Tabs{display:flex}}',
    ].join('\n');
    const { css: out, dropped } = subsetPolarisCss(css, new Set(['Polaris-Button']));
    expect(out).toContain('--p-space-100');
    expect(out).toContain('@keyframes p-spin');
    expect(out).toContain('.Polaris-Button{color:red}');
    expect(out).toContain('.Polaris-Button{display:block}');
    expect(out).not.toContain('Polaris-Tabs');
    expect((out.match(/@media/g) ?? []).length).toBe(1);
    expect([...dropped].sort()).toEqual(['Polaris-Tabs', 'Polaris-Tabs__Tab']);
  });
});

describe('polarisUsage on real Polaris', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'polaris-usage-'));
    fs.writeFileSync(path.join(dir, 'page.tsx'), "import { Page, Button } from '@shopify/polaris';\nexport default () => null;\n");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('follows a component to the classes of everything it renders', () => {
    const usage = polarisUsage({ sourceDirs: [dir], polarisDir: POLARIS });
    expect([...(usage.names ?? [])].sort()).toEqual(['Button', 'Page']);
    // Page's header renders an action menu in a popover: their classes come along.
    for (const c of ['Polaris-Page', 'Polaris-Button', 'Polaris-ActionMenu', 'Polaris-Popover']) expect(usage.classes).toContain(c);
    expect(usage.classes).not.toContain('Polaris-IndexTable');
  });

  test('the subset of the real stylesheet keeps those components and drops the unused ones', () => {
    const usage = polarisUsage({ sourceDirs: [dir], polarisDir: POLARIS });
    const full = fs.readFileSync(path.join(POLARIS, 'build/esm/styles.css'), 'utf8');
    const { css } = subsetPolarisCss(full, usage.classes);
    expect(css).toContain('.Polaris-Page{');
    expect(css).toMatch(/\.Polaris-Button--variantPrimary/);
    expect(css).not.toContain('.Polaris-IndexTable');
    expect(css).toContain('--p-color-bg-surface:');
    expect(css.length).toBeLessThan(full.length / 2);
  });
});

describe('polarisCssSubset plugin', () => {
  type Hooks = { transform: (code: string, id: string) => { code: string } | null; generateBundle: (this: { error: (m: string) => never }, o: unknown, b: Record<string, unknown>) => void };
  const plugin = () => polarisCssSubset({ root: ROOT, sourceDirs: ['app'], dependencies: ['@shopify/shopify-app-remix'] }) as unknown as Hooks;
  const sheet = path.join(POLARIS, 'build/esm/styles.css');

  test('transforms the stylesheet only, not its ?url import', () => {
    const p = plugin();
    expect(p.transform('export default "/x.css"', `${sheet}?url`)).toBeNull();
    expect(p.transform('.a{}', path.join(ROOT, 'app/x.css'))).toBeNull();
    const out = p.transform(fs.readFileSync(sheet, 'utf8'), sheet);
    expect(out!.code).toContain('.Polaris-Page{');
    expect(out!.code).not.toContain('.Polaris-VideoThumbnail');
  });

  test('fails the build when a chunk names a class the subset dropped', () => {
    const p = plugin();
    p.transform(fs.readFileSync(sheet, 'utf8'), sheet);
    const error = (message: string): never => {
      throw new Error(message);
    };
    const ok = { 'a.js': { type: 'chunk', fileName: 'a.js', code: 'x="Polaris-Page"' } };
    expect(() => p.generateBundle.call({ error }, {}, ok)).not.toThrow();
    const bad = { 'b.js': { type: 'chunk', fileName: 'b.js', code: 'x="Polaris-VideoThumbnail__Timestamp"' } };
    expect(() => p.generateBundle.call({ error }, {}, bad)).toThrow(/b\.js uses Polaris-VideoThumbnail__Timestamp/);
  });
});
