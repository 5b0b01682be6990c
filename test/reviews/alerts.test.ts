import { createTestDb, type TestDb } from '../helpers/db';
import { createReviewAnalyzer } from '~/reviews/analyze';
import { writeReviews, type NewReview } from '~/reviews/store/write-reviews';
import { detectSpikes, isSpike } from '~/reviews/alerts/spikes';
import { emailNewAlerts } from '~/reviews/alerts/email';
import { SHOP, seedProducts } from './helpers';

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
  await seedProducts(t.db);
});
afterEach(() => t.drop());

const analyze = createReviewAnalyzer();
const DAY = 24 * 3600_000;
const NOW = new Date(Date.UTC(2026, 5, 30, 12));
const review = (i: number, productId: string, body: string, daysAgo: number, email = `c${i}@example.com`): NewReview => ({
  source: 'api', productId, productHandle: productId === 'gid://shopify/Product/1001' ? 'ocean-blue-shirt' : 'clay-plant-pot', rating: null, title: '',
  body, reviewerName: `C${i}`, reviewerEmail: email, published: true, reviewedAt: new Date(NOW.getTime() - daysAgo * DAY),
});

it('decides a spike from recent and usual negative shares', () => {
  expect(isSpike({ reviews: 6, negative: 3 }, { reviews: 40, negative: 4 })).toBe(true);
  expect(isSpike({ reviews: 4, negative: 4 }, { reviews: 40, negative: 0 })).toBe(false);
  expect(isSpike({ reviews: 10, negative: 5 }, { reviews: 40, negative: 16 })).toBe(false);
  expect(isSpike({ reviews: 5, negative: 3 }, { reviews: 0, negative: 0 })).toBe(true);
});

it('raises one alert when a product turns negative, and e-mails it once', async () => {
  const shirt = 'gid://shopify/Product/1001';
  const usual = Array.from({ length: 30 }, (_, i) => review(i, shirt, `Lovely shirt, great fit, number ${i}.`, 20 + i * 2));
  const recent = Array.from({ length: 6 }, (_, i) => review(100 + i, shirt, `The seams ripped after one wash, terrible quality (${i}).`, 1 + i));
  const steady = Array.from({ length: 8 }, (_, i) => review(200 + i, 'gid://shopify/Product/1002', `Nice pot ${i}, great colour.`, 1 + i));
  await writeReviews(t.db, SHOP, analyze, [...usual, ...recent, ...steady]);
  const ids = await detectSpikes(t.db, SHOP, [shirt, 'gid://shopify/Product/1002'], NOW);
  expect(ids).toHaveLength(1);
  const alert = await t.db.reviewAlert.findUniqueOrThrow({ where: { id: ids[0] } });
  expect(alert.handle).toBe('ocean-blue-shirt');
  expect(JSON.parse(alert.details)).toMatchObject({ recentNegativeShare: 1, baselineNegativeShare: 0, recentReviews: 6, windowDays: 14 });
  expect(await detectSpikes(t.db, SHOP, [shirt], NOW)).toEqual([]);

  const sent: { to?: string; subject?: string; text?: string }[] = [];
  const transport = { sendMail: async (m: (typeof sent)[number]) => (sent.push(m), {}) };
  expect(await emailNewAlerts(t.db, SHOP, ids, transport)).toBe(false); // no address set yet
  await t.db.reviewSettings.create({ data: { shop: SHOP, alertEmail: 'owner@example.com' } });
  expect(await emailNewAlerts(t.db, SHOP, ids, transport)).toBe(true);
  expect(await emailNewAlerts(t.db, SHOP, ids, transport)).toBe(false);
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({ to: 'owner@example.com', subject: expect.stringContaining('ocean-blue-shirt') });
  expect(sent[0].text).toContain('ocean-blue-shirt: 100% negative in the last 14 days (6 reviews), usually 0%');
});

