// Runs the local analyzer over the labelled sets and reports accuracy and macro-F1 per set and
// language. Shared by bench/reviews.ts (prints) and the quality test (asserts floors).
import { createReviewAnalyzer } from '../analyze';
import { loadDummyJson, loadMagento, loadOwnMultilingual, magentoHalf, type LabelledReview } from './datasets';
import { classificationReport, reportByLanguage, type ClassificationReport } from './metrics';

export interface SentimentQuality {
  magento: ClassificationReport;
  /** The half of Magento the rules were tuned by reading (see `magentoHalf`). */
  magentoDev: ClassificationReport;
  /** The held-out half: never read while tuning, so the honest English figure. */
  magentoTest: ClassificationReport;
  dummyjson: ClassificationReport;
  /** Own multilingual set, per language. */
  own: Record<string, ClassificationReport>;
}

export function evaluateSentiment(dir?: string): SentimentQuality {
  const analyze = createReviewAnalyzer();
  const predict = (set: LabelledReview[]) =>
    set.map((r) => ({ language: r.language, expected: r.label, predicted: analyze({ id: r.id, title: r.title, body: r.text }).sentiment }));
  const magento = loadMagento(dir);
  const magentoPredictions = predict(magento);
  const half = (h: 'dev' | 'test') => classificationReport(magentoPredictions.filter((_, i) => magentoHalf(magento[i].id) === h));
  return {
    magento: classificationReport(magentoPredictions),
    magentoDev: half('dev'),
    magentoTest: half('test'),
    dummyjson: classificationReport(predict(loadDummyJson(dir))),
    own: reportByLanguage(predict(loadOwnMultilingual(dir))),
  };
}
