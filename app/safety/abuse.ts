// Abuse: insults, slurs and swearing, judged with the word lists of the message's language.
// What separates "you idiot" (blocks) from "I'm such an idiot, wrong size" (allowed) and from
// "where the hell is my parcel" (flag at most) is who the word is aimed at, so insults are
// weighed by the nearest pronoun.
import naughtyWords from 'naughty-words';
import { DataSet, RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { ABUSE_LISTS, EVERYWHERE, NAUGHTY_WORDS_EXCLUDED, type AbuseEntry, type AbuseKind } from './abuse-lexicon';
import { foldDiacritics, squeeze } from './normalize';
import { compileTerms, termSource } from './patterns';
import type { Detector, DetectorContext, NormalizedText, Signal } from './types';

const AIMED_BONUS = 0.6;
const SELF_FACTOR = 0.2;
// How many words may stand between "you" and the insult ("you are such a stupid bot"), and
// after it ("idiota eres", "enfoiré de bot").
const AIM_WINDOW = 4;
const AIM_WINDOW_AFTER = 2;
// A message this short that is mostly abuse ("hijo de puta", "maldito inútil de mierda") is
// aimed at whoever reads it.
const SHORT_MESSAGE_WORDS = 5;
const NAUGHTY_DEFAULT: Omit<Resolved, 'term'> = { weight: 0.45, kind: 'profane' };
const CATEGORY_CAP = 3;
// Swearing that hits no one adds up to a flag, never to a block at standard sensitivity: a
// shopper cursing a lost parcel three times is still a shopper with a lost parcel.
const UNAIMED_SWEARING_CAP = 0.9;

// Words that point at the listener or at the speaker. Possessives ("your service is shit") are
// left out on purpose: cursing a shop's service is frustration, not an insult to a person.
const YOU_WORDS: Record<string, string[]> = {
  en: ['you', 'u', 'ya', 'youre', 'ur', 'yourself', 'bot', 'assistant', 'machine'],
  pl: ['ty', 'cie', 'ciebie', 'tobie', 'jestes', 'bot', 'bocie', 'botem', 'asystent', 'asystencie'],
  de: ['du', 'dich', 'dir', 'bist', 'euch', 'bot', 'assistent', 'maschine'],
  es: ['eres', 'tu', 'te', 'ti', 'usted', 'sois', 'bot', 'asistente'],
  fr: ['tu', 't', 'te', 'toi', 'vous', 'es', 'espece', 'sale', 'bot', 'assistant'],
};
const SELF_WORDS: Record<string, string[]> = {
  en: ['i', 'im', 'me', 'myself', 'am'],
  pl: ['jestem', 'ja', 'mnie', 'sobie'],
  de: ['ich', 'bin', 'mich'],
  es: ['soy', 'yo', 'me'],
  fr: ['je', 'suis', 'moi', 'me'],
};

interface Resolved {
  term: string;
  weight: number;
  kind: AbuseKind;
}

interface LanguageMatcher {
  pattern: RegExp;
  /** Each entry on its own, anchored, to tell which one a match of `pattern` was. */
  entries: Array<{ regex: RegExp; resolved: Resolved }>;
  you: Set<string>;
  self: Set<string>;
}

function entriesFor(language: string): AbuseEntry[] {
  const own = ABUSE_LISTS[language] ?? [];
  const travelling = Object.entries(ABUSE_LISTS)
    .filter(([other]) => other !== language)
    .flatMap(([other, list]) => list.filter(([term]) => EVERYWHERE[other]?.has(term)));
  return [...own, ...travelling];
}

function naughtyFor(language: string): string[] {
  const list = (naughtyWords as Record<string, string[] | undefined>)[language] ?? [];
  const excluded = new Set((NAUGHTY_WORDS_EXCLUDED[language] ?? []).map((w) => foldDiacritics(w.toLowerCase())));
  return list.filter((w) => !excluded.has(foldDiacritics(w.toLowerCase())));
}

function buildMatcher(language: string): LanguageMatcher {
  const own = entriesFor(language).map(([term, weight, kind]) => ({ term, weight, kind }));
  const known = new Set(own.map((e) => termSource(e.term)));
  const extra = naughtyFor(language)
    .filter((term) => !known.has(termSource(term)))
    .map((term) => ({ term, ...NAUGHTY_DEFAULT }));
  const all = [...own, ...extra];
  const entries = all.map((resolved) => ({ regex: new RegExp(`^(?:${termSource(resolved.term)})$`), resolved }));
  const fold = (w: string) => squeeze(foldDiacritics(w));
  return {
    pattern: compileTerms(all.map((e) => e.term)),
    entries,
    you: new Set((YOU_WORDS[language] ?? YOU_WORDS.en ?? []).map(fold)),
    self: new Set((SELF_WORDS[language] ?? SELF_WORDS.en ?? []).map(fold)),
  };
}

// English through obscenity as a backstop for obfuscations the word lists miss ("f.u.c.k",
// "fμck"). Anatomy and sex are dropped from its dataset: a lingerie shop gets asked about them.
const OBSCENITY_KEEP: Record<string, Omit<Resolved, 'term'>> = {
  fuck: { weight: 0.5, kind: 'profane' }, shit: { weight: 0.45, kind: 'profane' },
  bitch: { weight: 0.6, kind: 'insult' }, bastard: { weight: 0.5, kind: 'insult' },
  cunt: { weight: 0.8, kind: 'insult' }, twat: { weight: 0.6, kind: 'insult' },
  prick: { weight: 0.5, kind: 'insult' }, slut: { weight: 0.6, kind: 'insult' },
  whore: { weight: 0.6, kind: 'insult' }, wank: { weight: 0.6, kind: 'insult' },
  dick: { weight: 0.4, kind: 'insult' }, turd: { weight: 0.3, kind: 'insult' },
  retard: { weight: 0.5, kind: 'insult' }, spastic: { weight: 1.0, kind: 'slur' },
  nigger: { weight: 1.3, kind: 'slur' }, chink: { weight: 1.2, kind: 'slur' },
  kike: { weight: 1.3, kind: 'slur' }, fag: { weight: 1.1, kind: 'slur' },
  dyke: { weight: 1.1, kind: 'slur' }, tranny: { weight: 1.2, kind: 'slur' },
  abo: { weight: 1.2, kind: 'slur' }, abeed: { weight: 1.2, kind: 'slur' },
  africoon: { weight: 1.3, kind: 'slur' }, arabush: { weight: 1.2, kind: 'slur' },
  boonga: { weight: 1.2, kind: 'slur' }, chingchong: { weight: 1.2, kind: 'slur' },
};

function buildObscenity() {
  const dataset = new DataSet<{ originalWord: string }>()
    .addAll(englishDataset)
    .removePhrasesIf((phrase) => !(phrase.metadata?.originalWord && phrase.metadata.originalWord in OBSCENITY_KEEP));
  const matcher = new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });
  return (text: string): Array<Resolved & { start: number }> =>
    matcher.getAllMatches(text, true).flatMap((match) => {
      const word = dataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord;
      const resolved = word ? OBSCENITY_KEEP[word] : undefined;
      return resolved && word ? [{ term: word, ...resolved, start: match.startIndex }] : [];
    });
}