it('flags a review copied onto another product, including the earlier copy', async () => {
  const text = 'Best purchase of the year, quality is amazing and delivery was quick';
  await writeReviews(t.db, SHOP, analyze, [review(1, 'gid://shopify/Product/1001', text, 3, 'a@example.com')]);
  await writeReviews(t.db, SHOP, analyze, [review(2, 'gid://shopify/Product/1002', text, 2, 'b@example.com')]);
  const rows = await t.db.review.findMany({ orderBy: { reviewedAt: 'asc' } });
  expect(rows.map((r) => [JSON.parse(r.flags), r.flagged])).toEqual([[['duplicate'], true], [['duplicate'], true]]);
  const daily = await t.db.reviewDaily.findMany({ orderBy: { productId: 'asc' } });
  expect(daily.map((d) => [d.reviews, d.positive, d.flagged])).toEqual([[1, 1, 1], [1, 1, 1]]);
});

it('falls back to the review app\'s rating metafields for a product without imported reviews', async () => {
  const { reviewSummaryFor } = await import('~/reviews/summary/store');
  await t.db.product.update({
    where: { shop_shopifyId: { shop: SHOP, shopifyId: 'gid://shopify/Product/1003' } },
    data: { metafields: JSON.stringify([{ namespace: 'reviews', key: 'rating', type: 'rating', value: '{"value":"4.5","scale_min":"1","scale_max":"5"}' }, { namespace: 'reviews', key: 'rating_count', type: 'number_integer', value: '31' }]) },
  });
  expect(await reviewSummaryFor(t.db, SHOP, 'chain-bracelet', 'en')).toMatchObject({ source: 'metafields', averageRating: 4.5, reviews: 31, pros: [] });
  expect(await reviewSummaryFor(t.db, SHOP, 'clay-plant-pot', 'en')).toBeNull();
});

it('privacy: a customer\'s reviews lose their name and e-mail hash; shop redaction removes everything', async () => {
  const { redactCustomerReviews, redactShopReviews, customerReviews } = await import('~/reviews/privacy');
  await writeReviews(t.db, SHOP, analyze, [review(1, 'gid://shopify/Product/1001', 'Great shirt.', 2, 'Ann@Example.com'), review(2, 'gid://shopify/Product/1001', 'Nice.', 3, 'bob@example.com')]);
  expect(await customerReviews(t.db, SHOP, 'ann@example.com')).toEqual([expect.objectContaining({ body: 'Great shirt.', reviewerName: 'C1' })]);
  expect(await redactCustomerReviews(t.db, SHOP, 'ANN@example.com')).toBe(1);
  expect(await t.db.review.findFirst({ where: { body: 'Great shirt.' } })).toMatchObject({ reviewerName: '', reviewerHash: null });
  expect(await t.db.review.findFirst({ where: { body: 'Nice.' } })).toMatchObject({ reviewerName: 'C2' });
  // Claude's cached answers for this shop's texts go too; another text's answer stays.
  const { contentHash } = await import('~/reviews/claude/prompt');
  const cached = (body: string, model: string) => ({ contentHash: contentHash(model, { title: '', body }), model, result: `{"aspects":[{"quote":"${body}"}]}` });
  await t.db.reviewAnalysisCache.createMany({ data: [cached('Great shirt.', 'model-a'), cached('Nice.', 'model-b'), cached('Another shop says hi.', 'model-a')] });
  await t.db.reviewClaudeSchedule.create({ data: { shop: SHOP } });
  await redactShopReviews(t.db, SHOP);
  expect(await t.db.review.count()).toBe(0);
  expect(await t.db.reviewShopDaily.count()).toBe(0);
  expect(await t.db.reviewClaudeSchedule.count()).toBe(0);
  expect((await t.db.reviewAnalysisCache.findMany()).map((c) => c.result)).toEqual(['{"aspects":[{"quote":"Another shop says hi."}]}']);
});
