// Intent classification that can be read and argued with: every intent gets
//   cue score       the weights of its phrase cues found in the message (cues.ts), the shopper's
//                   language and English at full weight, other languages at half;
// + neighbour vote  a k-nearest-neighbour vote over example utterances (examples.ts), by cosine
//                   similarity of character trigrams, which tolerates typos and inflection;
// + signals         what the entities say: an order number points to order status, a product
//                   word to a search, "it" with a product on screen to a question about it.
// The highest total wins if it clears a floor; below it the message is a search when it names
// products, `unknown` when it is about shopping, `out_of_scope` otherwise.
import { CUES, INTENTS, type ClassifiedIntent, type Intent } from './cues';
import { EXAMPLES } from './examples';
import { compilePattern, findPattern, LANGS, type Lang, type Pattern } from './patterns';
import { tokens } from './text';

interface CompiledCue {
  intent: ClassifiedIntent;
  pattern: Pattern;
  weight: number;
}

const COMPILED_CUES: CompiledCue[] = INTENTS.flatMap((intent) =>
  LANGS.flatMap((lang) =>
    CUES[intent][lang].map((cue) => {
      const [source, weight] = typeof cue === 'string' ? [cue, 1] : cue;
      return { intent, pattern: compilePattern(source, lang), weight };
    }),
  ),
);

const OTHER_LANGUAGE_FACTOR = 0.5;

function emptyScores(): Record<ClassifiedIntent, number> {
  return Object.fromEntries(INTENTS.map((i) => [i, 0])) as Record<ClassifiedIntent, number>;
}

export function cueScores(words: readonly string[], lang: Lang | undefined): Record<ClassifiedIntent, number> {
  const scores = emptyScores();
  for (const cue of COMPILED_CUES) {
    if (!findPattern(cue.pattern, words)) continue;
    const own = lang === undefined || cue.pattern.lang === lang || cue.pattern.lang === 'en';
    scores[cue.intent] += cue.weight * (own ? 1 : OTHER_LANGUAGE_FACTOR);
  }
  return scores;
}

// ——— nearest neighbours ———

type Vector = Map<string, number>;

function features(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    out.add(`w:${w}`);
    const padded = ` ${w} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return [...out];
}

interface NeighbourIndex {
  idf: Map<string, number>;
  postings: Map<string, { example: number; weight: number }[]>;
  labels: ClassifiedIntent[];
}

function vectorOf(feats: string[], idf: Map<string, number>, unseen: number): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const f of feats) {
    const w = idf.get(f) ?? unseen;
    v.set(f, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [f, w] of v) v.set(f, w / norm);
  return v;
}

let index: NeighbourIndex | null = null;

// Built on first use: about 600 examples, a few milliseconds once per process.
function neighbourIndex(): NeighbourIndex {
  if (index) return index;
  const docs: { feats: string[]; label: ClassifiedIntent }[] = [];
  for (const intent of INTENTS)
    for (const lang of LANGS) for (const text of EXAMPLES[intent][lang]) docs.push({ feats: features(tokens(text)), label: intent });
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.feats) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [f, n] of df) idf.set(f, Math.log(1 + docs.length / n));
  const unseen = Math.log(1 + docs.length);
  const postings = new Map<string, { example: number; weight: number }[]>();
  docs.forEach((d, i) => {
    for (const [f, w] of vectorOf(d.feats, idf, unseen)) {
      let list = postings.get(f);
      if (!list) postings.set(f, (list = []));
      list.push({ example: i, weight: w });
    }
  });
  index = { idf, postings, labels: docs.map((d) => d.label) };
  return index;
}

const K = 5;

/**
 * Each intent's share of the K nearest examples' similarity, scaled by the best similarity: a
 * message that resembles nothing gets a small vote everywhere.
 */
export function neighbourVotes(words: readonly string[]): { votes: Record<ClassifiedIntent, number>; best: number } {
  const { idf, postings, labels } = neighbourIndex();
  const q = vectorOf(features(words), idf, 0);
  const sims = new Map<number, number>();
  for (const [f, w] of q) {
    for (const p of postings.get(f) ?? []) sims.set(p.example, (sims.get(p.example) ?? 0) + w * p.weight);
  }
  const top = [...sims.entries()].sort((a, b) => b[1] - a[1]).slice(0, K);
  const votes = emptyScores();
  const total = top.reduce((s, [, sim]) => s + sim, 0);
  const best = top[0]?.[1] ?? 0;
  if (total > 0) for (const [example, sim] of top) votes[labels[example]] += (sim / total) * best;
  return { votes, best };
}

// ——— decision ———

/** What the rest of the message (entities, vocabulary, conversation) says about the intent. */
export interface IntentSignals {
  orderNumber: boolean;
  bareNumber: boolean;
  contact: boolean;
  productTerms: number;
  attributes: number;
  /** A product was shown in the conversation and the message refers back to it ("it", "this one"). */
  refersToShown: boolean;
  /** Products were shown earlier in the conversation. */
  productsShown: boolean;
  /** Only a size or colour with a few filler words ("in M?", "the blue one"). */
  attributesOnly: boolean;
  /** The message touches shopping (products, orders, prices), whatever it asks. */
  shopTopic: boolean;
}

export interface IntentResult {
  intent: Intent;
  /** The winning total. */
  score: number;
  scores: Record<ClassifiedIntent, number>;
}

const NEIGHBOUR_WEIGHT = 1.5;
/** Below this total, no intent is trusted. */
export const MIN_SCORE = 1;

// A product word is a strong hint of a search, unless the message already asks something else
// ("can I return the jacket", "what goes with this shirt"): then it is what that question is about.
const CLEAR_CUE = 1.5;

function applySignals(scores: Record<ClassifiedIntent, number>, s: IntentSignals): void {
  const otherAsked = INTENTS.some((i) => i !== 'product_search' && i !== 'greeting' && i !== 'thanks' && scores[i] >= CLEAR_CUE);
  if (s.orderNumber) scores.order_status += 2;
  else if (s.bareNumber) scores.order_status += 0.6;
  scores.product_search += (Math.min(s.productTerms, 1) * 1.2 + Math.min(s.attributes, 3) * 0.3) * (otherAsked ? 0.5 : 1);
  if (s.refersToShown) {
    scores.product_question += 0.6;
    scores.add_to_cart += 0.3;
  }
  if (s.attributesOnly) {
    if (s.productsShown) scores.product_question += 0.8;
    else scores.product_search += 0.8;
  }
}

export function classifyIntent(text: string, lang: Lang | undefined, signals: IntentSignals): IntentResult {
  const words = tokens(text);
  const scores = cueScores(words, lang);
  applySignals(scores, signals);
  const { votes } = neighbourVotes(words);
  for (const intent of INTENTS) scores[intent] += NEIGHBOUR_WEIGHT * votes[intent];
  let intent: ClassifiedIntent = INTENTS[0];
  for (const i of INTENTS) if (scores[i] > scores[intent]) intent = i;
  const score = scores[intent];
  if (score >= MIN_SCORE) return { intent, score, scores };
  const fallback: Intent = signals.productTerms > 0 ? 'product_search' : signals.shopTopic || signals.contact ? 'unknown' : 'out_of_scope';
  return { intent: fallback, score, scores };
}
