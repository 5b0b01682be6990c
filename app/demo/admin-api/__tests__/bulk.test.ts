import readline from 'node:readline';
import { Readable } from 'node:stream';
import { createFakeAdminApi, type FakeAdminApi } from '../create-fake-admin-api';
import { BASE_URL, fixtureStore, gql, syntheticStore } from './helpers';

const RUN = `mutation Run($query: String!, $group: Boolean!) {
  bulkOperationRunQuery(query: $query, groupObjects: $group) {
    bulkOperation { id status }
    userErrors { field message code }
  }
}`;

const STATUS = `query Status($id: ID!) {
  bulkOperation(id: $id) { id status errorCode objectCount rootObjectCount fileSize url partialDataUrl createdAt completedAt }
}`;

const PRODUCTS_QUERY = `{
  products {
    edges {
      node {
        id
        handle
        options { name values }
        variants { edges { node { id sku selectedOptions { name value } } } }
        media { edges { node { ... on MediaImage { image { url altText } } } } }
        collections { edges { node { handle } } }
      }
    }
  }
}`;

type Line = Record<string, unknown> & { id?: string; __parentId?: string };

async function run(api: FakeAdminApi, query: string, group = true) {
  const { body } = await gql(api, RUN, { query, group });
  return body.data.bulkOperationRunQuery as {
    bulkOperation: { id: string; status: string } | null;
    userErrors: { field: string[] | null; message: string; code: string }[];
  };
}

