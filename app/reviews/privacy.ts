// Privacy webhooks' part for reviews. shop/redact removes everything Aisle holds for the shop;
// customers/redact keeps the review text (it is published content the shop owns) but removes
// what ties it to the person: the name shown and the hash of their e-mail.
import type { Db } from '~/db/client.server';
import { inTransaction } from '~/db/transaction';
import { reviewerHash } from './store/reviewer';

export async function redactShopReviews(db: Db, shop: string): Promise<void> {
  // Composes with the webhook's own transaction (see db/transaction.ts).
  await inTransaction(db, async (tx) => {
    await tx.review.deleteMany({ where: { shop } });
    await tx.reviewDaily.deleteMany({ where: { shop } });
    await tx.reviewMonthly.deleteMany({ where: { shop } });
    await tx.reviewShopDaily.deleteMany({ where: { shop } });
    await tx.productReviewSummary.deleteMany({ where: { shop } });
    await tx.reviewImport.deleteMany({ where: { shop } });
    await tx.reviewAlert.deleteMany({ where: { shop } });
    await tx.reviewSettings.deleteMany({ where: { shop } });
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
