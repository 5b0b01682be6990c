// A small storefront for demo mode: a home page and product pages rendered with a Liquid engine
// and the handful of Shopify filters the app's blocks use, with the theme app extension's real
// blocks placed where Shopify would put them (app embeds at the end of <body>, app blocks in the
// product section). `?aisle=off` renders the same page without them, to measure their cost.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Liquid, type TagToken, type Template, type TopLevelToken } from 'liquidjs';
import type { CatalogProduct } from '~/catalog/types';
import type { DemoStore, StoreCustomer } from '../store/types';
import { defaultSettings, loadExtensionBlocks, type ExtensionBlock } from './extension-blocks';

const THEME_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'theme');

export interface StorefrontOptions {
  store: DemoStore;
  extensionsDir: string;
  apiKey: string;
}

export interface PageRequest {
  locale: string;
  customer: StoreCustomer | null;
  withApp: boolean;
  cartCount: number;
}

function lookup(tree: Record<string, unknown> | undefined, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
}

function formatMoney(amount: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
}

/** A product as Liquid sees it (a subset of Shopify's product object). */
export function liquidProduct(p: CatalogProduct, currency: string, locale: string) {
  const t = p.translations[locale] ?? {};
  const price = Math.min(...p.variants.map((v) => v.price));
  return {
    id: Number(p.shopifyId.split('/').pop()),
    handle: p.handle,
    title: t.title ?? p.title,
    description: t.description ?? p.description,
    vendor: p.vendor,
    type: t.productType ?? p.productType,
    tags: p.tags,
    url: `/products/${p.handle}`,
    featured_image: p.images[0]?.url ?? null,
    images: p.images.map((i) => i.url),
    price: Math.round(price * 100),
    price_formatted: formatMoney(price, currency, locale),
    available: p.variants.some((v) => v.available),
    options: p.options.map((o) => o.name),
    variants: p.variants.map((v) => ({
      id: Number(v.id.split('/').pop()),
      title: v.title,
      price: Math.round(v.price * 100),
      available: v.available,
    })),
  };
}

function newEngine(store: DemoStore): Liquid {
  const engine = new Liquid({ root: THEME_DIR, extname: '.liquid', strictFilters: false, strictVariables: false, cache: true });
  // Shopify-only tags: schema is metadata; javascript/stylesheet bodies are bundled by Shopify.
  for (const name of ['schema', 'javascript', 'stylesheet']) {
    engine.registerTag(name, {
      parse(_token: TagToken, remainTokens: TopLevelToken[]) {
        let token;
        while ((token = remainTokens.shift())) {
          if ((token as TagToken).name === `end${name}`) return;
        }
        throw new Error(`tag ${name} not closed`);
      },
      render() {
        return '';
      },
    });
  }
  engine.registerFilter('money', (cents: number) => formatMoney(Number(cents) / 100, store.shop.currency, 'en'));
  engine.registerFilter('json', (value: unknown) => JSON.stringify(value ?? null).replace(/</g, '\\u003c'));
  engine.registerFilter('image_url', (src: unknown) => (typeof src === 'string' ? src : ''));
  engine.registerFilter('img_url', (src: unknown) => (typeof src === 'string' ? src : ''));
  return engine;
}

export function createStorefront(opts: StorefrontOptions) {
  const { store } = opts;
  const engine = newEngine(store);
  const assetBase = (extension: string) => `/extensions/${extension}/assets/`;
  const blocks = loadExtensionBlocks(opts.extensionsDir);

  // One engine per block, since asset_url and t resolve against the block's own extension.
  const compiled = new Map(
    blocks.map((block) => {
      const e = newEngine(store);
      e.registerFilter('asset_url', (file: string) => assetBase(block.extension) + file);
      e.registerFilter('t', function (this: { context: { getSync(path: string[]): unknown } }, key: string) {
        const locale = String(this.context.getSync(['request', 'locale', 'iso_code']) ?? 'en');
        return String(lookup(block.locales[locale], key) ?? lookup(block.locales.en, key) ?? key);
      });
      return [block, { engine: e, template: e.parse(block.source) as Template[] }] as const;
    }),
  );

  async function renderBlock(block: ExtensionBlock, ctx: Record<string, unknown>): Promise<string> {
    const { engine: e, template } = compiled.get(block)!;
    const html = await e.render(template, {
      ...ctx,
      block: { id: `${block.extension}-${block.handle}`, settings: defaultSettings(block), shopify_attributes: '' },
    });
    const assets = [
      block.schema.stylesheet ? `<link rel="stylesheet" href="${assetBase(block.extension)}${block.schema.stylesheet}">` : '',
      block.schema.javascript ? `<script src="${assetBase(block.extension)}${block.schema.javascript}" defer></script>` : '',
    ].join('');
    return assets + html;
  }

  async function appMarkup(target: string, template: string, ctx: Record<string, unknown>): Promise<string> {
    const out: string[] = [];
    for (const block of blocks) {
      if (block.schema.target !== target) continue;
      const templates = block.schema.enabled_on?.templates;
      if (templates && !templates.includes(template) && !templates.includes('*')) continue;
      out.push(await renderBlock(block, ctx));
    }
    return out.join('\n');
  }

  function baseContext(req: PageRequest) {
    return {
      shop: { name: store.shop.name, permanent_domain: store.shop.myshopifyDomain, currency: store.shop.currency, locale: req.locale, locales: store.shop.shopLocales },
      request: { locale: { iso_code: req.locale }, design_mode: false },
      customer: req.customer ? { id: req.customer.id, first_name: req.customer.firstName, email: req.customer.email } : null,
      customers: store.customers.map((c) => ({ id: c.id, name: `${c.firstName} ${c.lastName}` })),
      routes: { root_url: '/', cart_url: '/cart', cart_add_url: '/cart/add', products_url: '/products' },
      cart: { item_count: req.cartCount },
      app: { metafields: {} },
    };
  }

  async function page(template: string, req: PageRequest, extra: Record<string, unknown>): Promise<string> {
    const ctx = { ...baseContext(req), ...extra, template };
    const content = await engine.renderFile(template, {
      ...ctx,
      app_blocks: req.withApp ? await appMarkup('section', template, ctx) : '',
    });
    return engine.renderFile('layout', {
      ...ctx,
      content_for_layout: content,
      app_head: req.withApp ? await appMarkup('head', template, ctx) : '',
      app_body: req.withApp ? await appMarkup('body', template, ctx) : '',
    });
  }

  return {
    blocks,
    home(req: PageRequest): Promise<string> {
      const products = store.products.filter((p) => p.status === 'ACTIVE').map((p) => liquidProduct(p, store.shop.currency, req.locale));
      return page('index', req, { products });
    },
    async product(handle: string, req: PageRequest): Promise<string | null> {
      const p = store.products.find((x) => x.handle === handle && x.status === 'ACTIVE');
      if (!p) return null;
      return page('product', req, { product: liquidProduct(p, store.shop.currency, req.locale) });
    },
  };
}
