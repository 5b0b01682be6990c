// The shop's own answers: policies and FAQ, as quotable passages.
export { findPassages, TOPICS, TOPIC_POLICIES, type KnowledgeAnswer, type KnowledgeQuery, type Topic } from './knowledge-base';
export { seedFaq, faqEntries, type FaqInput } from './faq';
export type { Passage } from './passages';
export type { PolicyTranslations } from './policy-translations';
