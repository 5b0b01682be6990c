// store_policies: the shop's own words on shipping, returns, refunds, privacy, terms and its FAQ.
// The model quotes these passages instead of inventing policy. Each passage's text is fenced as
// untrusted data: whatever a policy says, it is something to quote, never an instruction. Policies
// come in the shopper's language where the shop translated them; each passage names its language,
// so the model knows which ones it has to translate itself.
import { z } from 'zod';
import { findPassages, TOPICS } from '~/knowledge';
import { asUntrustedData } from '~/safety/wrap-untrusted';
import { defineTool } from './define-tool';
import { fail, ok } from './results';

export const storePoliciesInput = z.object({
  topic: z.enum(TOPICS).describe("The policy the question is about; 'faq' for the shop's FAQ, 'any' when unsure."),
  question: z.string().trim().min(1).max(500).optional().describe("The shopper's question, to find the passages that answer it."),
});

export const storePolicies = defineTool({
  name: 'store_policies',
  description:
    "The store's shipping, returns, refund, privacy and terms policies and its FAQ, as passages quoted from the store. Use it for any question about delivery times and costs, returns, refunds, payment, privacy, the store itself or how things work. Answer only from the passages; if they don't cover it, say so and offer a hand-off.",
  input: storePoliciesInput,
  async run(input, ctx) {
    if (input.topic === 'any' && !input.question) return fail('invalid_input', "question: required when topic is 'any'");
    const answer = await findPassages(ctx.services.db, {
      shop: ctx.shop.shop,
      topic: input.topic,
      question: input.question,
      language: ctx.shopper.language,
      primaryLocale: ctx.shop.primaryLocale,
    });
    if (answer.passages.length === 0) {
      return fail(
        'not_found',
        "The store's policies and FAQ don't cover this. Say so honestly and offer to pass the question to the store's team.",
        { topic: input.topic },
      );
    }
    const untranslated = answer.passages.some((p) => !sameLanguage(p.language, ctx.shopper.language));
    return ok({
      topic: input.topic,
      matched: answer.matched,
      passages: answer.passages.map((p) => ({
        source: p.source,
        title: p.title,
        language: p.language,
        text: asUntrustedData(p.source === 'faq' ? 'faq answer' : 'store policy', p.text),
        ...(p.url ? { url: p.url } : {}),
      })),
      ...(untranslated
        ? {
            note: `Passages whose language is not the shopper's (${ctx.shopper.language}) are the store's original text: translate what you quote from them faithfully, keeping every figure and condition.`,
          }
        : {}),
    });
  },
});

const sameLanguage = (a: string, b: string) => a.toLowerCase().split(/[-_]/)[0] === b.toLowerCase().split(/[-_]/)[0];
