// Validates a theme app extension block's {% schema %} the way Shopify would on deploy, which
// theme check doesn't fully do for app blocks: strict JSON (no trailing commas), known block
// attributes and targets, each setting against Shopify's own setting JSON schema (shipped in
// @shopify/theme-check-docs-updater), unique ids, defaults that fit, "t:" keys that exist in
// every schema locale, and the assets it names.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { z } from 'zod';

const require = createRequire(import.meta.url);
const settingSchema = JSON.parse(fs.readFileSync(require.resolve('@shopify/theme-check-docs-updater/data/setting.json'), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
const validateSetting = ajv.compile(settingSchema);

export const SETTING_TYPES: string[] = settingSchema.properties.type.enum;

const TEMPLATES = [
  '*',
  '404',
  'article',
  'blog',
  'cart',
  'collection',
  'customers/account',
  'customers/activate_account',
  'customers/addresses',
  'customers/login',
  'customers/order',
  'customers/register',
  'customers/reset_password',
  'gift_card',
  'index',
  'list-collections',
  'metaobject',
  'page',
  'password',
  'product',
  'search',
];

const placement = z
  .object({ templates: z.array(z.enum(TEMPLATES as [string, ...string[]])).optional(), groups: z.array(z.string()).optional() })
  .strict();

const blockSchema = z
  .object({
    name: z.string().min(1),
    target: z.enum(['section', 'head', 'body', 'compliance_head']),
    javascript: z
      .string()
      .regex(/^[\w.-]+\.js$/)
      .optional(),
    stylesheet: z
      .string()
      .regex(/^[\w.-]+\.css$/)
      .optional(),
    settings: z.array(z.record(z.unknown())).default([]),
    enabled_on: placement.optional(),
    disabled_on: placement.optional(),
    available_if: z.string().optional(),
    class: z.string().optional(),
    tag: z.string().optional(),
  })
  .strict()
  .refine((s) => !(s.enabled_on && s.disabled_on), 'use enabled_on or disabled_on, not both');

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
}

/** Every "t:" reference in a schema (labels, infos, option labels, contents, name…). */
function translationKeys(value: unknown): string[] {
  if (typeof value === 'string') return value.startsWith('t:') ? [value.slice(2)] : [];
  if (Array.isArray(value)) return value.flatMap(translationKeys);
  if (value && typeof value === 'object') return Object.values(value).flatMap(translationKeys);
  return [];
}

const SCHEMA_TAG = /{%-?\s*schema\s*-?%}([\s\S]*?){%-?\s*endschema\s*-?%}/;

/** Problems with one block file's schema; [] when Shopify would accept it. */
export function checkBlock(source: string, extensionDir: string): string[] {
  const raw = SCHEMA_TAG.exec(source)?.[1];
  if (raw == null) return ['no {% schema %} tag'];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return [`schema is not strict JSON: ${(error as Error).message}`];
  }
  const parsed = blockSchema.safeParse(json);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.') || 'schema'}: ${i.message}`);
  const schema = parsed.data;
  const problems: string[] = [];

  for (const asset of [schema.javascript, schema.stylesheet]) {
    if (asset && !fs.existsSync(path.join(extensionDir, 'assets', asset))) problems.push(`asset ${asset} does not exist`);
  }
  const ids = new Set<string>();
  schema.settings.forEach((setting, i) => {
    const where = `settings[${i}]${setting.id ? ` (${String(setting.id)})` : ''}`;
    if (!validateSetting(setting)) {
      problems.push(
        ...(validateSetting.errors ?? []).map(
          (e) =>
            `${where}${e.instancePath}: ${e.message}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as string[]).join(', ')})` : ''}`,
        ),
      );
      return;
    }
    if (typeof setting.id === 'string') {
      if (ids.has(setting.id)) problems.push(`${where}: duplicate id`);
      ids.add(setting.id);
    }
    if ((setting.type === 'select' || setting.type === 'radio') && setting.default !== undefined) {
      const values = (setting.options as { value: string }[]).map((o) => o.value);
      if (!values.includes(setting.default as string))
        problems.push(`${where}: default "${String(setting.default)}" is not one of the options`);
    }
    if (setting.type === 'range') {
      const { min, max, step = 1, default: value } = setting as { min: number; max: number; step?: number; default: number };
      if (value < min || value > max) problems.push(`${where}: default ${value} is outside ${min}–${max}`);
      // Shopify refuses ranges with more than 101 steps.
      if ((max - min) / step > 101) problems.push(`${where}: more than 101 steps`);
      if (Math.abs(((value - min) / step) % 1) > 1e-9) problems.push(`${where}: default is not on a step`);
    }
    if (setting.type === 'checkbox' && setting.default !== undefined && typeof setting.default !== 'boolean')
      problems.push(`${where}: checkbox default must be true or false`);
  });

  const localesDir = path.join(extensionDir, 'locales');
  const schemaLocales = fs.existsSync(localesDir) ? fs.readdirSync(localesDir).filter((f) => f.endsWith('.schema.json')) : [];
  const keys = translationKeys(json);
  if (keys.length && !schemaLocales.includes('en.default.schema.json'))
    problems.push('t: keys used but locales/en.default.schema.json is missing');
  for (const file of schemaLocales) {
    const strings = JSON.parse(fs.readFileSync(path.join(localesDir, file), 'utf8'));
    for (const key of keys) {
      const value = lookup(strings, key);
      if (typeof value !== 'string' || !value.trim()) problems.push(`t:${key} missing in ${file}`);
    }
    // The theme editor shows block names in a narrow list: Shopify caps them at 25 characters.
    const name = schema.name.startsWith('t:') ? lookup(strings, schema.name.slice(2)) : schema.name;
    if (typeof name === 'string' && name.length > 25) problems.push(`name "${name}" in ${file} is longer than 25 characters`);
  }
  return problems;
}
