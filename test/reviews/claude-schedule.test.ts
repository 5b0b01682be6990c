import Anthropic from '@anthropic-ai/sdk';
import { createTestDb, type TestDb } from '../helpers/db';
import { createReviewAnalyzer } from '~/reviews/analyze';
import { writeReviews, type NewReview } from '~/reviews/store/write-reviews';
import { CLAUDE_ANALYSIS_VERSION, requestCostCeilingUsd } from '~/reviews/claude/batch-analysis';
import { CLAUDE_LEASE_MS, createClaudeReviewSchedule, type ClaudeScheduleOptions } from '~/reviews/claude/schedule';
import { encryptSecret, parseEncryptionKey } from '~/assistant/usage/secret-box';
import { monthToDateCost } from '~/assistant/usage/metering.server';
import { startFakeBatches, type FakeBatches } from './fake-batches';
import { SHOP, seedProducts } from './helpers';

const MODEL = 'claude-haiku-4-5'; // $1 in, $5 out per million tokens; the fake bills 10 + 10 per request
const PER_CALL = (10 * 1 + 10 * 5) / 1e6;
const HOUR = 3600_000;
const ENV = { ANTHROPIC_API_KEY: 'sk-operator', AISLE_CLAUDE_MODEL: MODEL };

let t: TestDb;
let fake: FakeBatches;
let clock: Date;
const answer = (user: string) =>
  JSON.stringify({ aspects: user.includes('zipper') ? [{ aspect: 'zipper', sentiment: 'negative', quote: 'zipper broke' }] : [] });

beforeEach(async () => {
  t = await createTestDb();
  await seedProducts(t.db);
  fake = await startFakeBatches(answer);
  clock = new Date();
});
afterEach(async () => {
  await fake.close();
  await t.drop();
});

const analyze = createReviewAnalyzer();
let n = 0;
async function addReviews(count: number, body = 'The zipper broke after a week.'): Promise<void> {
  const reviews: NewReview[] = Array.from({ length: count }, () => {
    n++;
    return {
      source: 'api',
      productId: 'gid://shopify/Product/1001',
      productHandle: 'ocean-blue-shirt',
      rating: 2,
      title: '',
      body: `${body} (${n})`,
      reviewerName: `C${n}`,
      reviewerEmail: `c${n}@example.com`,
      published: true,
      reviewedAt: new Date(Date.UTC(2026, 4, 1) + n * 60_000),
    };
  });
  await writeReviews(t.db, SHOP, analyze, reviews);
}

const schedule = (extra: Partial<ClaudeScheduleOptions> = {}) =>
  createClaudeReviewSchedule({
    db: t.db,
    env: ENV,
    clientFor: (config) => new Anthropic({ apiKey: config.apiKey, baseURL: fake.url, maxRetries: 0 }),
    now: () => clock,
    soonAfter: 5,
    batchFrom: 5,
    ...extra,
  });
const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
const pending = () => t.db.review.count({ where: { shop: SHOP, analysisVersion: { lt: CLAUDE_ANALYSIS_VERSION } } });
const usage = () => t.db.usageRecord.findMany({ where: { shop: SHOP }, orderBy: { inputTokens: 'asc' } });

it('analyses a shop with waiting reviews once, then again a day later or an hour after an import', async () => {
  const sweep = schedule();
  await addReviews(3);
  expect(await sweep()).toEqual([{ shop: SHOP, outcome: 'ran', sent: 3, fromCache: 0, failed: 0, deferred: 0, batchId: null }]);
  expect(fake.messageCalls).toBe(3);
  expect(await pending()).toBe(0);
  // Nothing waiting: the shop is not even looked at twice.
  expect(await sweep()).toEqual([]);

  // A couple of new reviews wait for the nightly pass…
  await addReviews(2);
  advance(HOUR / 2);
  expect(await sweep()).toEqual([{ shop: SHOP, outcome: 'not_due' }]);
  // …unless an import brings at least `soonAfter`: then an hour after the last pass, as one batch.
  await addReviews(4);
  expect(await sweep()).toEqual([{ shop: SHOP, outcome: 'not_due' }]);
  advance(HOUR / 2);
  expect(await sweep()).toMatchObject([{ outcome: 'ran', sent: 6, batchId: 'msgbatch_1' }]);
  expect(fake.batches[0].requests).toHaveLength(6);

  // The batch is polled every few minutes; nothing else is sent while it runs.
  expect(await sweep()).toEqual([{ shop: SHOP, outcome: 'not_due' }]);
  advance(5 * 60_000);
  expect(await sweep()).toEqual([{ shop: SHOP, outcome: 'batch_waiting' }]);
  advance(5 * 60_000);
  expect(await sweep()).toEqual([{ shop: SHOP, outcome: 'batch_read', answered: 6, unanswered: 0 }]);
  expect(await pending()).toBe(0);
  expect(fake.messageCalls).toBe(3);

  // A day after the last pass, the few reviews that came since go too.
  await addReviews(1);
  advance(23 * HOUR);
  expect(await sweep()).toEqual([{ shop: SHOP, outcome: 'not_due' }]);
  advance(HOUR);
  expect(await sweep()).toMatchObject([{ outcome: 'ran', sent: 1 }]);
});

