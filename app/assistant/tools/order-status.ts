// order_status: live order facts from the Admin API, with the identity check done by the orders
// module (see app/orders/order-lookup.ts for the rule). The customer id comes only from the signed
// app proxy (ctx.shopper.customerId); the input has no field for it, and unknown fields are dropped.
import { z } from 'zod';
import { createOrderLookup, type LookupLimits, type OrderLookupOutcome } from '~/orders';
import type { ToolResult } from '../types';
import { defineTool } from './define-tool';
import { fail, ok } from './results';

export const orderStatusInput = z.object({
  orderNumber: z.string().trim().min(1).max(40).optional().describe('The order number as the shopper gave it, e.g. "#1001".'),
  email: z.string().trim().min(3).max(254).optional().describe('The e-mail address used on the order, as the shopper typed it.'),
  phone: z.string().trim().min(6).max(40).optional().describe('The phone number used on the order, as the shopper typed it.'),
});

/** The one answer for a missing order, a wrong pair and someone else's order alike. */
export const NOT_FOUND_MESSAGE =
  'No order matches that order number together with that e-mail or phone. Ask the shopper to check both (the order number is in the confirmation e-mail), without suggesting whether the order exists.';

function answer(outcome: OrderLookupOutcome): ToolResult {
  switch (outcome.kind) {
    case 'found':
      return ok({ scope: outcome.scope, orders: outcome.orders });
    case 'not_found':
      return fail('not_found', NOT_FOUND_MESSAGE);
    case 'needs_verification':
      return fail(
        'verification_required',
        'To look up an order, ask for the order number and the e-mail address or phone number used on that order (or the shopper can sign in to their account).',
        { missing: outcome.missing },
        { actions: [{ type: 'order_lookup_form' }] },
      );
    case 'rate_limited':
      return fail(
        'rate_limited',
        'Too many order lookups that did not match. Ask the shopper to try again later or to contact the store.',
        {
          retryAfterMinutes: Math.ceil(outcome.retryAfterSeconds / 60),
        },
      );
    case 'invalid':
      return fail('invalid_input', outcome.message);
  }
}

export function createOrderStatusTool(opts: { limits?: LookupLimits } = {}) {
  return defineTool({
    name: 'order_status',
    description:
      "Look up an order's status, items, shipping and tracking, refunds and cancellation, live from the store. A guest must give the order number and the e-mail or phone used on that order; the tool checks them. A signed-in shopper can omit everything to list their recent orders. Never guess or fill in details the shopper didn't give.",
    input: orderStatusInput,
    async run(input, ctx) {
      const { db } = ctx.services;
      const lookup = createOrderLookup({ db, limits: opts.limits });
      const outcome = await lookup.lookup({
        shop: ctx.shop.shop,
        admin: () => ctx.services.adminGraphql(ctx.shop.shop),
        customerId: ctx.shopper.customerId,
        conversationId: ctx.shopper.conversationId,
        ip: ctx.shopper.ip,
        orderNumber: input.orderNumber,
        email: input.email,
        phone: input.phone,
      });
      return answer(outcome);
    },
  });
}

export const orderStatus = createOrderStatusTool();
