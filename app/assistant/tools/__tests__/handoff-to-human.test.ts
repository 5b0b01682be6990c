import { createTestDb, type TestDb } from '../../../../test/helpers/db';
import { handoffToHuman, MAX_HANDOFFS_PER_CONVERSATION } from '../handoff-to-human';
import { dataOf, DEMO_SHOP, OTHER_SHOP, toolContext } from './context';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.drop());

test('stores the question for the merchant and marks the conversation handed off', async () => {
  const conversation = await t.db.conversation.create({ data: { id: 'conv-handoff-1', shop: DEMO_SHOP } });
  const ctx = toolContext(t.db, { shopper: { conversationId: conversation.id } });
  const result = await handoffToHuman.run(
    { email: ' Anna.Kowalska@Example.pl ', question: 'Can you engrave the bangle before shipping?' },
    ctx,
  );
  expect(result.ok).toBe(true);
  expect(dataOf(result)).toMatchObject({ handedOff: true, replyTo: 'a***@example.pl', reference: expect.stringMatching(/^[A-Z0-9]{8}$/) });
  const rows = await t.db.handoff.findMany({ where: { shop: DEMO_SHOP } });
  expect(rows).toMatchObject([
    {
      conversationId: conversation.id,
      email: 'anna.kowalska@example.pl',
      question: 'Can you engrave the bangle before shipping?',
      status: 'open',
    },
  ]);
  expect(await t.db.conversation.findUnique({ where: { id: conversation.id } })).toMatchObject({
    email: 'anna.kowalska@example.pl',
    outcome: 'handed_off',
  });
  // Asked twice: one row.
  await handoffToHuman.run({ email: 'anna.kowalska@example.pl', question: 'Can you engrave the bangle before shipping?' }, ctx);
  expect(await t.db.handoff.count({ where: { conversationId: conversation.id } })).toBe(1);
});

test('a bad e-mail is refused, and a conversation can only fill the inbox so far', async () => {
  const ctx = toolContext(t.db, { shopper: { conversationId: 'conv-handoff-2' } });
  expect((await handoffToHuman.run({ email: 'anna at example', question: 'Help me please' }, ctx)).error).toBe('invalid_input');
  for (let i = 0; i < MAX_HANDOFFS_PER_CONVERSATION; i++)
    expect((await handoffToHuman.run({ email: 'a@example.com', question: `Question ${i}` }, ctx)).ok).toBe(true);
  expect((await handoffToHuman.run({ email: 'a@example.com', question: 'One more' }, ctx)).error).toBe('limit_reached');
});

test('a conversation of another shop is not touched', async () => {
  await t.db.conversation.create({ data: { id: 'conv-handoff-3', shop: OTHER_SHOP } });
  await handoffToHuman.run(
    { email: 'x@example.com', question: 'Where is my parcel?' },
    toolContext(t.db, { shopper: { conversationId: 'conv-handoff-3' } }),
  );
  expect(await t.db.conversation.findUnique({ where: { id: 'conv-handoff-3' } })).toMatchObject({ email: null, outcome: null });
  expect(await t.db.handoff.findFirst({ where: { conversationId: 'conv-handoff-3' } })).toMatchObject({ shop: DEMO_SHOP });
});
