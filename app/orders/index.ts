// Orders: live order status with identity checks, and purchase history, from the Admin API.
export {
  createOrderLookup,
  customerGid,
  type OrderLookup,
  type OrderLookupOptions,
  type OrderLookupOutcome,
  type OrderLookupRequest,
} from './order-lookup';
export { DEFAULT_LOOKUP_LIMITS, type LookupLimits } from './lookup-limits';
export { purchasedHandles } from './purchases';
export type { OrderSummary, OrderItem } from './order-summary';
export { parseOrderNumber, formatFromName, candidateNames, type OrderNameFormat } from './order-number';
export { contactMatches, emailMatches, phoneMatches } from './contact-match';
