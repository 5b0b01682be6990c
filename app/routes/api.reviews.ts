// POST /api/reviews — for review apps and merchants' scripts to push new reviews.
//   Authorization: Bearer <the shop's push token, from Aisle → Reviews>
//   X-Aisle-Shop: <shop>.myshopify.com
//   {"reviews": [{"id"?, "product": {"handle"|"id"|"sku"}, "rating"?, "title"?, "body",
//                 "reviewer"?: {"name"?, "email"?}, "createdAt"?, "published"?}]}   (≤ 500)
// → 200 {imported, duplicates, rejected: [{index, reason}]}; 401 bad token; 400 bad body; 413 too big.
// Sending the same review twice changes nothing (duplicates counts it).
import type { ActionFunctionArgs } from '@remix-run/node';
import { db } from '~/db.server';
import { limitBody } from '~/http/body-limit';
import { PushBodySchema, pushReviews, verifyPushToken, MAX_PUSH_REVIEWS } from '~/reviews/push';

const PUSH_BODY_LIMIT = 5 * 1024 * 1024;
const SHOP_DOMAIN = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/;

const error = (status: number, code: string, message: string) => Response.json({ error: code, message }, { status });

export const loader = () => error(405, 'method_not_allowed', 'POST reviews as JSON');

export const action = async ({ request }: ActionFunctionArgs) => {
  if (request.method !== 'POST') return error(405, 'method_not_allowed', 'POST reviews as JSON');
  const shop = request.headers.get('x-aisle-shop')?.trim().toLowerCase() ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
  // One answer for every authentication failure: a caller learns nothing about which shops exist.
  if (!SHOP_DOMAIN.test(shop) || !(await verifyPushToken(db, shop, token))) {
    return error(401, 'unauthorized', 'send the shop in X-Aisle-Shop and its reviews push token as a Bearer token');
  }
  const limited = await limitBody(request, PUSH_BODY_LIMIT);
  let json: unknown;
  try {
    json = await limited.json();
  } catch {
    return error(400, 'invalid_json', 'the body is not JSON');
  }
  const parsed = PushBodySchema.safeParse(json);
  if (!parsed.success) return error(400, 'invalid_body', `expected {"reviews": [...]} with 1 to ${MAX_PUSH_REVIEWS} reviews`);
  return Response.json(await pushReviews(db, shop, parsed.data.reviews));
};
