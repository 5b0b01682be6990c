// Reads the theme app extension(s) in extensions/ the way Shopify does when it renders a theme:
// each blocks/*.liquid has a {% schema %} saying where it goes (target) and which assets it loads.
import fs from 'node:fs';
import path from 'node:path';

export interface BlockSetting {
  id?: string;
  type: string;
  default?: unknown;
}

export interface ExtensionBlock {
  extension: string;
  handle: string;
  source: string;
  schema: {
    name?: string;
    target: 'head' | 'body' | 'section' | string;
    javascript?: string;
    stylesheet?: string;
    settings?: BlockSetting[];
    enabled_on?: { templates?: string[] };
  };
  /** The extension's storefront strings: locale → nested keys. */
  locales: Record<string, Record<string, unknown>>;
}

const SCHEMA = /{%-?\s*schema\s*-?%}([\s\S]*?){%-?\s*endschema\s*-?%}/;

export function loadExtensionBlocks(extensionsDir: string): ExtensionBlock[] {
  if (!fs.existsSync(extensionsDir)) return [];
  const blocks: ExtensionBlock[] = [];
  for (const extension of fs.readdirSync(extensionsDir).sort()) {
    const dir = path.join(extensionsDir, extension);
    const blocksDir = path.join(dir, 'blocks');
    if (!fs.existsSync(blocksDir)) continue;
    const locales: ExtensionBlock['locales'] = {};
    const localesDir = path.join(dir, 'locales');
    if (fs.existsSync(localesDir)) {
      for (const file of fs.readdirSync(localesDir)) {
        const m = /^([a-zA-Z-]+?)(\.default)?\.json$/.exec(file);
        if (m) locales[m[1]] = JSON.parse(fs.readFileSync(path.join(localesDir, file), 'utf8'));
      }
    }
    for (const file of fs.readdirSync(blocksDir).filter((f) => f.endsWith('.liquid')).sort()) {
      const source = fs.readFileSync(path.join(blocksDir, file), 'utf8');
      const schemaText = SCHEMA.exec(source)?.[1];
      if (!schemaText) continue;
      blocks.push({ extension, handle: file.replace(/\.liquid$/, ''), source, schema: JSON.parse(schemaText), locales });
    }
  }
  return blocks;
}

export function defaultSettings(block: ExtensionBlock): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const s of block.schema.settings ?? []) if (s.id) settings[s.id] = s.default ?? null;
  return settings;
}
