// The push endpoint's logic: a review app or the merchant's own script sends new reviews with a
// per-shop token (shown once on the report page, stored only as a hash). Reviews go through the
// same write path as imports: analysed, deduplicated, counted, summarised.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '~/db/client.server';
import { productGid, parseDate } from './import/parse-export';
import { shopReviewContext } from './settings';
import { loadProductMatcher } from './store/product-matcher';
import { writeReviews, type NewReview } from './store/write-reviews';
import { refreshAfterImport } from './summary/refresh';

export const MAX_PUSH_REVIEWS = 500;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates (or replaces) the shop's push token. The token itself is returned once and never stored. */
export async function rotatePushToken(db: Db, shop: string): Promise<string> {
  const token = `aisle_rv_${randomBytes(24).toString('base64url')}`;
  const data = { tokenHash: hashToken(token), tokenHint: token.slice(-4) };
  await db.reviewSettings.upsert({ where: { shop }, create: { shop, ...data }, update: data });
  return token;
}

export async function verifyPushToken(db: Db, shop: string, token: string): Promise<boolean> {
  const settings = await db.reviewSettings.findUnique({ where: { shop }, select: { tokenHash: true } });
  if (!settings?.tokenHash || !token) return false;
  const given = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(settings.tokenHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export const PushedReviewSchema = z
  .object({
    id: z.string().max(255).optional(),
    product: z.object({ handle: z.string().max(255).optional(), id: z.union([z.string(), z.number()]).optional(), sku: z.string().max(255).optional() }),
    rating: z.number().int().min(1).max(5).nullable().optional(),
    title: z.string().max(500).optional(),
    body: z.string().min(1).max(20_000),
    reviewer: z.object({ name: z.string().max(200).optional(), email: z.string().email().max(320).optional() }).optional(),
    createdAt: z.string().max(64).optional(),
    published: z.boolean().optional(),
  })
  .refine((r) => r.product.handle || r.product.id || r.product.sku, { message: 'product needs a handle, id or sku', path: ['product'] });

export const PushBodySchema = z.object({ reviews: z.array(z.unknown()).min(1).max(MAX_PUSH_REVIEWS) });

export interface PushResult {
  imported: number;
  duplicates: number;
  rejected: { index: number; reason: string }[];
}

export async function pushReviews(db: Db, shop: string, items: unknown[], now = new Date()): Promise<PushResult> {
  const [match, context] = await Promise.all([loadProductMatcher(db, shop), shopReviewContext(db, shop)]);
  const rejected: PushResult['rejected'] = [];
  const reviews: NewReview[] = [];
  items.forEach((item, index) => {
    const parsed = PushedReviewSchema.safeParse(item);
    if (!parsed.success) {
      rejected.push({ index, reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'review'}: ${i.message}`).join('; ') });
      return;
    }
    const r = parsed.data;
    const reviewedAt = r.createdAt ? parseDate(r.createdAt) : null;
    if (reviewedAt === undefined) {
      rejected.push({ index, reason: `createdAt: "${r.createdAt}" is unreadable` });
      return;
    }
    const product = match({ handle: r.product.handle, id: r.product.id != null ? productGid(String(r.product.id)) : undefined, sku: r.product.sku });
    if (!product) {
      rejected.push({ index, reason: 'product: no such product in this shop' });
      return;
    }
    reviews.push({
      source: 'api', externalId: r.id ?? null, productId: product.id, productHandle: product.handle, rating: r.rating ?? null, title: r.title ?? '',
      body: r.body, reviewerName: r.reviewer?.name ?? '', reviewerEmail: r.reviewer?.email?.toLowerCase() ?? null, published: r.published ?? true,
      reviewedAt: reviewedAt ?? now,
    });
  });
  const result = await writeReviews(db, shop, context.analyze, reviews, context.primaryLocale);
  if (result.products.size) await refreshAfterImport(db, shop, result.products, now);
  return { imported: result.inserted, duplicates: result.duplicates, rejected };
}
