// Policies and FAQ answers cut into passages the assistant can quote: a paragraph, or a few
// sentences of a long one, so that an answer carries the sentence that matters and not a whole
// legal page.

export interface Passage {
  source: 'policy' | 'faq';
  /** ShopPolicyType for policies (REFUND_POLICY…), null for FAQ entries. */
  type: string | null;
  /** Policy title, or the FAQ question. */
  title: string;
  text: string;
  /** The language the text is written in (a locale such as "pl" or "pt-BR"). */
  language: string;
  url: string | null;
  /** Position within its source, for reading order. */
  order: number;
}

export const MAX_PASSAGE_CHARS = 600;

/** Sentence ends: ".", "!", "?" (and "…") followed by space and an upper-case letter or digit. */
const SENTENCE_END = /(?<=[.!?…])\s+(?=[\p{Lu}\p{N}"'(¿¡])/u;

/** Splits text into chunks of whole sentences, each at most `max` characters where possible. */
export function chunk(text: string, max = MAX_PASSAGE_CHARS): string[] {
  const out: string[] = [];
  for (const paragraph of text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)) {
    if (paragraph.length <= max) {
      out.push(paragraph);
      continue;
    }
    let current = '';
    for (const sentence of paragraph.split(SENTENCE_END)) {
      if (current && current.length + 1 + sentence.length > max) {
        out.push(current);
        current = sentence;
      } else {
        current = current ? `${current} ${sentence}` : sentence;
      }
    }
    if (current) out.push(current);
  }
  return out;
}

export function policyPassages(policy: { type: string; title: string; body: string; url: string }, language: string): Passage[] {
  return chunk(policy.body).map((text, order) => ({
    source: 'policy',
    type: policy.type,
    title: policy.title,
    text,
    language,
    url: policy.url || null,
    order,
  }));
}

/** `language`: the entry's own, or for an entry meant for any language, the shop's primary one it is written in. */
export function faqPassage(entry: { question: string; answer: string }, order: number, language: string): Passage {
  return { source: 'faq', type: null, title: entry.question, text: entry.answer, language, url: null, order };
}