// obscenity costs more than the word lists, so it only looks at text that shows a sign of
// disguise: leetspeak, spaced or stretched letters, symbols inside words, non-ASCII letters.
function mayBeObfuscated(text: NormalizedText): boolean {
  return text.squeezed !== text.folded || /[^ -~\s]/.test(text.clean) || /[a-z][*#@$!|][a-z]/i.test(text.clean);
}

/** Word index of every character offset's word, for "how far is the insult from 'you'". */
function wordsOf(text: string): Array<{ word: string; start: number }> {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: m[0], start: m.index ?? 0 }));
}

function wordIndexAt(words: Array<{ start: number }>, offset: number): number {
  let index = 0;
  while (index + 1 < words.length && (words[index + 1]?.start ?? Infinity) <= offset) index += 1;
  return index;
}

type Aim = 'listener' | 'self' | 'none';

function aimOf(words: Array<{ word: string }>, at: number, span: number, m: LanguageMatcher): Aim {
  // The closest pronoun before the insult decides; one just after covers "idiota eres".
  for (let i = at - 1; i >= Math.max(0, at - AIM_WINDOW); i -= 1) {
    const word = words[i]?.word ?? '';
    if (m.self.has(word)) return 'self';
    if (m.you.has(word)) return 'listener';
  }
  for (let i = at + span; i < Math.min(words.length, at + span + AIM_WINDOW_AFTER); i += 1) {
    if (m.you.has(words[i]?.word ?? '')) return 'listener';
  }
  return 'none';
}

