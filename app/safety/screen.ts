// The screen every shopper message passes before any model call: detectors per category
// (abuse, threat, spam, injection, flooding) add up weighted evidence, and the sensitivity the
// merchant chose decides where evidence turns into a flag or a block.
import { detectLanguage, primaryLanguage } from '../lang/detect';
import { createAbuseDetector } from './abuse';
import { createFloodingDetector } from './flooding';
import { createInjectionDetector } from './injection';
import { neutralizeMarkup } from './neutralize';
import { normalizeText, stripInvisible } from './normalize';
import { createSpamDetector } from './spam';
import { createThreatDetector } from './threat';
import type { Category, Detector, ScreenContext, ScreenResult, Sensitivity, Signal, Verdict } from './types';

export type { Category, ScreenContext, ScreenResult, Sensitivity, Verdict } from './types';

/** Evidence needed per category to flag or to block. */
export const THRESHOLDS: Record<Sensitivity, { flag: number; block: number }> = {
  low: { flag: 0.7, block: 1.4 },
  standard: { flag: 0.45, block: 1.0 },
  high: { flag: 0.3, block: 0.8 },
};

const CATEGORY_CAP = 3;
// The model never needs more than this of one chat message; longer floods are cut here.
export const MAX_SANITIZED_CHARS = 2000;
const SANITIZED_RUN = 3;

export interface ScreenOptions {
  /** Used when a call gives no sensitivity. */
  sensitivity?: Sensitivity;
  /** The shop's own domains; links to them are not spam. */
  shopDomains?: string[];
}

function sanitize(text: string): string {
  // Work on a prefix: collapsing floods shortens text, but never below a quarter of this.
  const cleaned = neutralizeMarkup(stripInvisible(text.slice(0, MAX_SANITIZED_CHARS * 4).normalize('NFKC')))
    .replace(/(\S)\1{9,}/gu, (_m, c: string) => c.repeat(SANITIZED_RUN))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const chars = [...cleaned];
  return chars.length > MAX_SANITIZED_CHARS ? `${chars.slice(0, MAX_SANITIZED_CHARS).join('')}…` : cleaned;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function createScreen(options: ScreenOptions = {}) {
  const detectors: Detector[] = [
    createInjectionDetector(),
    createThreatDetector(),
    createAbuseDetector(),
    createSpamDetector(),
    createFloodingDetector(),
  ];

  return function screen(text: string, ctx: ScreenContext = {}): ScreenResult {
    const sensitivity = ctx.sensitivity ?? options.sensitivity ?? 'standard';
    const { flag, block } = THRESHOLDS[sensitivity];
    const normalized = normalizeText(text);
    const language = ctx.language ? primaryLanguage(ctx.language) : detectLanguage(normalized.clean).language;
    const detectorCtx = { language, shopDomains: ctx.shopDomains ?? options.shopDomains ?? [] };

    const signals: Signal[] = detectors.flatMap((detect) => detect(normalized, detectorCtx));
    const totals = new Map<Category, number>();
    for (const signal of signals) {
      totals.set(signal.category, Math.min(CATEGORY_CAP, (totals.get(signal.category) ?? 0) + signal.weight));
    }
    const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1]);
    const strongest = ranked[0]?.[1] ?? 0;
    const verdict: Verdict = strongest >= block ? 'block' : strongest >= flag ? 'flag' : 'allow';

    const reasons = [...new Set([...signals].sort((a, b) => b.weight - a.weight).map((s) => s.reason))];
    const sanitized = sanitize(text);
    return {
      verdict,
      categories: ranked.filter(([, total]) => total >= flag).map(([category]) => category),
      reasons,
      score: round2(Math.min(1, strongest / block)),
      ...(sanitized !== text ? { sanitized } : {}),
    };
  };
}

/** The screen with default options; see `createScreen` to set shop domains or a default sensitivity. */
export const screenMessage = createScreen();
