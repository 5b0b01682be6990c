// Flooding: messages whose size or repetition is the point — walls of one character, pages of
// text, hundreds of lines. The model never needs them whole; the screen hands back a trimmed
// `sanitized` text (see screen.ts) and flags or blocks by how extreme the flood is.
import type { Detector, NormalizedText, Signal } from './types';

// A shopper's message is a few lines; the largest real ones (a pasted complaint) run to ~1,500.
const LENGTH_STEPS: Array<[chars: number, weight: number]> = [
  [8000, 1.0],
  [4000, 0.6],
  [1500, 0.25],
];
const CHAR_RUN_STEPS: Array<[run: number, weight: number]> = [
  [50, 0.8],
  [20, 0.5],
  [10, 0.25],
];
const LINE_STEPS: Array<[lines: number, weight: number]> = [
  [100, 0.8],
  [30, 0.3],
];
// Long text made of few distinct words ("lol lol lol ..." in varying order).
const LOW_VARIETY_MIN_WORDS = 60;
const LOW_VARIETY_RATIO = 0.2;
const LOW_VARIETY_WEIGHT = 0.6;

function step(value: number, steps: Array<[number, number]>): number {
  return steps.find(([limit]) => value >= limit)?.[1] ?? 0;
}

function longestRun(text: string): { char: string; length: number } {
  let best = { char: '', length: 0 };
  for (const match of text.matchAll(/(.)\1+/gsu)) {
    const length = [...match[0]].length;
    if (length > best.length) best = { char: match[1] ?? '', length };
  }
  return best;
}

export function createFloodingDetector(): Detector {
  return (text: NormalizedText): Signal[] => {
    const signals: Signal[] = [];
    const length = text.length;
    const byLength = step(length, LENGTH_STEPS);
    if (byLength > 0) signals.push({ category: 'flooding', weight: byLength, reason: `flooding: ${length} characters` });

    // Whitespace runs are layout, not flooding; any other character repeated is.
    const run = longestRun(text.clean.replace(/\s+/gu, ' '));
    const byRun = run.char.trim() ? step(run.length, CHAR_RUN_STEPS) : 0;
    if (byRun > 0) signals.push({ category: 'flooding', weight: byRun, reason: `flooding: "${run.char}" repeated ${run.length} times` });

    const lines = text.clean.split('\n').length;
    const byLines = step(lines, LINE_STEPS);
    if (byLines > 0) signals.push({ category: 'flooding', weight: byLines, reason: `flooding: ${lines} lines` });

    const words = text.folded.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length >= LOW_VARIETY_MIN_WORDS && new Set(words).size / words.length < LOW_VARIETY_RATIO) {
      signals.push({ category: 'flooding', weight: LOW_VARIETY_WEIGHT, reason: `flooding: ${words.length} words, ${new Set(words).size} distinct` });
    }
    return signals;
  };
}
