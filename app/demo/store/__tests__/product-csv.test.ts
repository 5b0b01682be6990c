import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createIdAllocator } from '../ids';
import { htmlToText } from '../html-text';
import { parseProductCsv } from '../product-csv';

const DEMO_PRODUCTS = fileURLToPath(new URL('../../../../demo-store/products/', import.meta.url));
const demoFile = (name: string) => readFileSync(DEMO_PRODUCTS + name, 'utf8');
const parseDemo = (name: string) => parseProductCsv(demoFile(name), { file: `products/${name}`, ids: createIdAllocator() });

// A compact header in the classic naming, in an order of its own (columns are found by name).
const HEADER =
  'Handle,Title,Body (HTML),Vendor,Type,Tags,Published,Option1 Name,Option1 Value,Variant SKU,' +
  'Variant Inventory Tracker,Variant Inventory Qty,Variant Inventory Policy,Variant Price,' +
  'Variant Compare At Price,Image Src,Image Position,Image Alt Text,Variant Image';

const BROKEN = [
  HEADER, //                                                                 row 1, line 1
  'good-tee,Good Tee,"<p>Soft tee,\nwith a ""pocket"" &amp; more</p>",Acme,Shirts,"cotton, summer, cotton",true,Size,S,GT-S,shopify,3,deny,20,25,https://img.example/gt-1.jpg,1,Front,', // row 2, lines 2-3
  'good-tee,,,,,,,,M,GT-M,shopify,0,deny,20,25,,,,', //                           row 3, line 4
  'good-tee,,,,,,,,L,GT-L,shopify,0,deny,abc,,,,,', //                             row 4, line 5: bad price
  'orphan,,,,,,,,M,OR-M,shopify,1,deny,10,,,,,', //                                row 5: no product row
  ',Nameless,,Acme,Shirts,,true,Title,Default Title,,,,deny,5,,,,,', //            row 6: no handle
  'bad-first,Bad First,,Acme,Shirts,,true,Size,S,BF-S,shopify,1,deny,12x,,,,,', //  row 7: product skipped
  'bad-first,,,,,,,,M,BF-M,shopify,1,deny,12,,,,,', //                             row 8: belongs to row 7
  'short,row', //                                                                 row 9: column count
  '', //                                                                          row 10: blank line
  'good-tee,,,,,,,,,,,,,,,https://img.example/gt-2.jpg,2,Back,', //                row 11: image-only row
  'next,Next Product,Plain text,Acme,Mugs,,FALSE,Title,Default Title,NX,,,deny,9.5,,,,,', // row 12
  'next,,,,,,,,Default Title,NX2,,,deny,9.5,,,,,', //                              row 13: second variant
  'good-tee,,,,,,,,S,GT-S2,shopify,1,deny,20,,,,,', //                             row 14: duplicate
  'good-tee,Good Tee Again,,,,,,,XL,GT-XL,,,deny,20,,,,,', //                       row 15: second product row
  'tail,"Tail product,\nnever closed,,,,', //                                      row 16: runaway quote
  'lost,Lost Product,,,,,,,,,,,,1,,,,,', //                                        swallowed by row 16
].join('\r\n');