/** Polls like a client would; returns every status seen and the final operation. */
async function pollUntilDone(api: FakeAdminApi, id: string) {
  const seen: string[] = [];
  for (;;) {
    const { body } = await gql(api, STATUS, { id });
    const op = body.data.bulkOperation;
    if (seen.at(-1) !== op.status) seen.push(op.status);
    if (!['CREATED', 'RUNNING', 'CANCELING'].includes(op.status)) return { seen, op };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function* download(api: FakeAdminApi, url: string): AsyncGenerator<string> {
  const response = await api.handle(new Request(url));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/jsonl');
  yield* readline.createInterface({ input: Readable.fromWeb(response.body as never), crlfDelay: Infinity });
}

async function lines(api: FakeAdminApi, url: string): Promise<{ raw: string[]; parsed: Line[] }> {
  const raw: string[] = [];
  for await (const line of download(api, url)) raw.push(line);
  return { raw, parsed: raw.map((l) => JSON.parse(l) as Line) };
}

describe('bulk operations over the fixture store', () => {
  let api: FakeAdminApi;
  beforeEach(() => {
    api = createFakeAdminApi({ store: fixtureStore(), baseUrl: BASE_URL, throttle: { maximumAvailable: 1_000_000 } });
  });
  afterEach(() => api.close());

  test('end to end, grouped: run, poll to COMPLETED, download, children right after their parent', async () => {
    const release = api.holdBulkOperations();
    const started = await run(api, PRODUCTS_QUERY, true);
    expect(started.userErrors).toEqual([]);
    expect(started.bulkOperation).toEqual({ id: 'gid://shopify/BulkOperation/1', status: 'CREATED' });
    expect((await gql(api, STATUS, { id: started.bulkOperation!.id })).body.data.bulkOperation.status).toBe('CREATED');
    release();

    const { op } = await pollUntilDone(api, started.bulkOperation!.id);
    expect(op).toMatchObject({
      status: 'COMPLETED',
      errorCode: null,
      url: `${BASE_URL}/bulk/1.jsonl`,
      partialDataUrl: null,
      rootObjectCount: '5',
    });
    expect(op.completedAt).not.toBeNull();

    const { raw, parsed } = await lines(api, op.url);
    expect(String(parsed.length)).toBe(op.objectCount);
    expect(String(raw.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0))).toBe(op.fileSize);
    // Shopify escapes slashes in its files.
    expect(raw[0]).toBe(
      '{"id":"gid:\\/\\/shopify\\/Product\\/101","handle":"ocean-blue-shirt","options":[{"name":"Size","values":["S","M"]}]}',
    );
    expect(parsed.slice(0, 7)).toEqual([
      { id: 'gid://shopify/Product/101', handle: 'ocean-blue-shirt', options: [{ name: 'Size', values: ['S', 'M'] }] },
      {
        id: 'gid://shopify/ProductVariant/10101',
        sku: 'OBS-S',
        selectedOptions: [{ name: 'Size', value: 'S' }],
        __parentId: 'gid://shopify/Product/101',
      },
      {
        id: 'gid://shopify/ProductVariant/10102',
        sku: 'OBS-M',
        selectedOptions: [{ name: 'Size', value: 'M' }],
        __parentId: 'gid://shopify/Product/101',
      },
      { image: { url: 'https://cdn.example/shirt-front.jpg', altText: 'Front' }, __parentId: 'gid://shopify/Product/101' },
      { image: { url: 'https://cdn.example/shirt-back.jpg', altText: null }, __parentId: 'gid://shopify/Product/101' },
      { handle: 'shirts', __parentId: 'gid://shopify/Product/101' },
      { handle: 'summer', __parentId: 'gid://shopify/Product/101' },
    ]);
    // Grouped: every child follows its parent with no other root line in between.
    let parent: string | undefined;
    for (const line of parsed) {
      if (line.__parentId === undefined) parent = line.id;
      else expect(line.__parentId).toBe(parent);
    }
    expect(parsed.filter((l) => !l.__parentId).map((l) => l.handle)).toEqual([
      'ocean-blue-shirt',
      'clay-plant-pot',
      'draft-lamp',
      'product-104',
      'product-105',
    ]);
  });

  test('ungrouped (the 2026-10 default): children come after their parents, not necessarily right after', async () => {
    const { bulkOperation } = await run(api, PRODUCTS_QUERY, false);
    const { op } = await pollUntilDone(api, bulkOperation!.id);
    const { parsed } = await lines(api, op.url);
    const seen = new Set<string>();
    for (const line of parsed) {
      if (line.__parentId) expect(seen.has(line.__parentId)).toBe(true);
      if (line.id) seen.add(line.id);
    }
    expect(parsed.slice(0, 5).every((l) => !l.__parentId)).toBe(true);
    expect(parsed.filter((l) => l.__parentId === 'gid://shopify/Product/101')).toHaveLength(6);
  });

  test('the mutation’s groupObjects argument defaults to false', async () => {
    const { body } = await gql(api, 'mutation($q: String!) { bulkOperationRunQuery(query: $q) { bulkOperation { id } } }', {
      q: PRODUCTS_QUERY,
    });
    const { op } = await pollUntilDone(api, body.data.bulkOperationRunQuery.bulkOperation.id);
    const { parsed } = await lines(api, op.url);
    expect(parsed[1].__parentId).toBeUndefined();
  });

  test('translations for several locales, aliased, as the catalog sync asks for them', async () => {
    const query = `{ translatableResources(resourceType: PRODUCT) { edges { node { resourceId
      t_pl: translations(locale: "pl") { key value } t_de: translations(locale: "de") { key value } } } } }`;
    const { bulkOperation, userErrors } = await run(api, query);
    expect(userErrors).toEqual([]);
    const { op } = await pollUntilDone(api, bulkOperation!.id);
    const { parsed } = await lines(api, op.url);
    expect(parsed).toHaveLength(5);
    expect(parsed[0]).toEqual({
      resourceId: 'gid://shopify/Product/101',
      t_pl: [
        { key: 'title', value: 'Niebieska koszula' },
        { key: 'body_html', value: '<p>Bawełniana koszula.</p>' },
        { key: 'product_type', value: 'Koszule' },
      ],
      t_de: [{ key: 'title', value: 'Blaues Hemd' }],
    });
  });

  test('orders with nested line items', async () => {
    const { bulkOperation } = await run(
      api,
      '{ orders(query: "customer_id:1") { edges { node { id name lineItems { edges { node { title quantity } } } } } } }',
    );
    const { op } = await pollUntilDone(api, bulkOperation!.id);
    const { parsed } = await lines(api, op.url);
    expect(parsed).toEqual([
      { id: 'gid://shopify/Order/5001', name: '#1001' },
      { title: 'Ocean Blue Shirt', quantity: 2, __parentId: 'gid://shopify/Order/5001' },
      { title: 'Clay Plant Pot', quantity: 1, __parentId: 'gid://shopify/Order/5001' },
      { id: 'gid://shopify/Order/5002', name: '#1002' },
      { title: 'Clay Plant Pot', quantity: 3, __parentId: 'gid://shopify/Order/5002' },
    ]);
    expect(op.rootObjectCount).toBe('2');
  });

  test.each([
    ['{ products { edges { node { id colour } } } }', /^Invalid bulk query: Cannot query field "colour" on type "Product"/],
    ['{ shop { name } }', /^Bulk queries must contain at least one connection\.$/],
    [
      '{ products { edges { node { handle variants { edges { node { id } } } } } } }',
      /nested connection must select the 'id' field.*'variants'/,
    ],
    [
      '{ products { edges { node { id variants { edges { node { id metafields { edges { node { id } } } } } } } } } }',
      /nesting depth greater than 2/,
    ],
    ['{ products { edges { node { id } } } ', /^Invalid bulk query: Syntax Error/],
  ])('refused with a userError: %s', async (query, message) => {
    const { bulkOperation, userErrors } = await run(api, query);
    expect(bulkOperation).toBeNull();
    expect(userErrors).toHaveLength(1);
    expect(userErrors[0]).toMatchObject({ field: ['query'], code: 'INVALID' });
    expect(userErrors[0].message).toMatch(message);
  });

  test('an operation with no results completes without a url, as on Shopify', async () => {
    const { bulkOperation } = await run(api, '{ products(query: "handle:no-such-product") { edges { node { id } } } }');
    const { op } = await pollUntilDone(api, bulkOperation!.id);
    expect(op).toMatchObject({ status: 'COMPLETED', objectCount: '0', rootObjectCount: '0', url: null, fileSize: null });
  });

  test('currentBulkOperation, node(id:) and bulkOperations(query:) describe the operation', async () => {
    const { bulkOperation } = await run(api, PRODUCTS_QUERY);
    await api.bulkOperationsSettled();
    const fields = 'id status errorCode objectCount rootObjectCount fileSize url partialDataUrl createdAt completedAt';
    const { body } = await gql(
      api,
      `query($id: ID!) { currentBulkOperation(type: QUERY) { ${fields} }
        node(id: $id) { ... on BulkOperation { ${fields} query type } }
        bulkOperations(first: 5, query: "status:completed") { nodes { id } } }`,
      { id: bulkOperation!.id },
    );
    expect(body.errors).toBeUndefined();
    const current = body.data.currentBulkOperation;
    expect(current).toMatchObject({ id: bulkOperation!.id, status: 'COMPLETED', url: `${BASE_URL}/bulk/1.jsonl`, rootObjectCount: '5' });
    expect(body.data.node).toMatchObject({ ...current, query: PRODUCTS_QUERY, type: 'QUERY' });
    expect(body.data.bulkOperations.nodes).toEqual([{ id: bulkOperation!.id }]);
  });

  test('bulkOperationCancel stops an operation', async () => {
    const release = api.holdBulkOperations();
    const { bulkOperation } = await run(api, PRODUCTS_QUERY);
    const { body } = await gql(
      api,
      'mutation($id: ID!) { bulkOperationCancel(id: $id) { bulkOperation { status } userErrors { message } } }',
      {
        id: bulkOperation!.id,
      },
    );
    expect(body.data.bulkOperationCancel).toEqual({ bulkOperation: { status: 'CANCELING' }, userErrors: [] });
    release();
    const { op } = await pollUntilDone(api, bulkOperation!.id);
    expect(op).toMatchObject({ status: 'CANCELED', url: null });
    expect((await api.handle(new Request(`${BASE_URL}/bulk/1.jsonl`))).status).toBe(404);
  });

  test('Shopify’s concurrency limit: five bulk queries at a time by default', async () => {
    const release = api.holdBulkOperations();
    for (let i = 0; i < 5; i++) expect((await run(api, PRODUCTS_QUERY)).userErrors).toEqual([]);
    const sixth = await run(api, PRODUCTS_QUERY);
    expect(sixth.bulkOperation).toBeNull();
    expect(sixth.userErrors).toEqual([
      { field: null, message: 'Bulk operations limit reached. Please try again later.', code: 'LIMIT_REACHED' },
    ]);
    release();
    await api.bulkOperationsSettled();
    expect((await run(api, PRODUCTS_QUERY)).userErrors).toEqual([]);
  });

  test('with a limit of one (API versions before 2026-01), a second gets OPERATION_IN_PROGRESS', async () => {
    const single = createFakeAdminApi({ store: fixtureStore(), baseUrl: BASE_URL, maxConcurrentBulkQueries: 1 });
    const release = single.holdBulkOperations();
    const first = await run(single, PRODUCTS_QUERY);
    const second = await run(single, PRODUCTS_QUERY);
    expect(second.userErrors).toEqual([
      {
        field: null,
        message: `A bulk query operation for this app and shop is already in progress: ${first.bulkOperation!.id}.`,
        code: 'OPERATION_IN_PROGRESS',
      },
    ]);
    release();
    await single.close();
  });

  test('an unknown result file is 404', async () => {
    expect((await api.handle(new Request(`${BASE_URL}/bulk/42.jsonl`))).status).toBe(404);
  });
});

test('20,000 products stream to a JSONL file page by page', async () => {
  const n = 20_000;
  const api = createFakeAdminApi({ store: syntheticStore(n), baseUrl: BASE_URL });
  const { bulkOperation, userErrors } = await run(
    api,
    '{ products { edges { node { id handle variants { edges { node { id sku price } } } } } } }',
    true,
  );
  expect(userErrors).toEqual([]);
  const { seen, op } = await pollUntilDone(api, bulkOperation!.id);
  expect(seen).toEqual(['CREATED', 'RUNNING', 'COMPLETED']);
  expect(op).toMatchObject({ rootObjectCount: String(n), objectCount: String(3 * n) });

  let count = 0;
  let roots = 0;
  let last: Line | undefined;
  for await (const line of download(api, op.url)) {
    count++;
    last = JSON.parse(line) as Line;
    if (!last.__parentId) roots++;
  }
  expect(count).toBe(3 * n);
  expect(roots).toBe(n);
  expect(last).toEqual({
    id: `gid://shopify/ProductVariant/${n * 10 + 1}`,
    sku: `SYN-${n}-L`,
    price: '11.00',
    __parentId: `gid://shopify/Product/${n}`,
  });
  await api.close();
});