it("the operator's AISLE_REVIEW_CLAUDE=off keeps reviews on the local analysis", async () => {
  await addReviews(3);
  expect(await schedule({ env: { ...ENV, AISLE_REVIEW_CLAUDE: 'off' } })()).toEqual([]);
  expect(fake.messageCalls).toBe(0);
  expect(await pending()).toBe(3);
});

it('meters the spend like a Claude turn, batches at half price, and skips a shop over its cap', async () => {
  const sweep = schedule();
  await addReviews(2);
  await sweep();
  await addReviews(6);
  advance(HOUR);
  await sweep();
  advance(5 * 60_000);
  await sweep();
  advance(5 * 60_000);
  expect(await sweep()).toMatchObject([{ outcome: 'batch_read', answered: 6 }]);

  const rows = await usage();
  expect(
    rows.map((r) => ({
      conversationId: r.conversationId,
      model: r.model,
      inputTokens: r.inputTokens,
      outputTokens: r.outputTokens,
      outcome: r.outcome,
    })),
  ).toEqual([
    { conversationId: null, model: MODEL, inputTokens: 20, outputTokens: 20, outcome: 'ok' },
    { conversationId: null, model: MODEL, inputTokens: 60, outputTokens: 60, outcome: 'ok' },
  ]);
  expect(rows[0].costUsd).toBeCloseTo(2 * PER_CALL, 12);
  expect(rows[1].costUsd).toBeCloseTo(6 * PER_CALL * 0.5, 12);
  expect(await monthToDateCost(t.db, SHOP)).toBeCloseTo(5 * PER_CALL, 12);

  // At 80% of the merchant's cap, review analysis stops (the rest is for shoppers' conversations).
  await addReviews(3);
  advance(25 * HOUR);
  await t.db.shopSettings.create({ data: { shop: SHOP, monthlyCapUsd: 1 } });
  await t.db.usageRecord.create({ data: { shop: SHOP, conversationId: 'c1', model: MODEL, costUsd: 0.8, createdAt: clock } });
  expect(await sweep()).toEqual([{ shop: SHOP, outcome: 'over_cap' }]);
  expect(fake.messageCalls).toBe(2);
  expect(await pending()).toBe(3);
});

it('sends only what the room left under the cap can pay for, by the ceiling estimate', async () => {
  const sweep = schedule({ batchFrom: 50 });
  await addReviews(4);
  const review = await t.db.review.findFirstOrThrow({ where: { shop: SHOP } });
  // Room (80% of the cap) for two and a half ceilings at the single-call price: two are sent.
  const ceiling = requestCostCeilingUsd(MODEL, review, false);
  await t.db.shopSettings.create({ data: { shop: SHOP, monthlyCapUsd: (2.5 * ceiling) / 0.8 } });
  expect(await sweep()).toMatchObject([{ outcome: 'ran', sent: 2, deferred: 2, failed: 0 }]);
  expect(fake.messageCalls).toBe(2);
  expect(await pending()).toBe(2);
});

it('leaves a shop to the instance holding its lease, takes it over when the lease goes stale, and never runs it twice at once', async () => {
  await addReviews(3);
  await t.db.reviewClaudeSchedule.create({ data: { shop: SHOP, status: 'running', updatedAt: clock } });
  expect(await schedule()()).toEqual([{ shop: SHOP, outcome: 'leased' }]);
  expect(fake.messageCalls).toBe(0);
  advance(CLAUDE_LEASE_MS + 1);
  expect(await schedule()()).toMatchObject([{ outcome: 'ran', sent: 3 }]);

  // Two instances sweeping at the same moment: one pass (the other finds the lease taken, or the work done).
  await addReviews(2);
  advance(25 * HOUR);
  const outcomes = (await Promise.all([schedule()(), schedule()()])).flat().map((o) => o.outcome);
  expect(outcomes.filter((o) => o === 'ran')).toHaveLength(1);
  expect(fake.messageCalls).toBe(5);
});

