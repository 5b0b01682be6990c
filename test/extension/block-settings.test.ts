// The blocks' Liquid with settings a merchant changed in the theme editor (demo mode renders
// defaults only): which pages show the chat, the merchant's colours and words, the compare
// block's product sources and rows. Rendered with liquidjs and the Shopify filters the blocks use.
import fs from 'node:fs';
import path from 'node:path';
import { Liquid, type TagToken, type TopLevelToken } from 'liquidjs';
import { blockConfigs } from './block-config';

const EXTENSION = path.resolve('extensions/aisle-theme');
const en = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'locales/en.default.json'), 'utf8'));

function engine(): Liquid {
  const e = new Liquid({ strictFilters: true });
  e.registerTag('schema', {
    parse(_token: TagToken, remain: TopLevelToken[]) {
      while (remain.length && (remain.shift() as TagToken).name !== 'endschema');
    },
    render: () => '',
  });
  e.registerFilter('json', (v: unknown) => JSON.stringify(v ?? null));
  e.registerFilter('asset_url', (file: string) => `https://cdn.example/ext/${file}`);
  e.registerFilter('t', (key: string) => key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], en) ?? key);
  return e;
}

function defaults(file: string): Record<string, unknown> {
  const source = fs.readFileSync(path.join(EXTENSION, 'blocks', file), 'utf8');
  const schema = JSON.parse(/{%\s*schema\s*%}([\s\S]*?){%\s*endschema\s*%}/.exec(source)![1]);
  return Object.fromEntries(
    schema.settings.filter((s: { id?: string }) => s.id).map((s: { id: string; default?: unknown }) => [s.id, s.default ?? null]),
  );
}

async function render(
  file: string,
  settings: Record<string, unknown>,
  ctx: Record<string, unknown> = {},
): Promise<Record<string, unknown> | null> {
  const source = fs.readFileSync(path.join(EXTENSION, 'blocks', file), 'utf8');
  const html = await engine().parseAndRender(source, {
    shop: { permanent_domain: 'shop.myshopify.com' },
    request: { locale: { iso_code: 'en' }, page_type: 'index' },
    routes: { root_url: '/', cart_url: '/cart', cart_add_url: '/cart/add' },
    block: { settings: { ...defaults(file), ...settings }, shopify_attributes: 'data-block' },
    ...ctx,
  });
  return blockConfigs(html)[0] ?? null;
}

describe('chat embed', () => {
  test.each([
    ['index', 'show_on_home'],
    ['product', 'show_on_product'],
    ['collection', 'show_on_collection'],
    ['list-collections', 'show_on_collection'],
    ['cart', 'show_on_cart'],
    ['search', 'show_on_search'],
    ['page', 'show_on_other'],
    ['blog', 'show_on_other'],
  ])('on a %s page it follows "%s"', async (pageType, setting) => {
    const ctx = { request: { locale: { iso_code: 'en' }, page_type: pageType } };
    expect(await render('aisle-chat.liquid', {}, ctx)).not.toBeNull();
    expect(await render('aisle-chat.liquid', { [setting]: false }, ctx)).toBeNull();
  });

  test("the merchant's words and colours reach the widget intact, markup and quotes included", async () => {
    const config = await render('aisle-chat.liquid', {
      position: 'left',
      launcher_label: 'Ask Ada',
      accent_color: '#0b57d0',
      greeting: 'Hi "there" </div><script>alert(1)</script>',
      suggested_questions: 'Where is my order?\nDo you ship to Norway?',
    });
    expect(config).toMatchObject({
      shop: 'shop.myshopify.com',
      routes: { cart: '/cart', cartAdd: '/cart/add' },
      settings: {
        position: 'left',
        label: 'Ask Ada',
        accent: '#0b57d0',
        accentText: '',
        greeting: 'Hi "there" </div><script>alert(1)</script>',
        suggestions: 'Where is my order?\nDo you ship to Norway?',
      },
      assets: { chatJs: 'https://cdn.example/ext/aisle-chat.js' },
    });
  });

  test("left empty, the label, colours and greeting are the theme's and the language's defaults", async () => {
    const config = (await render('aisle-chat.liquid', {}))!;
    expect(config.settings).toEqual({ position: 'right', label: '', accent: '', accentText: '', greeting: '', suggestions: '' });
    expect((config.strings as Record<string, string>).open).toBe('Chat with us');
  });
});

describe('compare block', () => {
  const product = { handle: 'rain-jacket', title: 'Rain Jacket', type: 'Jackets' };
  const picks = ['windbreaker', 'parka', 'poncho'].map((handle) => ({ handle }));

  test('merchant picks: the current product plus up to max − 1 picks', async () => {
    const config = (await render('aisle-compare.liquid', { source: 'picks', products: picks, max_products: 3 }, { product }))!;
    expect((config.handles as string[]).filter(Boolean)).toEqual(['windbreaker', 'parka']);
    expect(config.product).toEqual({ handle: 'rain-jacket', title: 'Rain Jacket', type: 'Jackets' });
  });

  test('a collection: its first products (the widget leaves out the current one)', async () => {
    const config = (await render(
      'aisle-compare.liquid',
      { source: 'collection', collection: { products: [{ handle: 'rain-jacket' }, ...picks] }, max_products: 4 },
      { product },
    ))!;
    expect((config.handles as string[]).filter(Boolean)).toEqual(['rain-jacket', 'windbreaker', 'parka', 'poncho']);
  });

  test("the shopper's choice: no handles from the merchant", async () => {
    const config = (await render('aisle-compare.liquid', { source: 'shopper', products: picks }, { product }))!;
    expect((config.handles as string[]).filter(Boolean)).toEqual([]);
    expect(config.settings).toMatchObject({ source: 'shopper' });
  });

  test('rows follow the checkboxes', async () => {
    const all = (await render('aisle-compare.liquid', {}, { product }))!;
    expect((all.settings as { show: string[] }).show.filter(Boolean)).toEqual([
      'price',
      'rating',
      'availability',
      'option',
      'vendor',
      'attribute',
    ]);
    const few = (await render(
      'aisle-compare.liquid',
      { show_rating: false, show_vendor: false, show_tags: true, show_type: true },
      { product },
    ))!;
    expect((few.settings as { show: string[] }).show.filter(Boolean)).toEqual([
      'price',
      'availability',
      'option',
      'type',
      'attribute',
      'tags',
    ]);
  });
});
