// Prompt injection and jailbreaks: weighted rules in five languages (injection-rules.ts), fake
// chat markup, and instructions smuggled in base64. Rules run for every language at once: an
// attacker does not write in the shop's language to oblige us, and these phrases don't collide
// with ordinary shopping talk across languages the way swear words do.
import { CASED_RULES, MARKUP_RULES, PHRASE_RULES, overrideRules, type InjectionRuleSpec } from './injection-rules';
import { normalizeText } from './normalize';
import { wordRegex } from './patterns';
import type { Detector, NormalizedText, Signal } from './types';

interface Rule {
  label: string;
  language: string;
  pattern: RegExp;
  weight: number;
}

// A second and third hit of the same rule ("</user><system>", "no filters, no rules") add half
// weight each; further repeats add nothing, so a long template cannot pile up evidence by itself.
const REPEAT_FACTOR = 0.5;
const MAX_REPEATS = 3;
// "no restrictions" is weak on its own ("coffee maker without filters") and strong when the
// message is talking about an AI or about how to answer.
const UNBOUNDED_AI_BONUS = 0.5;
const AI_WORDS = wordRegex(
  'ai|a\\.i\\.|ki|ia|llm|gpt|chatgpt|claude|model|chatbot|bot|assistant|asystent\\w*|assistent\\w*|asistente|sztuczn\\w* inteligencj\\w*|intelligence artificielle|inteligencia artificial|kunstliche intelligenz|answer\\w*|respond\\w*|reply|odpowiad\\w*|odpowiedz\\w*|antwort\\w*|respuesta\\w*|repond\\w*|reponse\\w*',
);
const BASE64_RUN = /[A-Za-z0-9+/]{20,}={0,2}/g;
const MIN_PRINTABLE = 0.9;
const ENCODED_TEXT_WEIGHT = 0.3;
// Uppercase "DAN" is a persona only when the message isn't shouting throughout.
const SHOUTING_RATIO = 0.5;

function compile(spec: InjectionRuleSpec, flags: string): Rule {
  const pattern = spec.bare ? new RegExp(spec.source, flags) : wordRegex(spec.source, flags);
  return { label: spec.label, language: spec.language, pattern, weight: spec.weight };
}

const FOLDED_RULES: Rule[] = [...overrideRules(), ...PHRASE_RULES].map((spec) => compile(spec, 'g'));
const CASED: Rule[] = CASED_RULES.map((spec) => compile(spec, 'g'));
const MARKUP: Rule[] = MARKUP_RULES.map(({ label, pattern, weight }) => ({
  label,
  language: '*',
  pattern: new RegExp(pattern.source, 'gu'),
  weight,
}));
const UNBOUNDED_LABEL = 'no-limits request';

// exec() on the shared global regex, not matchAll(): matchAll clones the regex on every call.
function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (count < MAX_REPEATS && pattern.exec(text)) count += 1;
  pattern.lastIndex = 0;
  return count;
}

function upperRatio(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((c) => c !== c.toLowerCase()).length / letters.length;
}

// Longer runs are decoded only up to here (a whole length of 4): instructions fit in far less.
const MAX_BASE64_CHARS = 4000;

function decodeBase64(run: string): string | undefined {
  try {
    const bytes = Uint8Array.from(atob(run.slice(0, MAX_BASE64_CHARS).replace(/=+$/, '')), (c) => c.charCodeAt(0));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const unprintable = text.replace(/[\p{L}\p{N}\p{P}\p{S}\p{Zs}\n\t]/gu, '').length;
    return text.length > 0 && 1 - unprintable / text.length >= MIN_PRINTABLE && /\p{L}{2,}\s+\p{L}{2,}/u.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

function ruleSignals(text: NormalizedText): Signal[] {
  const signals: Signal[] = [];
  const apply = (rule: Rule, haystack: string) => {
    const count = countMatches(rule.pattern, haystack);
    if (count === 0) return;
    const weight = rule.weight * (1 + REPEAT_FACTOR * (count - 1));
    const where = rule.language === '*' ? '' : ` (${rule.language})`;
    signals.push({ category: 'injection', weight, reason: `injection: ${rule.label}${where}` });
    if (rule.label === UNBOUNDED_LABEL && AI_WORDS.test(text.folded)) {
      signals.push({ category: 'injection', weight: UNBOUNDED_AI_BONUS, reason: 'injection: asks for an assistant without limits' });
    }
  };
  for (const rule of FOLDED_RULES) apply(rule, text.folded);
  for (const rule of MARKUP) apply(rule, text.lower);
  if (upperRatio(text.clean) < SHOUTING_RATIO) for (const rule of CASED) apply(rule, text.clean);
  return signals;
}

export function createInjectionDetector(): Detector {
  return (text: NormalizedText): Signal[] => {
    const signals = ruleSignals(text);
    // Smuggled instructions: decode base64 runs once and judge what they say.
    for (const [run] of text.clean.matchAll(BASE64_RUN)) {
      const decoded = decodeBase64(run);
      if (!decoded) continue;
      signals.push({ category: 'injection', weight: ENCODED_TEXT_WEIGHT, reason: 'injection: base64-encoded text' });
      for (const inner of ruleSignals(normalizeText(decoded))) {
        signals.push({ ...inner, reason: `${inner.reason} (inside base64)` });
      }
    }
    return signals;
  };
}
