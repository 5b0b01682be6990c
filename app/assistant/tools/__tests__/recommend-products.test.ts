import { createTestDb, type TestDb } from '../../../../test/helpers/db';
import { countOrdersFromAdmin } from '~/recommendations';
import { demoStore, fakeAdmin, graphqlFor } from '~/orders/__tests__/helpers';
import type { FakeAdminApi } from '~/demo/admin-api';
import { recommendProducts } from '../recommend-products';
import { dataOf, DEMO_SHOP, seedCatalogs, toolContext } from './context';

let t: TestDb;
let fake: FakeAdminApi;
beforeAll(async () => {
  t = await createTestDb();
  await seedCatalogs(t.db);
  fake = fakeAdmin(await demoStore());
  await countOrdersFromAdmin(t.db, DEMO_SHOP, graphqlFor(fake));
});
afterAll(async () => {
  await fake.close();
  await t.drop();
});

test('complements come as cards, with the basis the model should mention', async () => {
  const result = await recommendProducts.run(
    { kind: 'complements', handle: 'olive-green-jacket' },
    toolContext(t.db, { shopper: { language: 'pl' } }),
  );
  expect(dataOf(result)).toMatchObject({ kind: 'complements', basis: 'bought_together', for: 'olive-green-jacket' });
  expect(result.products!.map((p) => p.handle).sort()).toEqual(['black-bean-bag', 'classic-leather-jacket']);
  expect(
    dataOf(result)
      .products.map((p: { title: string }) => p.title)
      .sort(),
  ).toEqual(['Czarna pufa sako', 'Klasyczna skórzana kurtka']);
});

test('similar needs a known product of this shop', async () => {
  const result = await recommendProducts.run({ kind: 'similar', handle: 'vanilla-candle', limit: 3 }, toolContext(t.db));
  expect(result.products).toHaveLength(3);
  expect(await recommendProducts.run({ kind: 'similar' }, toolContext(t.db))).toMatchObject({ ok: false, error: 'invalid_input' });
  expect((await recommendProducts.run({ kind: 'similar', handle: 'merino-sweater' }, toolContext(t.db))).error).toBe('not_found');
});

test("for_customer reads the signed-in shopper's purchases (and only theirs); guests are told to sign in", async () => {
  const asked: string[] = [];
  const ctx = toolContext(t.db, { shopper: { customerId: '1002' }, graphql: graphqlFor(fake) });
  const adminGraphql = ctx.services.adminGraphql;
  ctx.services.adminGraphql = (shop) => {
    asked.push(shop);
    return adminGraphql(shop);
  };
  const result = await recommendProducts.run({ kind: 'for_customer', limit: 3 }, ctx);
  expect(dataOf(result)).toMatchObject({ basis: 'your_orders' });
  expect(result.products!.map((p) => p.handle)).toEqual(expect.arrayContaining(['chain-bracelet', 'silk-summer-top']));
  expect(result.products!.map((p) => p.handle)).not.toContain('olive-green-jacket');
  expect(asked).toEqual([DEMO_SHOP]);
  // An id in the input is not a login.
  expect(await recommendProducts.run({ kind: 'for_customer', customerId: '1002' }, toolContext(t.db))).toMatchObject({
    ok: false,
    error: 'login_required',
  });
});
