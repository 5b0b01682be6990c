export { createProductComparison, MIN_COMPARED, MAX_COMPARED, type CompareRequest } from './compare-products';
export { buildComparison, whoIsItFor, type ComparableRow } from './build-comparison';
export * from './types';
export { reviewsFromSummaries } from './review-source';
