// Every number the admin shows, with its definition: the Analytics page lists these, and each
// figure links here, so a merchant can trace a number to how it is counted. The texts themselves
// are translated in app/locales/admin (keys "def.<id>.name" and "def.<id>.text").
export const METRICS = [
  'conversations',
  'resolutionRate',
  'handoffRate',
  'abandoned',
  'thumbsDown',
  'topQuestions',
  'topics',
  'languages',
  'productsAsked',
  'productsRecommended',
  'addToCart',
  'assistedOrders',
  'assistedRevenue',
  'modelCost',
  'modelTokens',
] as const;
export type Metric = (typeof METRICS)[number];

/** Conversations started in the prompt studio are tests: no metric counts them. */
export const EXCLUDES_TESTS = true;
/** Questions counted for "top questions": the latest conversations of the period. */
export const TOP_QUESTIONS_SAMPLE = 2000;