/** "dickhead, answer me" / "answer me, dickhead": an insult used to address the reader. */
function isVocative(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start).trim();
  const after = text.slice(end).trim();
  const opensMessage = before === '' && (after === '' || /^[,!?.:;]/u.test(after));
  const closesMessage = /[,:;]$/u.test(before) && /^[\s!?.]*$/u.test(after);
  return opensMessage || closesMessage;
}

function weigh(resolved: Resolved, aim: Aim): number {
  if (resolved.kind !== 'insult') return resolved.weight;
  if (aim === 'listener') return resolved.weight + AIMED_BONUS;
  if (aim === 'self') return resolved.weight * SELF_FACTOR;
  return resolved.weight;
}

const REASON: Record<AbuseKind, string> = {
  attack: 'abusive phrase',
  slur: 'slur',
  insult: 'insult',
  profane: 'swearing',
  mild: 'mild swearing',
};

export function createAbuseDetector(): Detector {
  const matchers = new Map<string, LanguageMatcher>();
  const matcherFor = (language: string) => {
    const key = language in ABUSE_LISTS ? language : 'en';
    let matcher = matchers.get(key);
    if (!matcher) matchers.set(key, (matcher = buildMatcher(key)));
    return matcher;
  };
  let obscenity: ReturnType<typeof buildObscenity> | undefined;

  return (text: NormalizedText, { language }: DetectorContext): Signal[] => {
    const m = matcherFor(language);
    const words = wordsOf(text.squeezed);
    const signals: Signal[] = [];
    let total = 0;
    let swearing = 0;
    const push = (resolved: Resolved, aim: Aim) => {
      let weight = Math.min(weigh(resolved, aim), CATEGORY_CAP - total);
      if (resolved.kind === 'profane' || resolved.kind === 'mild') {
        weight = Math.min(weight, UNAIMED_SWEARING_CAP - swearing);
        swearing += Math.max(0, weight);
      }
      if (weight <= 0) return;
      total += weight;
      const aimed = resolved.kind === 'insult' && aim !== 'none' ? ` (${aim === 'listener' ? 'aimed at the assistant' : 'about oneself'})` : '';
      signals.push({ category: 'abuse', weight, reason: `abuse: ${REASON[resolved.kind]} "${resolved.term.replace(/\*$/, '')}"${aimed}` });
    };

    const hits = [...text.squeezed.matchAll(m.pattern)].flatMap((match) => {
      const found = m.entries.find((e) => e.regex.test(match[0]));
      const start = match.index ?? 0;
      return found ? [{ resolved: found.resolved, start, end: start + match[0].length, span: wordsOf(match[0]).length }] : [];
    });
    const abusiveWords = hits.filter((h) => h.resolved.kind !== 'mild').reduce((n, h) => n + h.span, 0);
    const mostlyAbuse = words.length <= SHORT_MESSAGE_WORDS && abusiveWords * 2 >= words.length;
    for (const hit of hits) {
      const at = wordIndexAt(words, hit.start);
      const aim = aimOf(words, at, hit.span, m);
      const addressed = aim === 'none' && (mostlyAbuse || isVocative(text.squeezed, hit.start, hit.end));
      push(hit.resolved, addressed ? 'listener' : aim);
    }

    if (signals.length === 0 && (language === 'en' || !(language in ABUSE_LISTS)) && mayBeObfuscated(text)) {
      obscenity ??= buildObscenity();
      const cleanWords = wordsOf(text.lower);
      const seen = new Set<string>();
      for (const hit of obscenity(text.lower)) {
        if (seen.has(hit.term)) continue;
        seen.add(hit.term);
        const aim = aimOf(
          cleanWords.map((w) => ({ word: squeeze(foldDiacritics(w.word)) })),
          wordIndexAt(cleanWords, hit.start),
          1,
          m,
        );
        push(hit, aim);
      }
    }
    return signals;
  };
}
