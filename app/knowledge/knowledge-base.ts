// Answers about the shop from its own words: the synced policies (Policy) and the merchant's FAQ
// (FaqEntry), cut into passages and ranked against the shopper's question. A policy is read in the
// shopper's language when the shop has translated it, else in the shop's primary language; each
// passage says which, so the model can translate what the shop did not.
import type { Db } from '~/db/client.server';
import { faqEntries } from './faq';
import { faqPassage, policyPassages, type Passage } from './passages';
import { policyBodyIn } from './policy-translations';
import { rankPassages } from './relevance';

export const TOPICS = ['shipping', 'returns', 'refunds', 'privacy', 'terms', 'faq', 'any'] as const;
export type Topic = (typeof TOPICS)[number];

/** Which ShopPolicyType values answer each topic ('faq' is the FAQ alone; 'any' is everything). */
export const TOPIC_POLICIES: Record<Exclude<Topic, 'faq' | 'any'>, string[]> = {
  shipping: ['SHIPPING_POLICY'],
  returns: ['REFUND_POLICY'],
  refunds: ['REFUND_POLICY'],
  privacy: ['PRIVACY_POLICY'],
  terms: ['TERMS_OF_SERVICE', 'TERMS_OF_SALE', 'LEGAL_NOTICE', 'SUBSCRIPTION_POLICY'],
};

export interface KnowledgeQuery {
  shop: string;
  topic: Topic;
  question?: string;
  /** The shopper's language: policies are read in it when translated, and FAQ entries written for it count. */
  language: string;
  /** The shop's primary language: what its policies (and FAQ entries meant for any language) are written in. */
  primaryLocale: string;
  limit?: number;
}

export interface KnowledgeAnswer {
  passages: Passage[];
  /** True when the passages were chosen for the question; false when they are the topic's text as a whole. */
  matched: boolean;
}

/** Passages of a topic read whole when no question narrows it down. */
const MAX_WHOLE_CHARS = 2500;

export async function findPassages(db: Db, q: KnowledgeQuery): Promise<KnowledgeAnswer> {
  const limit = q.limit ?? 3;
  const types = q.topic === 'faq' ? [] : q.topic === 'any' ? null : TOPIC_POLICIES[q.topic];
  const [policies, faq] = await Promise.all([
    types && types.length === 0
      ? []
      : db.policy.findMany({ where: { shop: q.shop, ...(types ? { type: { in: types } } : {}) }, orderBy: { type: 'asc' } }),
    // The FAQ is searched for any question; without one it is listed only when asked for.
    q.question || q.topic === 'faq' ? faqEntries(db, q.shop, [...new Set([q.language, q.primaryLocale])]) : [],
  ]);
  const policyText = policies.flatMap((p) => {
    const { body, language } = policyBodyIn(p, q.language, q.primaryLocale);
    return policyPassages({ ...p, body }, language);
  });
  const faqText = faq.map((e, i) => faqPassage(e, i, e.locale ?? q.primaryLocale));
  const question = q.question?.trim();
  if (question) {
    const ranked = rankPassages([...policyText, ...faqText], question, limit);
    if (ranked.length > 0) return { passages: ranked, matched: true };
  }
  // No question, or nothing in it matched: a named topic is still answered by its own text
  // (the question may be in another language than the policy); 'any' has nothing to go on.
  if (q.topic === 'any') return { passages: [], matched: false };
  const whole: Passage[] = [];
  let size = 0;
  for (const p of [...policyText, ...(q.topic === 'faq' ? faqText : [])]) {
    if (size + p.text.length > MAX_WHOLE_CHARS && whole.length > 0) break;
    whole.push(p);
    size += p.text.length;
  }
  return { passages: whole, matched: false };
}