it('keeps reviews pending through an outage or an expired batch, and retries them sooner', async () => {
  const sweep = schedule();
  await addReviews(2);
  fake.failing = true;
  expect(await sweep()).toMatchObject([{ outcome: 'ran', sent: 2, failed: 2 }]);
  expect(await pending()).toBe(2);
  expect(await usage()).toEqual([]);
  expect(await t.db.reviewClaudeSchedule.findUniqueOrThrow({ where: { shop: SHOP } })).toMatchObject({ failures: 1, status: 'idle' });

  // A batch that can't be created: the pass fails, nothing is lost, the delay doubles.
  await addReviews(4);
  advance(15 * 60_000);
  expect(await sweep()).toMatchObject([{ outcome: 'failed' }]);
  expect(await t.db.reviewClaudeSchedule.findUniqueOrThrow({ where: { shop: SHOP } })).toMatchObject({ failures: 2, batchId: null });
  fake.failing = false;
  advance(30 * 60_000 - 1);
  expect(await sweep()).toEqual([{ shop: SHOP, outcome: 'not_due' }]);

  // The batch goes, but expires unprocessed: its reviews stay pending and go again at the retry.
  advance(1);
  fake.expiring = true;
  expect(await sweep()).toMatchObject([{ outcome: 'ran', sent: 6, batchId: 'msgbatch_1' }]);
  advance(5 * 60_000);
  await sweep();
  advance(5 * 60_000);
  expect(await sweep()).toEqual([{ shop: SHOP, outcome: 'batch_read', answered: 0, unanswered: 6 }]);
  expect(await pending()).toBe(6);
  fake.expiring = false;
  advance(60 * 60_000);
  expect(await sweep()).toMatchObject([{ outcome: 'ran', sent: 6, batchId: 'msgbatch_2' }]);
  advance(5 * 60_000);
  await sweep();
  advance(5 * 60_000);
  expect(await sweep()).toMatchObject([{ outcome: 'batch_read', answered: 6 }]);
  expect(await pending()).toBe(0);
  expect(await t.db.reviewClaudeSchedule.findUniqueOrThrow({ where: { shop: SHOP } })).toMatchObject({ failures: 0, error: null });
});

it('gives up a batch the key can no longer see', async () => {
  await addReviews(2);
  await t.db.reviewClaudeSchedule.create({
    data: { shop: SHOP, batchId: 'msgbatch_gone', batchModel: MODEL, lastRunAt: clock, updatedAt: clock },
  });
  advance(5 * 60_000);
  expect(await schedule()()).toMatchObject([{ outcome: 'failed' }]);
  expect(await t.db.reviewClaudeSchedule.findUniqueOrThrow({ where: { shop: SHOP } })).toMatchObject({ batchId: null, failures: 1 });
  advance(15 * 60_000);
  expect(await schedule()()).toMatchObject([{ outcome: 'ran', sent: 2 }]);
});

it("uses the shop's own key, and stops when the merchant removes it", async () => {
  const secret = Buffer.alloc(32, 7).toString('base64');
  const env = { AISLE_ENCRYPTION_KEY: secret, AISLE_CLAUDE_MODEL: MODEL };
  const keys: string[] = [];
  const sweep = schedule({
    env,
    clientFor: (config) => {
      keys.push(config.apiKey);
      return new Anthropic({ apiKey: config.apiKey, baseURL: fake.url, maxRetries: 0 });
    },
  });
  await addReviews(2);
  // No key at all: nothing happens.
  expect(await sweep()).toEqual([]);
  const sealed = encryptSecret('sk-shop-own', parseEncryptionKey(secret), SHOP);
  await t.db.shopSettings.create({ data: { shop: SHOP, anthropicKey: sealed } });
  expect(await sweep()).toMatchObject([{ outcome: 'ran', sent: 2 }]);
  expect(keys).toEqual(['sk-shop-own']);

  await t.db.shopSettings.update({ where: { shop: SHOP }, data: { anthropicKey: null } });
  await addReviews(6);
  advance(25 * HOUR);
  expect(await sweep()).toEqual([]);
  expect(fake.messageCalls).toBe(2);
  expect(await pending()).toBe(6);
});
