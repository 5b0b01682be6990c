// Accuracy and macro-F1 of sentiment labels, per language: the figures the README reports and a
// test holds as floors.
import type { SentimentLabel } from '../analyze/types';

export const LABELS: SentimentLabel[] = ['negative', 'neutral', 'positive'];

export interface LabelledPrediction {
  language: string;
  expected: SentimentLabel;
  predicted: SentimentLabel;
}

export interface ClassificationReport {
  n: number;
  accuracy: number;
  macroF1: number;
  /** F1 per label present in the expectations. */
  f1: Partial<Record<SentimentLabel, number>>;
  /** Among reviews labelled positive or negative: how many were not given the opposite label. */
  polarityAccuracy: number;
  /** confusion[expected][predicted] */
  confusion: Record<SentimentLabel, Record<SentimentLabel, number>>;
}

/** Stars to a label: 1-2 negative, 3 neutral, 4-5 positive. */
export function starsToLabel(stars: number): SentimentLabel {
  return stars <= 2 ? 'negative' : stars >= 4 ? 'positive' : 'neutral';
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function classificationReport(predictions: readonly LabelledPrediction[]): ClassificationReport {
  const confusion = Object.fromEntries(LABELS.map((e) => [e, Object.fromEntries(LABELS.map((p) => [p, 0]))])) as ClassificationReport['confusion'];
  for (const p of predictions) confusion[p.expected][p.predicted]++;
  const present = LABELS.filter((l) => LABELS.some((p) => confusion[l][p] > 0));
  const f1: ClassificationReport['f1'] = {};
  for (const label of present) {
    const tp = confusion[label][label];
    const fp = LABELS.filter((o) => o !== label).reduce((s, o) => s + confusion[o][label], 0);
    const fn = LABELS.filter((o) => o !== label).reduce((s, o) => s + confusion[label][o], 0);
    f1[label] = tp === 0 ? 0 : round3((2 * tp) / (2 * tp + fp + fn));
  }
  const correct = LABELS.reduce((s, l) => s + confusion[l][l], 0);
  const polar = confusion.positive.positive + confusion.positive.neutral + confusion.positive.negative + confusion.negative.negative + confusion.negative.neutral + confusion.negative.positive;
  const flipped = confusion.positive.negative + confusion.negative.positive;
  return {
    n: predictions.length,
    accuracy: predictions.length ? round3(correct / predictions.length) : 0,
    macroF1: present.length ? round3(present.reduce((s, l) => s + (f1[l] ?? 0), 0) / present.length) : 0,
    f1,
    polarityAccuracy: polar ? round3((polar - flipped) / polar) : 0,
    confusion,
  };
}

export function reportByLanguage(predictions: readonly LabelledPrediction[]): Record<string, ClassificationReport> {
  const groups = new Map<string, LabelledPrediction[]>();
  for (const p of predictions) groups.set(p.language, [...(groups.get(p.language) ?? []), p]);
  return Object.fromEntries([...groups].map(([language, list]) => [language, classificationReport(list)]));
}
