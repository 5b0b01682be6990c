// Floors under the measured sentiment quality (figures in the README; the bench prints them).
// They sit just under what the analyzer reaches today, so a change that makes it worse fails.
import { evaluateSentiment } from '../evaluate';
import { classificationReport } from '../metrics';

const quality = evaluateSentiment();

it('computes accuracy and macro-F1 from a confusion matrix', () => {
  const r = classificationReport([
    { language: 'en', expected: 'positive', predicted: 'positive' },
    { language: 'en', expected: 'positive', predicted: 'neutral' },
    { language: 'en', expected: 'negative', predicted: 'negative' },
    { language: 'en', expected: 'neutral', predicted: 'positive' },
  ]);
  expect(r.accuracy).toBe(0.5);
  expect(r.f1).toEqual({ negative: 1, neutral: 0, positive: 0.5 });
  expect(r.macroF1).toBe(0.5);
  expect(r.polarityAccuracy).toBe(1);
});

it('Magento reviews (stars → label): 3-class macro-F1 and polarity', () => {
  expect(quality.magento.n).toBe(500);
  expect(quality.magento.macroF1).toBeGreaterThanOrEqual(0.54);
  expect(quality.magento.polarityAccuracy).toBeGreaterThanOrEqual(0.95);
});

it('DummyJSON reviews: polarity never flipped', () => {
  expect(quality.dummyjson.n).toBe(582);
  expect(quality.dummyjson.polarityAccuracy).toBeGreaterThanOrEqual(0.98);
  expect(quality.dummyjson.f1.negative).toBeGreaterThanOrEqual(0.75);
});

it.each(['en', 'pl', 'de', 'es', 'fr'])('own multilingual set, %s: macro-F1 ≥ 0.8', (language) => {
  expect(quality.own[language].n).toBe(36);
  expect(quality.own[language].macroF1).toBeGreaterThanOrEqual(0.8);
});
