import type { Messages } from './messages';

export const en: Messages = {
  soldOut: 'sold out',
  lowStock: (n) => `only ${n} left`,
  was: (price) => `was ${price}`,
  andMore: (n) => `…and ${n} more.`,

  greeting: (persona, shop, voice) =>
    voice === 'concise'
      ? `Hi, I'm ${persona}. How can I help?`
      : voice === 'professional'
        ? `Hello, I'm ${persona}, the assistant of ${shop}. I can help you find products, compare them and check on an order.`
        : voice === 'playful'
          ? `Hey there! I'm ${persona} 👋 Looking for something nice at ${shop}, or checking on an order?`
          : `Hi! I'm ${persona}. I can help you find products, compare them and check on your order. What are you looking for?`,
  thanks: (voice) =>
    voice === 'concise'
      ? "You're welcome."
      : voice === 'professional'
        ? "You're welcome. Is there anything else I can help you with?"
        : voice === 'playful'
          ? 'Anytime! Happy shopping 🛍️'
          : "You're welcome! Anything else I can help with?",
  quick: {
    products: 'Find a product',
    order: 'Where is my order?',
    shipping: 'Shipping',
    returns: 'Returns',
    human: 'Talk to a person',
    compare: 'Compare them',
    similar: 'Show similar',
    cart: 'Add to cart',
  },
  outOfScope: (persona, voice) =>
    voice === 'concise'
      ? "That's outside what I can help with here. I can help with products, orders, shipping and returns."
      : `I'm ${persona}, the shop's assistant, so I can't help with that. I can help you find products, compare them, or check on an order, shipping and returns.`,
  avoidTopic: "I'd rather not go into that here. Can I help you with a product or an order instead?",
  notSure:
    "I'm not sure I understood that. Could you put it another way? I can search products, compare them, check an order, or answer questions about shipping and returns.",
  offerHandoff: 'If you like, I can pass your question to the team.',
  toolError: "Sorry, I couldn't get that information just now. Please try again in a moment.",

  searchFound: (n, voice) =>
    voice === 'concise'
      ? n === 1
        ? '1 match:'
        : `${n} matches:`
      : voice === 'professional'
        ? n === 1
          ? 'This product matches your request:'
          : 'These products match your request:'
        : voice === 'playful'
          ? n === 1
            ? 'Ooh, found one for you:'
            : 'Ooh, a few picks for you:'
          : n === 1
            ? "Here's what I found:"
            : `Here are ${n} products I found:`,
  searchRelaxed: (dropped) => `Nothing matched everything you asked for, so I searched without ${dropped.join(' and ')}:`,
  relaxedPart: { price: 'the price limit', size: 'the size', stock: 'the stock filter', details: 'some of the details' },
  searchClose: "I couldn't find exactly that. These are the closest matches:",
  searchNone: "I couldn't find anything like that in the shop.",
  askWhatToSearch: 'What are you looking for? Tell me the kind of product, and a colour, size or budget if you have one.',

  whichProduct: 'Which product do you mean? Tell me its name, or search for it first.',
  assumedProduct: (title) => `(I took this to be about **${title}**.)`,
  priceIs: (title, price) => `**${title}** costs ${price}.`,
  inStock: (title) => `**${title}** is in stock.`,
  notInStock: (title) => `**${title}** is sold out at the moment.`,
  variantInStock: (title, variant) => `**${title}** in ${variant} is in stock.`,
  variantLowStock: (title, variant, n) => `**${title}** in ${variant} is in stock (only ${n} left).`,
  variantSoldOut: (title, variant) => `**${title}** in ${variant} is sold out at the moment.`,
  variantMissing: (title, wanted) => `**${title}** doesn't come in ${wanted}.`,
  optionValues: (option, values) => `${option}: ${values}.`,
  soldOutValues: (values) => `Sold out: ${values}.`,
  descriptionSays: (title, quote) => `The description of **${title}** says: “${quote}”`,
  attributesAre: (title) => `What the shop lists for **${title}**:`,
  noMaterialInfo: (title) => `The product page of **${title}** doesn't say what it's made of.`,
  reviewsSay: (title, says) => `What customers say about **${title}**:\n${says}`,
  reviewsRatingOnly: (title, rating, n) =>
    `**${title}** is rated ${rating}/5 from ${n} review${n === 1 ? '' : 's'}. I don't have the reviews' texts, only the rating.`,
  reviewQuote: (aspect, quote) => `On ${aspect}, one customer wrote: “${quote}”`,
  reviewComplaint: (aspect, quote) => `On ${aspect}, a less happy customer wrote: “${quote}”`,
  noReviews: (title) => `**${title}** has no customer reviews yet.`,
  ratingLine: (rating, n) => `Customers rate it ${rating}/5 (${n} review${n === 1 ? '' : 's'}).`,

  compareNeedTwo: 'Which products should I compare? Name two to four of them, or search first and say "compare them".',
  compareLead: (n) => (n === 2 ? 'Here are the two side by side.' : `Here are the ${n} side by side.`),
  compareDiffer: 'Where they differ:',
  compareAlike: 'They are alike in everything the shop lists, apart from the name.',
  compareByReviews: (items) => `By customer reviews, best rated first:\n${items.map((i) => `- ${i}`).join('\n')}`,
  ratedItem: (title, rating, n) => `**${title}**: ${rating}/5 from ${n} review${n === 1 ? '' : 's'}`,
  compareNoReviews: 'None of them has customer reviews yet.',
  pickCheapest: (title, price) => `The cheapest is **${title}**, at ${price}.`,
  pickPriciest: (title, price) => `The most expensive is **${title}**, at ${price}.`,
  pickBestRated: (title, rating, n) => `The best rated is **${title}**: ${rating}/5 from ${n} review${n === 1 ? '' : 's'}.`,
  pickInOrder: 'In order:',
  pickUnrated: (n) => (n === 1 ? 'One has no reviews yet.' : `${n} have no reviews yet.`),
  pickNoRatings: "None of these has customer reviews yet, so I can't say which is rated best.",
  pickNeedList: 'Which products do you mean? Search for some first, then ask me which one is the cheapest or the best rated.',

  recommendSimilar: (title) => `Similar to **${title}**:`,
  recommendComplements: (title) => `Goes well with **${title}**:`,
  recommendForYou: 'Picked for you, based on your past orders:',
  recommendNone: "I don't have good suggestions for that yet.",
  recommendNeedProduct: 'Which product should I base the suggestions on? Tell me its name, or what you are shopping for.',

  askOrderDetails: 'To look up your order, please give me the order number and the e-mail address (or phone number) used for the order.',
  orderNotFound:
    "I couldn't find an order with that number and e-mail or phone. Please check both — the order number is in your confirmation e-mail.",
  orderRateLimited: (minutes) =>
    `There have been too many lookups that didn't match. Please try again in about ${minutes} minutes, or contact the shop.`,
  orderUnavailable: "I can't look up orders in this chat.",
  orderNone: "I couldn't find any orders on your account.",
  orderRecentLead: 'Your recent orders:',
  orderLine: (o) => `**Order ${o.number}** (placed ${o.date}): ${o.status}. Total ${o.total}.`,
  orderItems: 'Items',
  shipment: (status) => `Shipment: ${status}`,
  tracking: (carrier, number) => `${carrier}, tracking number ${number}`,
  trackingLink: 'track the parcel',
  estimatedDelivery: (date) => `expected ${date}`,
  deliveredOn: (date) => `delivered ${date}`,
  refunded: (amount, date) => (date ? `Refunded ${amount} on ${date}.` : `Refunded ${amount}.`),
  cancelledOn: (date) => `This order was cancelled on ${date}.`,
  status: {
    PAID: 'paid',
    PENDING: 'payment pending',
    AUTHORIZED: 'payment authorised',
    PARTIALLY_PAID: 'partly paid',
    PARTIALLY_REFUNDED: 'partly refunded',
    REFUNDED: 'refunded',
    VOIDED: 'payment voided',
    UNFULFILLED: 'being prepared',
    PARTIALLY_FULFILLED: 'partly shipped',
    FULFILLED: 'shipped',
    IN_PROGRESS: 'being prepared',
    ON_HOLD: 'on hold',
    SCHEDULED: 'scheduled',
    OPEN: 'open',
    LABEL_PRINTED: 'label printed',
    LABEL_PURCHASED: 'label created',
    CONFIRMED: 'confirmed by the carrier',
    IN_TRANSIT: 'in transit',
    OUT_FOR_DELIVERY: 'out for delivery',
    ATTEMPTED_DELIVERY: 'delivery attempted',
    READY_FOR_PICKUP: 'ready for pickup',
    PICKED_UP: 'picked up',
    DELIVERED: 'delivered',
    DELAYED: 'delayed',
    FAILURE: 'delivery problem',
    SUCCESS: 'shipped',
    CANCELLED: 'cancelled',
  },

  policyLead: "Here's what the shop says:",
  policyInLanguage: (language) => `(The shop has this only in ${language}.)`,
  policyNone: "The shop's policies and FAQ don't cover that.",
  policyMore: 'Full text',

  askHandoffEmail: "I'll pass this to the team. What e-mail address should they reply to?",
  handoffDone: (reference, replyTo) => `Done — the team has your question (reference ${reference}) and will reply to ${replyTo}.`,
  handoffLimit: 'The team already has your questions from this chat and will reply by e-mail.',
  handoffUnavailable: "I can't pass messages to the team from this chat.",

  addedToCart: (title, quantity) => (quantity > 1 ? `Added ${quantity} × **${title}** to your cart.` : `Added **${title}** to your cart.`),
  cartAssumed: (variant) => `I picked ${variant}; tell me if you'd like another option.`,
  cartWhichVariant: (title, options) => `Which one of **${title}** would you like? ${options}`,
  cartSoldOut: (title) => `Sorry, **${title}** is sold out in that option.`,
  cartUnavailable: "I can't add items to the cart from this chat, but you can add it on the product page.",
};
