export { createReviewAnalyzer, reviewText, textSentiment, type AnalyzerOptions, type ReviewAnalyzer } from './analyze';
export { batchFlags, contentFingerprint, type BatchReview } from './flags';
export { SUPPORTED_LANGUAGES } from './lexicons';
export * from './types';
