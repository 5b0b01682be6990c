import { createTestDb, type TestDb } from '../../../../test/helpers/db';
import { DEFAULT_SETTINGS } from '../../settings';
import { createTools, TOOL_NAMES } from '..';
import { toolContext } from './context';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.drop());

test('all eight tools are offered by default, each with an object JSON schema for the Messages API', () => {
  const tools = createTools(DEFAULT_SETTINGS);
  expect(tools.map((x) => x.name)).toEqual([...TOOL_NAMES]);
  for (const tool of tools) {
    expect(tool.description.length).toBeGreaterThan(40);
    expect(tool.jsonSchema).toMatchObject({ type: 'object', additionalProperties: false, properties: expect.any(Object) });
    expect(tool.jsonSchema).not.toHaveProperty('$schema');
  }
  const byName = new Map(tools.map((x) => [x.name, x.jsonSchema as { properties: Record<string, unknown>; required?: string[] }]));
  expect(byName.get('compare_products')!.properties.handles).toMatchObject({ type: 'array', minItems: 2, maxItems: 4 });
  expect(byName.get('search_products')!.required).toEqual(['query']);
  expect(byName.get('recommend_products')!.properties.kind).toMatchObject({ enum: ['similar', 'complements', 'for_customer'] });
  // No tool takes a customer id: who is logged in comes only from the signed request.
  for (const schema of byName.values()) expect(Object.keys(schema.properties).join(',')).not.toMatch(/customer/i);
});

test('capabilities the merchant switched off remove their tools', () => {
  const off = {
    ...DEFAULT_SETTINGS,
    capabilities: { orderStatus: false, recommendations: false, cartActions: false, handoff: false, discountMentions: false },
  };
  expect(createTools(off).map((x) => x.name)).toEqual(['search_products', 'product_details', 'compare_products', 'store_policies']);
  const noCart = { ...DEFAULT_SETTINGS, capabilities: { ...DEFAULT_SETTINGS.capabilities, cartActions: false } };
  expect(createTools(noCart).map((x) => x.name)).not.toContain('add_to_cart');
});

test('whatever a model sends, a bad input is answered with invalid_input, never thrown', async () => {
  const ctx = toolContext(t.db);
  const garbage: unknown[] = [
    null,
    undefined,
    'search',
    42,
    [],
    { query: 7 },
    { handles: ['one'] },
    { kind: 'everything' },
    { limit: 100, query: 'x' },
    { email: 'not-an-email', question: 'hi there' },
    { topic: 'weather' },
    { handle: '' },
    { orderNumber: 'x'.repeat(41) },
  ];
  for (const tool of createTools(DEFAULT_SETTINGS)) {
    for (const input of garbage) {
      const result = await tool.run(input, ctx);
      if (result.ok) continue; // e.g. order_status with {} asks for verification instead
      expect(typeof result.error).toBe('string');
      expect((result.data as { message: string }).message).toEqual(expect.any(String));
    }
  }
  const [search] = createTools(DEFAULT_SETTINGS);
  expect(await search.run({ query: 7 }, ctx)).toEqual({
    ok: false,
    error: 'invalid_input',
    data: { message: 'query: Expected string, received number' },
  });
  expect((await search.run({ query: 'x', minPrice: 50, maxPrice: 10 }, ctx)).error).toBe('invalid_input');
});
