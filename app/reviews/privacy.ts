// Privacy webhooks' part for reviews. shop/redact removes everything Aisle holds for the shop;
// customers/redact keeps the review text (it is published content the shop owns) but removes
// what ties it to the person: the name shown and the hash of their e-mail.
import type { Db } from '~/db/client.server';
import { reviewerHash } from './store/reviewer';

export async function redactShopReviews(db: Db, shop: string): Promise<void> {
  await db.$transaction([
    db.review.deleteMany({ where: { shop } }),
    db.reviewDaily.deleteMany({ where: { shop } }),
    db.reviewMonthly.deleteMany({ where: { shop } }),
    db.reviewShopDaily.deleteMany({ where: { shop } }),
    db.productReviewSummary.deleteMany({ where: { shop } }),
    db.reviewImport.deleteMany({ where: { shop } }),
    db.reviewAlert.deleteMany({ where: { shop } }),
    db.reviewSettings.deleteMany({ where: { shop } }),
  ]);
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
