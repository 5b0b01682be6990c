import { createFakeAdminApi, type FakeAdminApi } from '../create-fake-admin-api';
import { BASE_URL, fixtureStore, gql } from './helpers';

let api: FakeAdminApi;
beforeAll(() => {
  // A big bucket: these tests are about answers, throttling has its own file.
  api = createFakeAdminApi({ store: fixtureStore(), baseUrl: BASE_URL, throttle: { maximumAvailable: 1_000_000 } });
});
afterAll(() => api.close());

describe('requests Shopify would refuse', () => {
  test('a field the schema lacks fails validation, like on Shopify', async () => {
    const { status, body } = await gql(api, '{ products(first: 1) { nodes { id colour } } }');
    expect(status).toBe(200);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].message).toContain('colour');
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].locations[0]).toEqual({ line: 1, column: 35 });
  });

  test('wrong argument types fail validation too', async () => {
    const { body } = await gql(api, '{ products(first: "ten") { nodes { id } } }');
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('a syntax error is reported, not thrown', async () => {
    const { status, body } = await gql(api, '{ shop { name }');
    expect(status).toBe(200);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  test('no access token → 401 with Shopify’s message', async () => {
    const { status, body } = await gql(api, '{ shop { name } }', undefined, { token: null });
    expect(status).toBe(401);
    expect(body.errors).toMatch(/Invalid API key or access token/);
  });

  test('the token check is pluggable and gets the shop', async () => {
    const seen: string[] = [];
    const strict = createFakeAdminApi({
      store: fixtureStore(),
      baseUrl: BASE_URL,
      isValidToken: (shop, token) => {
        seen.push(shop);
        return token === 'right';
      },
    });
    expect((await gql(strict, '{ shop { name } }', undefined, { token: 'wrong' })).status).toBe(401);
    expect((await gql(strict, '{ shop { name } }', undefined, { token: 'right' })).body.data.shop.name).toBe('Fixture Shop');
    expect(seen).toEqual(['fixture-shop.myshopify.com', 'fixture-shop.myshopify.com']);
    await strict.close();
  });

  test('a body without a query → 400', async () => {
    const response = await api.handle(
      new Request(api.graphqlUrl, {
        method: 'POST',
        headers: { 'x-shopify-access-token': 't', 'content-type': 'application/json' },
        body: '{"variables":{}}',
      }),
    );
    expect(response.status).toBe(400);
  });

  test('any API version segment and the shop’s own host are accepted; another shop’s host is not', async () => {
    const own = await gql(api, '{ shop { myshopifyDomain } }', undefined, {
      url: 'https://fixture-shop.myshopify.com/admin/api/2025-10/graphql.json',
    });
    expect(own.body.data.shop.myshopifyDomain).toBe('fixture-shop.myshopify.com');
    const other = await gql(api, '{ shop { name } }', undefined, {
      url: 'https://other-shop.myshopify.com/admin/api/2026-10/graphql.json',
    });
    expect(other.status).toBe(404);
  });

  test('mutations other than bulk ones get a clear GraphQL error', async () => {
    const { status, body } = await gql(api, 'mutation { productDelete(input: {id: "gid://shopify/Product/101"}) { deletedProductId } }');
    expect(status).toBe(200);
    expect(body.errors[0].message).toMatch(/does not implement the mutation productDelete/);
    expect(body.errors[0].extensions.code).toBe('NOT_IMPLEMENTED');
    expect(body.data).toBeUndefined();
  });

  test('a variable of the wrong type is an INVALID_VARIABLE error', async () => {
    const { body } = await gql(api, 'query($n: Int!) { products(first: $n) { nodes { id } } }', { n: 'ten' });
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('INVALID_VARIABLE');
  });

  test('a cursor the fake never issued is refused', async () => {
    const { body } = await gql(api, '{ products(first: 2, after: "bm9wZQ==") { nodes { id } } }');
    expect(body.errors[0].message).toBe('Invalid cursor.');
  });

  test('operationName picks one of several operations; introspection works', async () => {
    const { body } = await gql(api, 'query A { shop { name } } query B { __type(name: "Product") { name } }', undefined);
    expect(body.errors[0].message).toMatch(/operation name is required/);
    const named = await api.handle(
      new Request(api.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-shopify-access-token': 't' },
        body: JSON.stringify({ query: 'query A { shop { name } } query B { __type(name: "Product") { name } }', operationName: 'B' }),
      }),
    );
    expect((await named.json()).data).toEqual({ __type: { name: 'Product' } });
  });

  test('connections need first or last, as on Shopify', async () => {
    const { body } = await gql(api, '{ products { nodes { id } } }');
    expect(body.errors[0].message).toBe('you must provide one of first or last');
  });
});

describe('shop', () => {
  test('shop fields and policies (HTML paragraphs from the plain text)', async () => {
    const { body } = await gql(
      api,
      `{ shop { id name email myshopifyDomain currencyCode contactEmail primaryDomain { url host }
         shopPolicies { id type title body url } } }`,
    );
    const { shop } = body.data;
    expect(shop).toMatchObject({
      name: 'Fixture Shop',
      email: 'help@fixture.example',
      contactEmail: 'help@fixture.example',
      myshopifyDomain: 'fixture-shop.myshopify.com',
      currencyCode: 'USD',
      primaryDomain: { url: 'https://fixture-shop.myshopify.com', host: 'fixture-shop.myshopify.com' },
    });
    expect(shop.id).toMatch(/^gid:\/\/shopify\/Shop\/\d+$/);
    expect(shop.shopPolicies).toHaveLength(2);
    expect(shop.shopPolicies[0]).toMatchObject({
      type: 'REFUND_POLICY',
      title: 'Refund policy',
      body: '<p>Returns within 30 days.</p>\n<p>Refunds go back to the original payment method.</p>',
      url: 'https://fixture-shop.myshopify.com/policies/refund-policy',
    });
    expect(shop.shopPolicies[1].body).toBe('<p>Orders ship the same day. Free over $75 &amp; up.</p>');
  });

  test('shopLocales', async () => {
    const { body } = await gql(api, '{ shopLocales(published: true) { locale primary published name } }');
    expect(body.data.shopLocales).toEqual([
      { locale: 'en', primary: true, published: true, name: 'English' },
      { locale: 'pl', primary: false, published: true, name: 'Polish' },
      { locale: 'de', primary: false, published: true, name: 'German' },
    ]);
  });

  test('valid fields the store has no data for answer null or an empty value, and are listed', async () => {
    const { body } = await gql(api, '{ shop { billingAddress { city } plan { partnerDevelopment } unitSystem alerts { description } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.shop.plan).toEqual({ partnerDevelopment: false });
    expect(body.data.shop.unitSystem).toBe('IMPERIAL_SYSTEM');
    expect(body.data.shop.alerts).toEqual([]);
    expect(body.extensions.fakeAdminApi.unmodelledFields).toEqual(expect.arrayContaining(['Shop.plan', 'Shop.unitSystem']));
  });
});

describe('products', () => {
  const PAGE = `query Page($after: String) {
    products(first: 2, after: $after) {
      edges { cursor node { id handle } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }`;

  test('paginate in id order with cursors until hasNextPage is false', async () => {
    const handles: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { body } = await gql(api, PAGE, { after });
      const { edges, pageInfo } = body.data.products;
      handles.push(...edges.map((e: { node: { handle: string } }) => e.node.handle));
      expect(pageInfo.endCursor).toBe(edges.at(-1).cursor);
      expect(pageInfo.hasPreviousPage).toBe(pages > 0);
      after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(handles).toEqual(['ocean-blue-shirt', 'clay-plant-pot', 'draft-lamp', 'product-104', 'product-105']);
  });

  test('nodes, reverse, sortKey and last', async () => {
    const { body } = await gql(
      api,
      `{ byTitle: products(first: 3, sortKey: TITLE) { nodes { title } }
         newest: products(first: 1, sortKey: UPDATED_AT, reverse: true) { nodes { handle } }
         last: products(last: 1) { nodes { handle } pageInfo { hasPreviousPage hasNextPage } } }`,
    );
    expect(body.data.byTitle.nodes.map((n: { title: string }) => n.title)).toEqual(['Clay Plant Pot', 'Copper Lamp', 'Ocean Blue Shirt']);
    expect(body.data.newest.nodes).toEqual([{ handle: 'draft-lamp' }]);
    expect(body.data.last).toEqual({ nodes: [{ handle: 'product-105' }], pageInfo: { hasPreviousPage: true, hasNextPage: false } });
  });

  test.each([
    ['handle:clay-plant-pot', ['clay-plant-pot']],
    ['status:draft', ['draft-lamp']],
    ['status:active,draft tag:cotton', ['ocean-blue-shirt']],
    ["updated_at:>'2026-02-28T00:00:00Z'", ['clay-plant-pot', 'draft-lamp']],
    ['updated_at:>=2026-03-05T12:00:00Z', ['draft-lamp']],
    ['shirt', ['ocean-blue-shirt']],
    ['title:Ocean*', ['ocean-blue-shirt']],
    ['pot OR lamp', ['clay-plant-pot', 'draft-lamp']],
    ['-status:active', ['draft-lamp']],
    ['vendor:"Company 123"', ['clay-plant-pot']],
    ['sku:OBS-M', ['ocean-blue-shirt']],
  ])('query %s', async (query, expected) => {
    const { body } = await gql(api, 'query($q: String) { products(first: 10, query: $q) { nodes { handle } } }', { q: query });
    expect(body.data.products.nodes.map((n: { handle: string }) => n.handle)).toEqual(expected);
  });

  test('an unknown search field is ignored with a warning, as Shopify does', async () => {
    const { body } = await gql(api, '{ products(first: 10, query: "colour:blue") { nodes { handle } } }');
    expect(body.data.products.nodes).toHaveLength(5);
    expect(body.extensions.search).toEqual([
      { path: ['products'], query: 'colour:blue', warnings: [{ field: 'colour', message: 'Invalid search field for this query.' }] },
    ]);
  });

  test('product fields', async () => {
    const { body } = await gql(
      api,
      `query ($id: ID!) { product(id: $id) {
        id legacyResourceId handle title description descriptionHtml vendor productType tags status updatedAt createdAt
        totalInventory tracksInventory hasOnlyDefaultVariant onlineStoreUrl
        options { name values optionValues { name hasVariants } }
        variants(first: 10) { nodes { id title sku price compareAtPrice availableForSale inventoryQuantity inventoryPolicy
          selectedOptions { name value } image { url altText } } }
        featuredMedia { ... on MediaImage { id image { url altText } } }
        media(first: 5) { nodes { mediaContentType alt ... on MediaImage { image { url } } } }
        images(first: 5) { nodes { url altText } }
        collections(first: 5) { nodes { handle title } }
        metafields(first: 5, namespace: "custom") { nodes { namespace key type value } }
        material: metafield(namespace: "custom", key: "material") { value }
        weight: metafield(namespace: "specs", key: "weight_g") { jsonValue }
        priceRangeV2 { minVariantPrice { amount currencyCode } maxVariantPrice { amount currencyCode } }
        compareAtPriceRange { minVariantCompareAtPrice { amount } maxVariantCompareAtPrice { amount } }
        variantsCount { count precision }
      } }`,
      { id: 'gid://shopify/Product/101' },
    );
    expect(body.errors).toBeUndefined();
    const p = body.data.product;
    expect(p).toMatchObject({
      id: 'gid://shopify/Product/101',
      legacyResourceId: '101',
      handle: 'ocean-blue-shirt',
      title: 'Ocean Blue Shirt',
      description: 'Ocean blue cotton shirt with a narrow collar.\n\nMachine washable.',
      descriptionHtml: '<p>Ocean blue cotton shirt with a narrow collar.</p>\n<p>Machine washable.</p>',
      vendor: 'partners-demo',
      productType: 'Shirts',
      tags: ['men', 'cotton'],
      status: 'ACTIVE',
      updatedAt: '2026-01-10T08:00:00Z',
      totalInventory: 3,
      tracksInventory: true,
      hasOnlyDefaultVariant: false,
      onlineStoreUrl: 'https://fixture-shop.myshopify.com/products/ocean-blue-shirt',
      options: [
        {
          name: 'Size',
          values: ['S', 'M'],
          optionValues: [
            { name: 'S', hasVariants: true },
            { name: 'M', hasVariants: true },
          ],
        },
      ],
      featuredMedia: { image: { url: 'https://cdn.example/shirt-front.jpg', altText: 'Front' } },
      collections: {
        nodes: [
          { handle: 'shirts', title: 'Shirts' },
          { handle: 'summer', title: 'Summer' },
        ],
      },
      metafields: { nodes: [{ namespace: 'custom', key: 'material', type: 'single_line_text_field', value: 'Cotton' }] },
      material: { value: 'Cotton' },
      weight: { jsonValue: 200 },
      priceRangeV2: { minVariantPrice: { amount: '50.0', currencyCode: 'USD' }, maxVariantPrice: { amount: '55.5', currencyCode: 'USD' } },
      compareAtPriceRange: { minVariantCompareAtPrice: { amount: '60.0' }, maxVariantCompareAtPrice: { amount: '60.0' } },
      variantsCount: { count: 2, precision: 'EXACT' },
    });
    expect(p.featuredMedia.id).toMatch(/^gid:\/\/shopify\/MediaImage\/\d+$/);
    expect(p.variants.nodes).toEqual([
      {
        id: 'gid://shopify/ProductVariant/10101',
        title: 'S',
        sku: 'OBS-S',
        price: '50.00',
        compareAtPrice: '60.00',
        availableForSale: true,
        inventoryQuantity: 3,
        inventoryPolicy: 'DENY',
        selectedOptions: [{ name: 'Size', value: 'S' }],
        image: { url: 'https://cdn.example/shirt-front.jpg', altText: null },
      },
      {
        id: 'gid://shopify/ProductVariant/10102',
        title: 'M',
        sku: 'OBS-M',
        price: '55.50',
        compareAtPrice: null,
        availableForSale: false,
        inventoryQuantity: 0,
        inventoryPolicy: 'DENY',
        selectedOptions: [{ name: 'Size', value: 'M' }],
        image: null,
      },
    ]);
    expect(p.media.nodes).toEqual([
      { mediaContentType: 'IMAGE', alt: 'Front', image: { url: 'https://cdn.example/shirt-front.jpg' } },
      { mediaContentType: 'IMAGE', alt: null, image: { url: 'https://cdn.example/shirt-back.jpg' } },
    ]);
    expect(p.images.nodes).toEqual([
      { url: 'https://cdn.example/shirt-front.jpg', altText: 'Front' },
      { url: 'https://cdn.example/shirt-back.jpg', altText: null },
    ]);
  });

  test('a product without options reports Shopify’s Title / Default Title', async () => {
    const { body } = await gql(
      api,
      `{ productByIdentifier(identifier: {handle: "clay-plant-pot"}) { hasOnlyDefaultVariant options { name values }
         variants(first: 1) { nodes { selectedOptions { name value } } } onlineStoreUrl } 
         draft: productByIdentifier(identifier: {handle: "draft-lamp"}) { onlineStoreUrl status } }`,
    );
    expect(body.data.productByIdentifier).toEqual({
      hasOnlyDefaultVariant: true,
      options: [{ name: 'Title', values: ['Default Title'] }],
      variants: { nodes: [{ selectedOptions: [{ name: 'Title', value: 'Default Title' }] }] },
      onlineStoreUrl: 'https://fixture-shop.myshopify.com/products/clay-plant-pot',
    });
    expect(body.data.draft).toEqual({ onlineStoreUrl: null, status: 'DRAFT' });
  });

  test('node(id:) and nodes(ids:) find products, variants and media; unknown ids are null', async () => {
    const { body } = await gql(
      api,
      `{ nodes(ids: ["gid://shopify/ProductVariant/10102", "gid://shopify/Product/999", "gid://shopify/Collection/1"]) {
           __typename id ... on ProductVariant { title product { handle } } ... on Collection { handle productsCount { count } } }
         product(id: "gid://shopify/Order/5001") { id } }`,
    );
    expect(body.data.nodes).toEqual([
      { __typename: 'ProductVariant', id: 'gid://shopify/ProductVariant/10102', title: 'M', product: { handle: 'ocean-blue-shirt' } },
      null,
      { __typename: 'Collection', id: 'gid://shopify/Collection/1', handle: 'shirts', productsCount: { count: 1 } },
    ]);
    expect(body.data.product).toBeNull();
  });

  test('productsCount honours the query', async () => {
    const { body } = await gql(api, '{ all: productsCount { count precision } active: productsCount(query: "status:active") { count } }');
    expect(body.data).toEqual({ all: { count: 5, precision: 'EXACT' }, active: { count: 4 } });
  });
});

describe('translations', () => {
  test('translatableResources(resourceType: PRODUCT) with keys as Shopify names them', async () => {
    const { body } = await gql(
      api,
      `{ translatableResources(first: 2, resourceType: PRODUCT) {
          nodes { resourceId
            translatableContent { key value locale digest }
            pl: translations(locale: "pl") { key value locale }
            de: translations(locale: "de") { key value } }
          pageInfo { hasNextPage endCursor } } }`,
    );
    const [shirt, pot] = body.data.translatableResources.nodes;
    expect(shirt.resourceId).toBe('gid://shopify/Product/101');
    expect(shirt.pl).toEqual([
      { key: 'title', value: 'Niebieska koszula', locale: 'pl' },
      { key: 'body_html', value: '<p>Bawełniana koszula.</p>', locale: 'pl' },
      { key: 'product_type', value: 'Koszule', locale: 'pl' },
    ]);
    expect(shirt.de).toEqual([{ key: 'title', value: 'Blaues Hemd' }]);
    expect(shirt.translatableContent.map((c: { key: string }) => c.key)).toEqual(['title', 'body_html', 'handle', 'product_type']);
    expect(shirt.translatableContent[0]).toMatchObject({ value: 'Ocean Blue Shirt', locale: 'en' });
    expect(shirt.translatableContent[0].digest).toMatch(/^[0-9a-f]{64}$/);
    expect(pot.pl).toEqual([]);
    expect(body.data.translatableResources.pageInfo.hasNextPage).toBe(true);

    const next = await gql(
      api,
      'query($a: String) { translatableResources(first: 10, after: $a, resourceType: PRODUCT) { nodes { resourceId } } }',
      {
        a: body.data.translatableResources.pageInfo.endCursor,
      },
    );
    expect(next.body.data.translatableResources.nodes).toHaveLength(3);
  });

  test('Product.translations(locale:) answers the same', async () => {
    const { body } = await gql(api, '{ product(id: "gid://shopify/Product/101") { translations(locale: "de") { key value locale } } }');
    expect(body.data.product.translations).toEqual([{ key: 'title', value: 'Blaues Hemd', locale: 'de' }]);
  });
});

describe('orders and customers', () => {
  const ORDER_FIELDS = `id name email phone createdAt displayFinancialStatus displayFulfillmentStatus cancelledAt cancelReason
    currencyCode totalPriceSet { shopMoney { amount currencyCode } } totalRefundedSet { shopMoney { amount } }
    lineItems(first: 10) { nodes { title quantity variantTitle sku originalUnitPriceSet { shopMoney { amount currencyCode } } } }
    fulfillments(first: 5) { status displayStatus trackingInfo { company number url } estimatedDeliveryAt createdAt }
    refunds { createdAt totalRefundedSet { shopMoney { amount } } }
    customer { id displayName }`;

  test('orders(query: "name:#1001") with the commonly used fields', async () => {
    const { body } = await gql(api, `query($q: String) { orders(first: 5, query: $q) { nodes { ${ORDER_FIELDS} } } }`, { q: 'name:#1001' });
    expect(body.errors).toBeUndefined();
    expect(body.data.orders.nodes).toEqual([
      {
        id: 'gid://shopify/Order/5001',
        name: '#1001',
        email: 'anna@example.pl',
        phone: '+48 601 234 567',
        createdAt: '2026-03-02T09:14:00Z',
        displayFinancialStatus: 'PAID',
        displayFulfillmentStatus: 'FULFILLED',
        cancelledAt: null,
        cancelReason: null,
        currencyCode: 'PLN',
        totalPriceSet: { shopMoney: { amount: '109.99', currencyCode: 'PLN' } },
        totalRefundedSet: { shopMoney: { amount: '0.0' } },
        lineItems: {
          nodes: [
            {
              title: 'Ocean Blue Shirt',
              quantity: 2,
              variantTitle: 'S',
              sku: 'OBS-S',
              originalUnitPriceSet: { shopMoney: { amount: '50.0', currencyCode: 'PLN' } },
            },
            {
              title: 'Clay Plant Pot',
              quantity: 1,
              variantTitle: null,
              sku: null,
              originalUnitPriceSet: { shopMoney: { amount: '9.99', currencyCode: 'PLN' } },
            },
          ],
        },
        fulfillments: [
          {
            status: 'SUCCESS',
            displayStatus: 'IN_TRANSIT',
            trackingInfo: [{ company: 'DHL Express', number: '862714970940', url: 'https://www.dhl.com/track?id=862714970940' }],
            estimatedDeliveryAt: '2026-03-06T18:00:00Z',
            createdAt: '2026-03-03T10:00:00Z',
          },
        ],
        refunds: [],
        customer: { id: 'gid://shopify/Customer/1', displayName: 'Anna Kowalska' },
      },
    ]);
  });

  test.each([
    ['name:1002', ['#1002']],
    ['email:james@example.com', ['#1003']],
    ['customer_id:1', ['#1001', '#1002']],
    ['status:cancelled', ['#1003']],
    ['financial_status:refunded', ['#1003']],
    ['fulfillment_status:unshipped', ['#1002']],
    ["created_at:>='2026-03-01'", ['#1001', '#1002']],
  ])('orders query %s', async (query, expected) => {
    const { body } = await gql(api, 'query($q: String) { orders(first: 10, query: $q, sortKey: ORDER_NUMBER) { nodes { name } } }', {
      q: query,
    });
    expect(body.data.orders.nodes.map((n: { name: string }) => n.name)).toEqual(expected);
  });

  test('a refunded, cancelled order', async () => {
    const { body } = await gql(
      api,
      `{ order(id: "gid://shopify/Order/5003") { ${ORDER_FIELDS} currentTotalPriceSet { shopMoney { amount } } } }`,
    );
    expect(body.data.order).toMatchObject({
      name: '#1003',
      cancelledAt: '2026-02-21T09:00:00Z',
      cancelReason: 'CUSTOMER',
      displayFinancialStatus: 'REFUNDED',
      totalPriceSet: { shopMoney: { amount: '55.5', currencyCode: 'USD' } },
      totalRefundedSet: { shopMoney: { amount: '55.5' } },
      currentTotalPriceSet: { shopMoney: { amount: '0.0' } },
      refunds: [{ createdAt: '2026-02-21T09:00:00Z', totalRefundedSet: { shopMoney: { amount: '55.5' } } }],
      customer: { id: 'gid://shopify/Customer/2' },
    });
  });

  test('line items link to the store’s products and variants', async () => {
    const { body } = await gql(
      api,
      `{ order(id: "gid://shopify/Order/5001") { lineItems(first: 5) { nodes { name variant { id } product { handle } unfulfilledQuantity } } } }`,
    );
    expect(body.data.order.lineItems.nodes).toEqual([
      {
        name: 'Ocean Blue Shirt - S',
        variant: { id: 'gid://shopify/ProductVariant/10101' },
        product: { handle: 'ocean-blue-shirt' },
        unfulfilledQuantity: 0,
      },
      {
        name: 'Clay Plant Pot',
        variant: { id: 'gid://shopify/ProductVariant/10201' },
        product: { handle: 'clay-plant-pot' },
        unfulfilledQuantity: 1,
      },
    ]);
  });

  test('customer(id:) and customers(query:)', async () => {
    const { body } = await gql(
      api,
      `{ customer(id: "gid://shopify/Customer/1") { id firstName lastName displayName email phone locale
           defaultEmailAddress { emailAddress } numberOfOrders amountSpent { amount currencyCode }
           orders(first: 5) { nodes { name } } }
         byEmail: customers(first: 5, query: "email:james@example.com") { nodes { id displayName } }
         byName: customers(first: 5, query: "anna") { nodes { id } } }`,
    );
    expect(body.data.customer).toEqual({
      id: 'gid://shopify/Customer/1',
      firstName: 'Anna',
      lastName: 'Kowalska',
      displayName: 'Anna Kowalska',
      email: 'anna@example.pl',
      phone: '+48 601 234 567',
      locale: 'pl',
      defaultEmailAddress: { emailAddress: 'anna@example.pl' },
      numberOfOrders: '2',
      amountSpent: { amount: '139.96', currencyCode: 'USD' },
      orders: { nodes: [{ name: '#1001' }, { name: '#1002' }] },
    });
    expect(body.data.byEmail.nodes).toEqual([{ id: 'gid://shopify/Customer/2', displayName: 'James Carter' }]);
    expect(body.data.byName.nodes).toEqual([{ id: 'gid://shopify/Customer/1' }]);
  });
});
