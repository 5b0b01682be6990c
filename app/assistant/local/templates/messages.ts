// What the local engine can say, per language. Every fact in a reply (a price, a stock level, a
// tracking number, a policy sentence) is passed in from a tool result, already formatted; the
// templates only supply the words around it. Questions the engine asks (order details, e-mail for a
// hand-off) are fixed strings: the next turn recognises them in the history and knows what the
// shopper's answer is for.

/** Tone presets of the merchant's settings, applied lightly: lead-ins and sign-offs change. */
export type Voice = 'friendly' | 'concise' | 'professional' | 'playful';

export type RelaxedPart = 'price' | 'size' | 'stock' | 'details';
export type QuickReply = 'products' | 'order' | 'shipping' | 'returns' | 'human' | 'compare' | 'similar' | 'cart';

export interface OrderLineFacts {
  number: string;
  date: string;
  status: string;
  total: string;
}

export interface Messages {
  // Product lines
  soldOut: string;
  lowStock(n: number): string;
  was(price: string): string;
  andMore(n: number): string;

  // Small talk
  greeting(persona: string, shop: string, voice: Voice): string;
  thanks(voice: Voice): string;
  quick: Record<QuickReply, string>;
  outOfScope(persona: string, voice: Voice): string;
  avoidTopic: string;
  notSure: string;
  offerHandoff: string;
  toolError: string;

  // Search
  searchFound(n: number, voice: Voice): string;
  /** `dropped`: the relaxedPart words of what was left out. */
  searchRelaxed(dropped: string[]): string;
  relaxedPart: Record<RelaxedPart, string>;
  searchClose: string;
  searchNone: string;
  askWhatToSearch: string;

  // One product
  whichProduct: string;
  assumedProduct(title: string): string;
  priceIs(title: string, price: string): string;
  inStock(title: string): string;
  notInStock(title: string): string;
  variantInStock(title: string, variant: string): string;
  variantLowStock(title: string, variant: string, n: number): string;
  variantSoldOut(title: string, variant: string): string;
  variantMissing(title: string, wanted: string): string;
  optionValues(option: string, values: string): string;
  soldOutValues(values: string): string;
  descriptionSays(title: string, quote: string): string;
  attributesAre(title: string): string;
  noMaterialInfo(title: string): string;
  /** `says` is the reviews' "customers say" line, already in the reply language. */
  reviewsSay(title: string, says: string): string;
  reviewsRatingOnly(title: string, rating: string, count: number): string;
  reviewQuote(aspect: string, quote: string): string;
  reviewComplaint(aspect: string, quote: string): string;
  noReviews(title: string): string;
  /** One sentence for a product's summary: "Customers rate it 4.2/5 (31 reviews)." */
  ratingLine(rating: string, count: number): string;

  // Compare
  compareNeedTwo: string;
  compareLead(n: number): string;
  compareDiffer: string;
  compareAlike: string;
  /** `items` come from ratedItem, best rated first. */
  compareByReviews(items: string[]): string;
  ratedItem(title: string, rating: string, count: number): string;
  compareNoReviews: string;

  // "Which is the cheapest / most expensive / best rated?"
  pickCheapest(title: string, price: string): string;
  pickPriciest(title: string, price: string): string;
  pickBestRated(title: string, rating: string, count: number): string;
  pickInOrder: string;
  pickUnrated(n: number): string;
  pickNoRatings: string;
  pickNeedList: string;

  // Recommend
  recommendSimilar(title: string): string;
  recommendComplements(title: string): string;
  recommendForYou: string;
  recommendNone: string;
  recommendNeedProduct: string;

  // Orders
  askOrderDetails: string;
  orderNotFound: string;
  orderRateLimited(minutes: number): string;
  orderUnavailable: string;
  orderNone: string;
  orderRecentLead: string;
  orderLine(o: OrderLineFacts): string;
  orderItems: string;
  shipment(status: string): string;
  tracking(carrier: string, number: string): string;
  trackingLink: string;
  estimatedDelivery(date: string): string;
  deliveredOn(date: string): string;
  refunded(amount: string, date: string): string;
  cancelledOn(date: string): string;
  /** Admin API status enums → words; unknown ones are shown humanised. */
  status: Record<string, string>;

  // Policies
  policyLead: string;
  /** Before a passage the shop has only in another language: `language` is its name in the reply language. */
  policyInLanguage(language: string): string;
  policyNone: string;
  policyMore: string;

  // Hand-off
  askHandoffEmail: string;
  handoffDone(reference: string, replyTo: string): string;
  handoffLimit: string;
  handoffUnavailable: string;

  // Cart
  addedToCart(title: string, quantity: number): string;
  cartAssumed(variant: string): string;
  cartWhichVariant(title: string, options: string): string;
  cartSoldOut(title: string): string;
  cartUnavailable: string;
}
