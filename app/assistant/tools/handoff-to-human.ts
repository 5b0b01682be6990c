// handoff_to_human: leaves the shopper's question and contact e-mail in the merchant's inbox
// (Handoff) and marks the conversation handed off. The shopper must have given the e-mail.
import { z } from 'zod';
import { inTransaction } from '~/db/transaction';
import { defineTool } from './define-tool';
import { fail, ok } from './results';

/** Open hand-offs one conversation may leave: more is flooding the merchant's inbox. */
export const MAX_HANDOFFS_PER_CONVERSATION = 3;

export const handoffInput = z.object({
  email: z.string().trim().toLowerCase().email().max(254).describe("The shopper's e-mail address, exactly as they gave it."),
  question: z
    .string()
    .trim()
    .min(3)
    .max(2000)
    .describe("The shopper's question or request, in their words, with the details the team needs."),
});

/** "anna.kowalska@example.pl" → "a***@example.pl": enough for the shopper to recognise it. */
export function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

export const handoffToHuman = defineTool({
  name: 'handoff_to_human',
  description:
    "Pass the conversation to the store's team: they answer by e-mail. Use it when the shopper asks for a person, or when you can't help. You need the shopper's e-mail address and their question; ask for the e-mail first if you don't have it.",
  input: handoffInput,
  async run(input, ctx) {
    const shop = ctx.shop.shop;
    const conversationId = ctx.shopper.conversationId;
    const result = await inTransaction(ctx.services.db, async (tx) => {
      const open = await tx.handoff.findMany({ where: { shop, conversationId, status: 'open' }, orderBy: { createdAt: 'asc' } });
      const same = open.find((h) => h.email === input.email && h.question === input.question);
      if (same) return { id: same.id, created: false };
      if (open.length >= MAX_HANDOFFS_PER_CONVERSATION) return null;
      const row = await tx.handoff.create({ data: { shop, conversationId, email: input.email, question: input.question } });
      // Scoped by shop: a conversation id from another shop updates nothing.
      await tx.conversation.updateMany({ where: { id: conversationId, shop }, data: { email: input.email, outcome: 'handed_off' } });
      return { id: row.id, created: true };
    });
    if (!result) {
      return fail(
        'limit_reached',
        "This conversation has already been passed to the store's team several times; they will answer by e-mail.",
      );
    }
    return ok({
      handedOff: true,
      reference: result.id.slice(-8).toUpperCase(),
      replyTo: maskEmail(input.email),
      message: "The store's team has the question and will answer by e-mail.",
    });
  },
});
