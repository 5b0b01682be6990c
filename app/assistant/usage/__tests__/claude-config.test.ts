import crypto from 'node:crypto';
import { createTestDb, type TestDb } from '../../../../test/helpers/db';
import { resolveClaudeConfig } from '../claude-config.server';
import { encryptSecret } from '../secret-box';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.drop());

const encKey = crypto.randomBytes(32);
const env = {
  ANTHROPIC_API_KEY: 'sk-operator',
  AISLE_ENCRYPTION_KEY: encKey.toString('hex'),
  AISLE_CLAUDE_MODELS: 'claude-haiku-4-5, claude-sonnet-5-5',
};

test('no key anywhere: null (the local engine answers)', async () => {
  expect(await resolveClaudeConfig(t.db, 'none.myshopify.com', {})).toBeNull();
});

test("the operator's key and default model serve a shop without settings", async () => {
  expect(await resolveClaudeConfig(t.db, 'plain.myshopify.com', env)).toEqual({
    apiKey: 'sk-operator',
    model: 'claude-sonnet-5-5',
    keySource: 'operator',
  });
  expect(await resolveClaudeConfig(t.db, 'plain.myshopify.com', { ...env, AISLE_CLAUDE_MODEL: 'claude-opus-5-5' })).toMatchObject({
    model: 'claude-opus-5-5',
  });
});

test("a shop's own sealed key takes precedence; its model override applies only if allowed", async () => {
  const shop = 'own-key.myshopify.com';
  await t.db.shopSettings.create({ data: { shop, anthropicKey: encryptSecret('sk-shop', encKey, shop), model: 'claude-haiku-4-5' } });
  expect(await resolveClaudeConfig(t.db, shop, env)).toEqual({ apiKey: 'sk-shop', model: 'claude-haiku-4-5', keySource: 'shop' });
  expect(await resolveClaudeConfig(t.db, shop, { ...env, AISLE_CLAUDE_MODELS: 'claude-sonnet-5-5' })).toMatchObject({
    model: 'claude-sonnet-5-5',
  });
});

test("a shop key that can't be opened falls back to the operator's key", async () => {
  const shop = 'moved-key.myshopify.com';
  // Sealed for another shop: the AAD check refuses it here.
  await t.db.shopSettings.create({ data: { shop, anthropicKey: encryptSecret('sk-stolen', encKey, 'other.myshopify.com') } });
  expect(await resolveClaudeConfig(t.db, shop, env)).toMatchObject({ apiKey: 'sk-operator', keySource: 'operator' });
  expect(
    await resolveClaudeConfig(t.db, shop, { ANTHROPIC_API_KEY: undefined, AISLE_ENCRYPTION_KEY: env.AISLE_ENCRYPTION_KEY }),
  ).toBeNull();
});
