// Privacy webhooks' part for reviews. shop/redact removes everything Aisle holds for the shop;
// customers/redact keeps the review text (it is published content the shop owns) but removes
// what ties it to the person: the name shown and the hash of their e-mail.
import type { Db } from '~/db/client.server';
import { inTransaction } from '~/db/transaction';
import { contentHash } from './claude/prompt';
import { reviewerHash } from './store/reviewer';

const PAGE = 2000;

/**
 * Claude's cached answers are keyed by a hash of the text (so the same words are paid for once,
 * whichever shop has them) and hold quotes from it: a shop's redaction removes the answers for
 * every text of its reviews, under every model that answered.
 */
async function forgetCachedAnalyses(tx: Db, shop: string): Promise<void> {
  const models = (await tx.reviewAnalysisCache.findMany({ distinct: ['model'], select: { model: true } })).map((m) => m.model);
  if (models.length === 0) return;
  let cursor: string | undefined;
  for (;;) {
    const page = await tx.review.findMany({
      where: { shop },
      select: { id: true, title: true, body: true },
      orderBy: { id: 'asc' },
      take: PAGE,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (page.length === 0) return;
    const hashes = page.flatMap((r) => models.map((m) => contentHash(m, r)));
    await tx.reviewAnalysisCache.deleteMany({ where: { contentHash: { in: hashes } } });
    cursor = page[page.length - 1].id;
  }
}

export async function redactShopReviews(db: Db, shop: string): Promise<void> {
  // Composes with the webhook's own transaction (see db/transaction.ts).
  await inTransaction(db, async (tx) => {
    await forgetCachedAnalyses(tx, shop);
    await tx.review.deleteMany({ where: { shop } });
    await tx.reviewDaily.deleteMany({ where: { shop } });
    await tx.reviewMonthly.deleteMany({ where: { shop } });
    await tx.reviewShopDaily.deleteMany({ where: { shop } });
    await tx.productReviewSummary.deleteMany({ where: { shop } });
    await tx.reviewImport.deleteMany({ where: { shop } });
    await tx.reviewAlert.deleteMany({ where: { shop } });
    await tx.reviewSettings.deleteMany({ where: { shop } });
    await tx.reviewClaudeSchedule.deleteMany({ where: { shop } });
  });
}

/** Returns how many reviews were anonymised. */
export async function redactCustomerReviews(db: Db, shop: string, email: string): Promise<number> {
  const hash = reviewerHash(shop, email);
  if (!hash) return 0;
  const { count } = await db.review.updateMany({ where: { shop, reviewerHash: hash }, data: { reviewerName: '', reviewerHash: null } });
  return count;
}

/** For customers/data_request: the customer's reviews in this shop. */
export async function customerReviews(db: Db, shop: string, email: string) {
  const hash = reviewerHash(shop, email);
  if (!hash) return [];
  return db.review.findMany({ where: { shop, reviewerHash: hash }, select: { productHandle: true, rating: true, title: true, body: true, reviewedAt: true, reviewerName: true } });
}
