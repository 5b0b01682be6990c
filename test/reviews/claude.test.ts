import Anthropic from '@anthropic-ai/sdk';
import { createTestDb, type TestDb } from '../helpers/db';
import { createReviewAnalyzer } from '~/reviews/analyze';
import { writeReviews, type NewReview } from '~/reviews/store/write-reviews';
import { createClaudeReviewAnalysis, CLAUDE_ANALYSIS_VERSION } from '~/reviews/claude/batch-analysis';
import { reviewSummaryFor } from '~/reviews/summary/store';
import { startFakeBatches, type FakeBatches } from './fake-batches';
import { SHOP, seedProducts } from './helpers';

let t: TestDb;
let fake: FakeBatches;
// The fake "model": a zipper complaint quoted verbatim, plus one paraphrased quote that must be dropped.
const answer = (user: string) =>
  user.includes('zipper')
    ? JSON.stringify({ aspects: [{ aspect: 'zipper', sentiment: 'negative', quote: 'the zipper broke' }, { aspect: 'quality', sentiment: 'negative', quote: 'bad build overall' }] })
    : 'Here you go: {"aspects": [{"aspect": "quality", "sentiment": "positive", "quote": "lovely fabric"}]}';

beforeEach(async () => {
  t = await createTestDb();
  await seedProducts(t.db);
  fake = await startFakeBatches(answer);
});
afterEach(async () => {
  await fake.close();
  await t.drop();
});

const analyze = createReviewAnalyzer();
const review = (i: number, body: string, productId = 'gid://shopify/Product/1001'): NewReview => ({
  source: 'api', productId, productHandle: 'x', rating: 2, title: '', body, reviewerName: `C${i}`, reviewerEmail: `c${i}@example.com`, published: true,
  reviewedAt: new Date(Date.UTC(2026, 4, 1 + i)),
});
const client = () => new Anthropic({ apiKey: 'sk-test', baseURL: fake.url, maxRetries: 0 });

it('sends many reviews as one Message Batch, keeps grounded quotes only, and never pays twice', async () => {
  const bodies = Array.from({ length: 6 }, (_, i) => (i % 2 ? `Sadly the zipper broke after ${i} days.` : `Such lovely fabric, number ${i}.`));
  await writeReviews(t.db, SHOP, analyze, bodies.map((b, i) => review(i, b)));
  const run = createClaudeReviewAnalysis({ db: t.db, client: client(), model: 'claude-test', batchFrom: 3, pollIntervalMs: 1 });
  const first = await run(SHOP);
  expect(first).toMatchObject({ reviews: 6, viaBatch: 6, viaMessages: 0, fromCache: 0, failed: 0 });
  expect(fake.batches).toHaveLength(1);
  expect(fake.batches[0].requests).toHaveLength(6);
  expect(fake.batches[0].requests[0].params.messages[0].content).toContain('<<<');

  const zipper = await t.db.review.findFirstOrThrow({ where: { body: { contains: 'zipper broke after 1' } } });
  expect(zipper.analysisVersion).toBe(CLAUDE_ANALYSIS_VERSION);
  expect(JSON.parse(zipper.aspects)).toEqual([{ aspect: 'zipper', sentiment: 'negative', score: expect.any(Number), quote: 'the zipper broke' }]);
  const summary = await reviewSummaryFor(t.db, SHOP, 'x', 'en');
  expect(summary?.cons).toEqual([{ aspect: 'zipper', count: 3, quotes: expect.any(Array) }]);

  // Analysed reviews are not sent again; the same words under another product come from the cache.
  expect(await run(SHOP)).toMatchObject({ reviews: 0 });
  await writeReviews(t.db, SHOP, analyze, [review(10, bodies[1], 'gid://shopify/Product/1002')]);
  expect(await run(SHOP)).toMatchObject({ reviews: 1, fromCache: 1, viaBatch: 0, viaMessages: 0 });
  expect(fake.batches).toHaveLength(1);
  expect(fake.messageCalls).toBe(0);
  expect(await t.db.reviewAnalysisCache.count()).toBe(6);
});

it('uses single calls below the batch threshold', async () => {
  await writeReviews(t.db, SHOP, analyze, [review(1, 'Lovely fabric and colour.'), review(2, 'The zipper broke on day one.')]);
  const run = createClaudeReviewAnalysis({ db: t.db, client: client(), model: 'claude-test', batchFrom: 50 });
  expect(await run(SHOP)).toMatchObject({ reviews: 2, viaMessages: 2, viaBatch: 0 });
  expect(fake.messageCalls).toBe(2);
  expect(fake.batches).toHaveLength(0);
});
