// Recommendations: similar products, products bought together (learned from orders), picks for a customer.
export {
  countOrder,
  countOrderFromWebhook,
  countOrdersFromAdmin,
  boughtTogether,
  orderKey,
  type BackfillResult,
  type OrderWebhookPayload,
} from './co-purchase';
export { similarTo, complementsOf, forPurchases, type Recommendations, type RecommendationBasis } from './recommend';
