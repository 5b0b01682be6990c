import { createTestDb, type TestDb } from '../../../../test/helpers/db';
import type { Usage } from '../../types';
import { capStatus, monthToDateCost, operatorCapFromEnv, recordUsage } from '../metering.server';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.drop());

const usage = (costUsd: number): Usage => ({
  model: 'claude-sonnet-5-5',
  inputTokens: 1000,
  outputTokens: 200,
  cacheReadTokens: 3000,
  cacheWriteTokens: 500,
  costUsd,
});
const now = new Date('2026-11-25T12:00:00Z');

async function spend(shop: string, costUsd: number, at: Date) {
  const row = await recordUsage(t.db, shop, 'conv_1', usage(costUsd), 'ok');
  await t.db.usageRecord.update({ where: { id: row.id }, data: { createdAt: at } });
}

test('recordUsage stores the tokens, cost and outcome', async () => {
  const row = await recordUsage(t.db, 'rec.myshopify.com', null, usage(0.0123), 'fallback');
  expect(row).toMatchObject({
    shop: 'rec.myshopify.com',
    conversationId: null,
    model: 'claude-sonnet-5-5',
    inputTokens: 1000,
    outputTokens: 200,
    cacheReadTokens: 3000,
    cacheWriteTokens: 500,
    costUsd: 0.0123,
    outcome: 'fallback',
  });
  expect(await t.db.usageRecord.count({ where: { shop: 'rec.myshopify.com' } })).toBe(1);
});

test('month-to-date cost sums this UTC month only, for this shop only', async () => {
  const shop = 'mtd.myshopify.com';
  await spend(shop, 1.5, new Date('2026-11-01T00:00:00Z'));
  await spend(shop, 2.25, new Date('2026-11-24T23:59:00Z'));
  await spend(shop, 9, new Date('2026-10-31T23:59:59Z')); // last month
  await spend('other.myshopify.com', 100, new Date('2026-11-10T00:00:00Z'));
  expect(await monthToDateCost(t.db, shop, now)).toBeCloseTo(3.75, 10);
  expect(await monthToDateCost(t.db, shop, new Date('2026-10-15T00:00:00Z'))).toBeCloseTo(9, 10);
  expect(await monthToDateCost(t.db, 'nobody.myshopify.com', now)).toBe(0);
});

test('cap status: under, near (>= 80%) and over the lower of the two caps', async () => {
  const shop = 'caps.myshopify.com';
  await spend(shop, 7, new Date('2026-11-05T00:00:00Z'));
  expect(await capStatus(t.db, shop, { operatorCapUsd: 20, merchantCapUsd: null }, now)).toEqual({
    allowed: true,
    spentUsd: 7,
    capUsd: 20,
    nearCap: false,
  });

  await spend(shop, 1, new Date('2026-11-06T00:00:00Z'));
  // Merchant's 10 is lower than the operator's 20: 8 of 10 is near the cap.
  expect(await capStatus(t.db, shop, { operatorCapUsd: 20, merchantCapUsd: 10 }, now)).toEqual({
    allowed: true,
    spentUsd: 8,
    capUsd: 10,
    nearCap: true,
  });

  await spend(shop, 2, new Date('2026-11-07T00:00:00Z'));
  expect(await capStatus(t.db, shop, { operatorCapUsd: 20, merchantCapUsd: 10 }, now)).toEqual({
    allowed: false,
    spentUsd: 10,
    capUsd: 10,
    nearCap: true,
  });
  // Next month starts from zero.
  expect(await capStatus(t.db, shop, { operatorCapUsd: 20, merchantCapUsd: 10 }, new Date('2026-12-01T00:00:00Z'))).toMatchObject({
    allowed: true,
    spentUsd: 0,
  });
});

test("the merchant's cap is read from ShopSettings when not given; no caps means no limit", async () => {
  const shop = 'settings-cap.myshopify.com';
  await spend(shop, 4, new Date('2026-11-02T00:00:00Z'));
  expect(await capStatus(t.db, shop, { operatorCapUsd: null }, now)).toEqual({ allowed: true, spentUsd: 4, capUsd: null, nearCap: false });
  await t.db.shopSettings.create({ data: { shop, monthlyCapUsd: 4 } });
  expect(await capStatus(t.db, shop, { operatorCapUsd: 50 }, now)).toEqual({ allowed: false, spentUsd: 4, capUsd: 4, nearCap: true });
  // A cap of zero switches model calls off.
  expect(await capStatus(t.db, 'fresh.myshopify.com', { operatorCapUsd: 0, merchantCapUsd: null }, now)).toMatchObject({
    allowed: false,
    capUsd: 0,
  });
});

test('operator cap from the environment', () => {
  expect(operatorCapFromEnv({ AISLE_MONTHLY_CAP_USD: '25.5' })).toBe(25.5);
  expect(operatorCapFromEnv({})).toBeNull();
  expect(operatorCapFromEnv({ AISLE_MONTHLY_CAP_USD: 'lots' })).toBeNull();
});
