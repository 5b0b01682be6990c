// shipping / returns / refund / policy / faq → store_policies, and the passages quoted as the shop
// wrote them: in the shopper's language where the shop translated its policies, else in the shop's
// own (this engine does not translate). An FAQ question that matches no entry is not answered with
// the whole FAQ.
import { faqHints } from './aspects';
import { shopText } from './shop-text';
import type { Turn } from './turn';

/** Enough to answer; the full text is a link away. */
const MAX_QUOTED_CHARS = 700;

interface Passage {
  title: string;
  text: string;
  /** The language the text is in (the shop's own when it has no translation). */
  language?: string;
  url?: string;
}

/** "en" → "English" / "angielski" / "Englisch"…, in the reply's language. */
function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A passage, with a note first when the shop has it only in another language than the reply's. */
function passageBlock(turn: Turn, p: Passage): string {
  const base = (p.language ?? '').toLowerCase().split(/[-_]/)[0];
  const note = base && base !== turn.lang ? `${turn.t.policyInLanguage(languageName(base, turn.lang))}\n` : '';
  return `${note}${quoteBlock(p.text)}`;
}

function quoteBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function cantAnswer(turn: Turn): string {
  turn.suggest(['human']);
  return turn.has('handoff_to_human') ? `${turn.t.policyNone} ${turn.t.offerHandoff}` : turn.t.policyNone;
}

export async function answerPolicy(turn: Turn): Promise<string> {
  const { t, u, input } = turn;
  const topic = u.policyTopic;
  const hints = faqHints(input.message);
  const question = [input.message, ...hints].join(' ').slice(0, 500);
  const result = await turn.call('store_policies', { topic, question });
  if (!result) return cantAnswer(turn);
  if (!result.ok) return result.error === 'not_found' ? cantAnswer(turn) : t.toolError;
  const { matched, passages } = result.data as { matched: boolean; passages: Passage[] };
  if (!passages?.length || (topic === 'faq' && !matched)) return cantAnswer(turn);
  const quoted: Passage[] = [];
  let size = 0;
  for (const passage of passages) {
    const p = { ...passage, text: shopText(passage.text) };
    if (quoted.length > 0 && size + p.text.length > MAX_QUOTED_CHARS) break;
    quoted.push(p);
    size += p.text.length;
  }
  const links = [...new Set(quoted.map((p) => p.url).filter((u): u is string => !!u))].map((url) => `[${t.policyMore}](${url})`);
  return [t.policyLead, ...quoted.map((p) => passageBlock(turn, p)), ...links].join('\n\n');
}