describe('parseProductCsv on broken rows', () => {
  const result = parseProductCsv(BROKEN, { file: 'products/broken.csv', ids: createIdAllocator() });

  it('reports each bad row with the row number a spreadsheet shows', () => {
    expect(result.errors).toEqual([
      { file: 'products/broken.csv', row: 4, message: 'Variant Price "abc" is not a number; row skipped (text line 5)' },
      {
        file: 'products/broken.csv',
        row: 5,
        message: 'no product row for "orphan" before this one (a product\'s first row has its Title); row skipped (text line 6)',
      },
      { file: 'products/broken.csv', row: 6, message: 'Handle is empty; row skipped (text line 7)' },
      {
        file: 'products/broken.csv',
        row: 7,
        message: 'Variant Price "12x" is not a number; product "bad-first" skipped (text line 8)',
      },
      {
        file: 'products/broken.csv',
        row: 8,
        message: 'product "bad-first" was skipped because of row 7, so this row is too (text line 9)',
      },
      { file: 'products/broken.csv', row: 9, message: 'expected 19 columns, found 2; product "short" skipped (text line 10)' },
      {
        file: 'products/broken.csv',
        row: 13,
        message: '"next" has no options, so it has one variant only; row skipped (text line 14)',
      },
      { file: 'products/broken.csv', row: 14, message: 'duplicate variant "S"; row skipped (text line 15)' },
      {
        file: 'products/broken.csv',
        row: 15,
        message: '"good-tee" already has its product row (row 2); row skipped (text line 16)',
      },
      {
        file: 'products/broken.csv',
        row: 16,
        message: 'a quoted cell is never closed; the rest of the file is ignored (text line 17)',
      },
    ]);
  });

  it('still loads the good products around the bad rows', () => {
    expect(result.products.map((p) => p.handle)).toEqual(['good-tee', 'next']);
    const [tee, next] = result.products;
    expect(tee).toMatchObject({
      title: 'Good Tee',
      description: 'Soft tee, with a "pocket" & more',
      vendor: 'Acme',
      productType: 'Shirts',
      tags: ['cotton', 'summer'],
      status: 'ACTIVE',
      options: [{ name: 'Size', values: ['S', 'M'] }],
      images: [
        { url: 'https://img.example/gt-1.jpg', altText: 'Front' },
        { url: 'https://img.example/gt-2.jpg', altText: 'Back' },
      ],
    });
    expect(tee.variants.map((v) => [v.title, v.sku, v.price, v.compareAtPrice, v.inventoryQuantity, v.available])).toEqual([
      ['S', 'GT-S', 20, 25, 3, true],
      ['M', 'GT-M', 20, 25, 0, false],
    ]);
    expect(next).toMatchObject({ status: 'DRAFT', options: [], description: 'Plain text' });
    expect(next.variants).toEqual([
      expect.objectContaining({ title: 'Default Title', options: [], price: 9.5, inventoryQuantity: null, available: true }),
    ]);
  });

  it('gives ids only to what loads, in file order', () => {
    expect(result.products.map((p) => p.shopifyId)).toEqual(['gid://shopify/Product/1', 'gid://shopify/Product/2']);
    expect(result.products.flatMap((p) => p.variants.map((v) => v.id))).toEqual([
      'gid://shopify/ProductVariant/1',
      'gid://shopify/ProductVariant/2',
      'gid://shopify/ProductVariant/3',
    ]);
  });
});

describe('parseProductCsv on other layouts', () => {
  it('reads the 2024 template names, Status, continue-selling and metafield columns', () => {
    const csv = [
      'Title,URL handle,Description,Vendor,Type,Tags,Published on online store,Status,SKU,Option1 name,Option1 value,' +
        'Option2 name,Option2 value,Price,Compare-at price,Cost per item,Inventory tracker,Inventory quantity,' +
        'Continue selling when out of stock,Product image URL,Image position,Image alt text,Variant image URL,' +
        'Material (product.metafields.custom.material)',
      'Trail Runner,trail-runner,<p>Grippy.</p>,Atlas,Sneakers,shoes,true,archived,TR-40-B,Size,40,Color,Black,89.00,120.00,40,shopify,0,CONTINUE,https://img.example/tr.jpg,1,,https://img.example/tr-black.jpg,Recycled Knit',
      ',trail-runner,,,,,,,TR-41-B,,41,,Black,89.00,,40,shopify,0,DENY,,,,https://img.example/tr-black.jpg,',
    ].join('\n');
    const { products, errors } = parseProductCsv(csv, {
      file: 'modern.csv',
      ids: createIdAllocator(7),
      updatedAt: '2026-05-01T00:00:00.000Z',
    });
    expect(errors).toEqual([]);
    expect(products).toHaveLength(1);
    const [runner] = products;
    expect(runner).toMatchObject({
      shopifyId: 'gid://shopify/Product/7',
      status: 'ARCHIVED',
      description: 'Grippy.',
      updatedAt: '2026-05-01T00:00:00.000Z',
      options: [
        { name: 'Size', values: ['40', '41'] },
        { name: 'Color', values: ['Black'] },
      ],
      metafields: [{ namespace: 'custom', key: 'material', type: 'single_line_text_field', value: 'Recycled Knit' }],
      // The variant image is added to the product's images, as Shopify does.
      images: [
        { url: 'https://img.example/tr.jpg', altText: null },
        { url: 'https://img.example/tr-black.jpg', altText: null },
      ],
    });
    expect(runner.variants.map((v) => [v.title, v.compareAtPrice, v.available, v.image])).toEqual([
      ['40 / Black', 120, true, 'https://img.example/tr-black.jpg'],
      ['41 / Black', null, false, 'https://img.example/tr-black.jpg'],
    ]);
  });

  it('reads the legacy "Metafield:" column header with its type', () => {
    const csv = 'Handle,Title,Variant Price,Metafield: specs.weight_kg [number_decimal]\nmug,Mug,12,0.4';
    const { products } = parseProductCsv(csv, { file: 'm.csv', ids: createIdAllocator() });
    expect(products[0].metafields).toEqual([{ namespace: 'specs', key: 'weight_kg', type: 'number_decimal', value: '0.4' }]);
  });

  it('rejects a file without the columns it cannot do without', () => {
    const { products, errors } = parseProductCsv('Handle,Name,Price X\nmug,Mug,12', { file: 'x.csv', ids: createIdAllocator() });
    expect(products).toEqual([]);
    expect(errors).toEqual([{ file: 'x.csv', row: 1, message: 'header has no Title, Variant Price column' }]);
    expect(parseProductCsv('', { file: 'e.csv', ids: createIdAllocator() }).errors[0]).toMatchObject({ row: 1 });
  });

  it('reports an unknown status or published value and skips that product', () => {
    const csv = 'Handle,Title,Published,Status,Variant Price\na,A,yes please,,1\nb,B,,live,1\nc,C,,,1';
    const { products, errors } = parseProductCsv(csv, { file: 's.csv', ids: createIdAllocator() });
    expect(products.map((p) => [p.handle, p.status])).toEqual([['c', 'ACTIVE']]);
    expect(errors.map((e) => [e.row, e.message])).toEqual([
      [2, 'Published "yes please" is not TRUE or FALSE; product "a" skipped'],
      [3, 'Status "live" is not active, draft or archived; product "b" skipped'],
    ]);
  });

  it('skips a handle that another file already loaded', () => {
    const csv = 'Handle,Title,Variant Price\nmug,Mug,12\nbowl,Bowl,9';
    const { products, errors } = parseProductCsv(csv, {
      file: 'b.csv',
      ids: createIdAllocator(),
      loadedHandles: new Map([['mug', 'a.csv']]),
    });
    expect(products.map((p) => p.handle)).toEqual(['bowl']);
    expect(errors).toEqual([{ file: 'b.csv', row: 2, message: 'the handle is already loaded from a.csv; product "mug" skipped' }]);
  });
});

