// Runs the local analyzer over the labelled sets and reports accuracy and macro-F1 per set and
// language. Shared by bench/reviews.ts (prints) and the quality test (asserts floors).
import { createReviewAnalyzer } from '../analyze';
import { loadDummyJson, loadMagento, loadOwnMultilingual, type LabelledReview } from './datasets';
import { classificationReport, reportByLanguage, type ClassificationReport } from './metrics';

export interface SentimentQuality {
  magento: ClassificationReport;
  dummyjson: ClassificationReport;
  /** Own multilingual set, per language. */
  own: Record<string, ClassificationReport>;
}

export function evaluateSentiment(dir?: string): SentimentQuality {
  const analyze = createReviewAnalyzer();
  const predict = (set: LabelledReview[]) =>
    set.map((r) => ({ language: r.language, expected: r.label, predicted: analyze({ id: r.id, title: r.title, body: r.text }).sentiment }));
  return {
    magento: classificationReport(predict(loadMagento(dir))),
    dummyjson: classificationReport(predict(loadDummyJson(dir))),
    own: reportByLanguage(predict(loadOwnMultilingual(dir))),
  };
}
