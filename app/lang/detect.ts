// Language of one shopper chat line. Chat lines are short ("hi", "czy macie kurtki?"), so the
// n-gram detector (eld, Apache-2.0, offline) is combined with a small cue-word table and the
// storefront locale: the locale decides whenever the text itself cannot.
import { eld } from 'eld/small';
import { cueLanguages, distinctLetterLanguages } from './cues';

export interface DetectOptions {
  /** Storefront locale ("pl", "de-AT"); wins for very short or ambiguous text. */
  hint?: string;
  /** The shop's languages; the result is always one of these when given. */
  allowed?: string[];
}

export interface DetectedLanguage {
  /** ISO 639-1 code. */
  language: string;
  /** 0..1; 0 when nothing in the text supports the answer (no letters, or the hint decided alone). */
  confidence: number;
}

const FALLBACK_LANGUAGE = 'en';
// A language shows in its first sentences; longer input only costs time.
const MAX_DETECT_CHARS = 1000;
// A line of at most this many words, or fewer letters, is "very short": the hint wins unless
// letters only one candidate language uses say otherwise ("hi" on a Polish storefront stays pl,
// "dzięki" on an English one is pl). Greetings travel between languages; diacritics do not.
const VERY_SHORT_WORDS = 2;
const VERY_SHORT_LETTERS = 8;
// Below this confidence, the line is ambiguous and the hint wins if it is a plausible reading.
const AMBIGUOUS_BELOW = 0.3;
const DECISIVE_GAP = 0.2;
const CUE_BONUS = 0.15;
// The storefront locale is a prior: most shoppers write in the shop's language, so it gets a
// head start that only clear evidence for another language overcomes.
const HINT_BONUS = 0.1;
const LETTER_BONUS = 0.25;

/** "de-AT", "pt_BR", " PL " → "de", "pt", "pl". */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

// URLs, e-mail addresses, order numbers and emoji carry no language and would mislead n-grams.
function lettersOnly(text: string): string {
  return text
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\S+/giu, ' ')
    .replace(/[^\p{L}\s'’]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

export function detectLanguage(text: string, opts: DetectOptions = {}): DetectedLanguage {
  const allowed = opts.allowed?.map(primaryLanguage).filter(Boolean);
  const candidates = allowed && allowed.length > 0 ? new Set(allowed) : undefined;
  const isCandidate = (language: string) => !candidates || candidates.has(language);
  const hintTag = opts.hint ? primaryLanguage(opts.hint) : undefined;
  const hint = hintTag && isCandidate(hintTag) ? hintTag : undefined;
  const fallback = hint ?? allowed?.[0] ?? FALLBACK_LANGUAGE;

  const clean = lettersOnly(text.slice(0, MAX_DETECT_CHARS));
  const letterCount = clean.replace(/[\s'’]/gu, '').length;
  if (letterCount === 0) return { language: fallback, confidence: 0 };

  const words = clean.split(' ');
  const scores = new Map<string, number>();
  const add = (language: string, amount: number) => {
    if (isCandidate(language)) scores.set(language, (scores.get(language) ?? 0) + amount);
  };

  // A line made only of cue words ("merci beaucoup", "hi") is decided by the cue table alone.
  const wordCues = words.map((word) => cueLanguages(word).filter(isCandidate));
  const allCued = words.length <= 3 && wordCues.every((langs) => langs.length > 0);
  if (!allCued) {
    for (const [language, score] of Object.entries(eld.detect(clean).getScores())) add(language, score);
  }
  for (const langs of wordCues) for (const language of langs) add(language, CUE_BONUS / langs.length);
  const distinct = distinctLetterLanguages(text.slice(0, MAX_DETECT_CHARS).toLowerCase()).filter(isCandidate);
  for (const language of distinct) add(language, LETTER_BONUS);
  if (hint && scores.has(hint)) add(hint, HINT_BONUS);

  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] <= 0) return { language: fallback, confidence: 0 };

  // eld's scores for related languages sit close together (0.1-0.3 apart even when right), so
  // the gap is scaled to that range; short lines are discounted because one word can flip them.
  const gap = top[1] - (second?.[1] ?? 0);
  const lengthFactor = Math.min(1, letterCount / 24);
  const confidence = round2(Math.min(1, gap / DECISIVE_GAP) * (0.5 + 0.5 * lengthFactor));

  if (hint && hint !== top[0] && !distinct.includes(top[0])) {
    const veryShort = words.length <= VERY_SHORT_WORDS || letterCount < VERY_SHORT_LETTERS;
    const ambiguous = confidence < AMBIGUOUS_BELOW && (scores.get(hint) ?? 0) > 0;
    if (veryShort || ambiguous) {
      return { language: hint, confidence: round2(Math.min(0.5, (scores.get(hint) ?? 0) / top[1])) };
    }
  }
  return { language: top[0], confidence };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