describe('parseProductCsv on the demo store files', () => {
  it('reads both header layouts (with and without Cost per item) by column name', () => {
    expect(demoFile('shopify-sample-home-and-garden.csv').split('\r\n')[0]).toMatch(/,Cost per item$/);
    expect(demoFile('shopify-sample-jewelery.csv').split('\r\n')[0]).toMatch(/,Variant Tax Code$/);
    for (const name of ['shopify-sample-apparel.csv', 'shopify-sample-home-and-garden.csv', 'shopify-sample-jewelery.csv']) {
      const { products, errors } = parseDemo(name);
      expect(errors).toEqual([]);
      expect(products).toHaveLength(20);
    }
  });

  it('assembles variant rows and image-only rows into one product', () => {
    const anchor = parseDemo('shopify-sample-jewelery.csv').products.find((p) => p.handle === 'leather-anchor')!;
    expect(anchor.options).toEqual([{ name: 'Color', values: ['Gold', 'Silver'] }]);
    expect(anchor.variants.map((v) => [v.title, v.price, v.compareAtPrice, v.available, v.image])).toEqual([
      ['Gold', 69.99, 85, true, 'https://burst.shopifycdn.com/photos/anchor-bracelet-mens_925x.jpg'],
      ['Silver', 55, 85, false, 'https://burst.shopifycdn.com/photos/anchor-bracelet-for-men_925x.jpg'],
    ]);
    expect(anchor.images.map((i) => i.url)).toEqual([
      'https://burst.shopifycdn.com/photos/anchor-bracelet-mens_925x.jpg',
      'https://burst.shopifycdn.com/photos/anchor-bracelet-for-men_925x.jpg',
      'https://burst.shopifycdn.com/photos/leather-anchor-bracelet-for-men_925x.jpg',
    ]);
  });

  it('turns a multi-line HTML body into one line of plain text', () => {
    const choker = parseDemo('shopify-sample-jewelery.csv').products.find((p) => p.handle === 'choker-with-gold-pendant')!;
    expect(choker.description).toContain('delicate and strong. 14k yellow gold Leather Length, 12" with 2.5" extender Width, 0.3"');
    expect(choker.description).not.toMatch(/[<>\n]/);
  });
});

describe('htmlToText', () => {
  it('strips tags, decodes entities and collapses whitespace', () => {
    expect(htmlToText('<p>Caf&eacute; &AMP; caf&#233; &amp; t&#x65;a&nbsp;&hellip;</p>\n<ul><li>One</li><li>Two</li></ul>')).toBe(
      'Café & café & tea … One Two',
    );
    expect(htmlToText('&Eacute;t&eacute; &bogus; &#0;')).toBe('Été &bogus; &#0;');
    expect(htmlToText('Gold<em>en</em> <script>alert(1)</script>hour<!-- note -->')).toBe('Golden hour');
  });
});
