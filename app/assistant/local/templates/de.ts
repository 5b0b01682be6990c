import type { Messages } from './messages';

export const de: Messages = {
  soldOut: 'ausverkauft',
  lowStock: (n) => `nur noch ${n} Stück`,
  was: (price) => `statt ${price}`,
  andMore: (n) => `…und ${n} weitere.`,

  greeting: (persona, shop, voice) =>
    voice === 'concise'
      ? `Hallo, hier ist ${persona}. Wobei kann ich helfen?`
      : voice === 'professional'
        ? `Guten Tag, ich bin ${persona}, der Assistent von ${shop}. Ich helfe Ihnen, Produkte zu finden, zu vergleichen und Bestellungen zu prüfen.`
        : voice === 'playful'
          ? `Hey! Ich bin ${persona} 👋 Suchst du etwas Schönes bei ${shop} oder schauen wir nach einer Bestellung?`
          : `Hallo! Ich bin ${persona}. Ich helfe dir, Produkte zu finden, zu vergleichen und deine Bestellung zu prüfen. Was suchst du?`,
  thanks: (voice) =>
    voice === 'concise'
      ? 'Gern geschehen.'
      : voice === 'professional'
        ? 'Gern geschehen. Kann ich Ihnen sonst noch helfen?'
        : voice === 'playful'
          ? 'Immer gern! Viel Spaß beim Shoppen 🛍️'
          : 'Gern geschehen! Kann ich sonst noch helfen?',
  quick: {
    products: 'Produkt finden',
    order: 'Wo ist meine Bestellung?',
    shipping: 'Versand',
    returns: 'Rückgabe',
    human: 'Mit einem Menschen sprechen',
    compare: 'Vergleichen',
    similar: 'Ähnliche zeigen',
    cart: 'In den Warenkorb',
  },
  outOfScope: (persona, voice) =>
    voice === 'concise'
      ? 'Dabei kann ich hier nicht helfen. Ich helfe bei Produkten, Bestellungen, Versand und Rückgabe.'
      : `Ich bin ${persona}, der Assistent des Shops, und kann dabei leider nicht helfen. Ich kann Produkte finden, vergleichen oder nach Bestellung, Versand und Rückgabe schauen.`,
  avoidTopic: 'Darauf gehe ich hier lieber nicht ein. Kann ich bei einem Produkt oder einer Bestellung helfen?',
  notSure:
    'Ich bin nicht sicher, ob ich das richtig verstehe. Kannst du es anders formulieren? Ich kann Produkte suchen, vergleichen, eine Bestellung prüfen oder Fragen zu Versand und Rückgabe beantworten.',
  offerHandoff: 'Wenn du möchtest, gebe ich deine Frage an das Team weiter.',
  toolError: 'Entschuldigung, ich konnte diese Information gerade nicht abrufen. Bitte versuche es gleich noch einmal.',

  searchFound: (n, voice) =>
    voice === 'concise'
      ? `${n} Treffer:`
      : voice === 'professional'
        ? n === 1
          ? 'Dieses Produkt passt zu Ihrer Anfrage:'
          : 'Diese Produkte passen zu Ihrer Anfrage:'
        : voice === 'playful'
          ? n === 1
            ? 'Oh, da habe ich etwas für dich:'
            : 'Oh, ein paar Ideen für dich:'
          : n === 1
            ? 'Das habe ich gefunden:'
            : `Ich habe ${n} Produkte gefunden:`,
  searchRelaxed: (dropped) => `Nichts passte zu allem, was du angegeben hast, deshalb habe ich ohne ${dropped.join(' und ')} gesucht:`,
  relaxedPart: { price: 'Preisgrenze', size: 'Größe', stock: 'Verfügbarkeitsfilter', details: 'einige Details' },
  searchClose: 'Genau das habe ich nicht gefunden. Das kommt dem am nächsten:',
  searchNone: 'So etwas habe ich im Shop nicht gefunden.',
  askWhatToSearch: 'Was suchst du? Nenn mir die Art des Produkts und gern auch Farbe, Größe oder Budget.',

  whichProduct: 'Welches Produkt meinst du? Nenn mir den Namen oder lass es uns zuerst suchen.',
  assumedProduct: (title) => `(Ich gehe davon aus, dass es um **${title}** geht.)`,
  priceIs: (title, price) => `**${title}** kostet ${price}.`,
  inStock: (title) => `**${title}** ist auf Lager.`,
  notInStock: (title) => `**${title}** ist im Moment ausverkauft.`,
  variantInStock: (title, variant) => `**${title}** in ${variant} ist auf Lager.`,
  variantLowStock: (title, variant, n) => `**${title}** in ${variant} ist auf Lager (nur noch ${n} Stück).`,
  variantSoldOut: (title, variant) => `**${title}** in ${variant} ist im Moment ausverkauft.`,
  variantMissing: (title, wanted) => `**${title}** gibt es nicht in ${wanted}.`,
  optionValues: (option, values) => `${option}: ${values}.`,
  soldOutValues: (values) => `Ausverkauft: ${values}.`,
  descriptionSays: (title, quote) => `In der Beschreibung von **${title}** steht: „${quote}“`,
  attributesAre: (title) => `Was der Shop zu **${title}** angibt:`,
  noMaterialInfo: (title) => `Die Produktseite von **${title}** nennt kein Material.`,
  reviewsSay: (title, says) => `Das sagen Kunden über **${title}**:\n${says}`,
  reviewsRatingOnly: (title, rating, n) =>
    `**${title}** ist mit ${rating}/5 bewertet (${n} Bewertung${n === 1 ? '' : 'en'}). Die Texte der Bewertungen liegen mir nicht vor, nur die Note.`,
  reviewQuote: (aspect, quote) => `Ein Kunde lobt ${aspect}: „${quote}“`,
  reviewComplaint: (aspect, quote) => `Ein Kunde kritisiert ${aspect}: „${quote}“`,
  noReviews: (title) => `Zu **${title}** gibt es noch keine Kundenbewertungen.`,
  ratingLine: (rating, n) => `Kundenbewertung: ${rating}/5 (${n} Bewertung${n === 1 ? '' : 'en'}).`,

  compareNeedTwo: 'Welche Produkte soll ich vergleichen? Nenn zwei bis vier davon, oder such zuerst und sag „vergleiche sie“.',
  compareLead: (n) => (n === 2 ? 'Hier sind die beiden nebeneinander.' : `Hier sind die ${n} nebeneinander.`),
  compareDiffer: 'Worin sie sich unterscheiden:',
  compareAlike: 'Bis auf den Namen unterscheiden sie sich in nichts, was der Shop angibt.',
  compareByReviews: (items) => `Nach Kundenbewertungen, am besten bewertet zuerst:\n${items.map((i) => `- ${i}`).join('\n')}`,
  ratedItem: (title, rating, n) => `**${title}**: ${rating}/5 aus ${n} Bewertung${n === 1 ? '' : 'en'}`,
  compareNoReviews: 'Keiner davon hat bisher Kundenbewertungen.',
  pickCheapest: (title, price) => `Am günstigsten ist **${title}**, für ${price}.`,
  pickPriciest: (title, price) => `Am teuersten ist **${title}**, für ${price}.`,
  pickBestRated: (title, rating, n) => `Am besten bewertet ist **${title}**: ${rating}/5 aus ${n} Bewertung${n === 1 ? '' : 'en'}.`,
  pickInOrder: 'Der Reihe nach:',
  pickUnrated: (n) => `Ohne Bewertungen: ${n}.`,
  pickNoRatings: 'Keiner davon hat bisher Kundenbewertungen, daher kann ich nicht sagen, welcher am besten bewertet ist.',
  pickNeedList: 'Welche Produkte meinst du? Such zuerst nach ein paar, dann frag mich, welches am günstigsten oder am besten bewertet ist.',

  recommendSimilar: (title) => `Ähnlich wie **${title}**:`,
  recommendComplements: (title) => `Passt gut zu **${title}**:`,
  recommendForYou: 'Für dich ausgewählt, passend zu deinen Bestellungen:',
  recommendNone: 'Dazu habe ich noch keine guten Vorschläge.',
  recommendNeedProduct: 'Von welchem Produkt soll ich ausgehen? Nenn mir den Namen oder was du suchst.',

  askOrderDetails:
    'Um deine Bestellung zu finden, brauche ich die Bestellnummer und die E-Mail-Adresse (oder Telefonnummer) der Bestellung.',
  orderNotFound:
    'Ich habe keine Bestellung mit dieser Nummer und dieser E-Mail-Adresse oder Telefonnummer gefunden. Bitte prüfe beides — die Bestellnummer steht in deiner Bestätigungs-E-Mail.',
  orderRateLimited: (minutes) =>
    `Es gab zu viele Abfragen ohne Treffer. Bitte versuche es in etwa ${minutes} Minuten noch einmal oder wende dich an den Shop.`,
  orderUnavailable: 'In diesem Chat kann ich keine Bestellungen abfragen.',
  orderNone: 'In deinem Konto habe ich keine Bestellungen gefunden.',
  orderRecentLead: 'Deine letzten Bestellungen:',
  orderLine: (o) => `**Bestellung ${o.number}** (vom ${o.date}): ${o.status}. Summe ${o.total}.`,
  orderItems: 'Artikel',
  shipment: (status) => `Sendung: ${status}`,
  tracking: (carrier, number) => `${carrier}, Sendungsnummer ${number}`,
  trackingLink: 'Sendung verfolgen',
  estimatedDelivery: (date) => `voraussichtlich ${date}`,
  deliveredOn: (date) => `zugestellt am ${date}`,
  refunded: (amount, date) => (date ? `${amount} erstattet am ${date}.` : `${amount} erstattet.`),
  cancelledOn: (date) => `Diese Bestellung wurde am ${date} storniert.`,
  status: {
    PAID: 'bezahlt',
    PENDING: 'Zahlung ausstehend',
    AUTHORIZED: 'Zahlung autorisiert',
    PARTIALLY_PAID: 'teilweise bezahlt',
    PARTIALLY_REFUNDED: 'teilweise erstattet',
    REFUNDED: 'erstattet',
    VOIDED: 'Zahlung storniert',
    UNFULFILLED: 'in Vorbereitung',
    PARTIALLY_FULFILLED: 'teilweise versandt',
    FULFILLED: 'versandt',
    IN_PROGRESS: 'in Vorbereitung',
    ON_HOLD: 'angehalten',
    SCHEDULED: 'geplant',
    OPEN: 'offen',
    LABEL_PRINTED: 'Etikett gedruckt',
    LABEL_PURCHASED: 'Etikett erstellt',
    CONFIRMED: 'vom Versanddienst bestätigt',
    IN_TRANSIT: 'unterwegs',
    OUT_FOR_DELIVERY: 'in Zustellung',
    ATTEMPTED_DELIVERY: 'Zustellversuch',
    READY_FOR_PICKUP: 'abholbereit',
    PICKED_UP: 'abgeholt',
    DELIVERED: 'zugestellt',
    DELAYED: 'verspätet',
    FAILURE: 'Problem bei der Zustellung',
    SUCCESS: 'versandt',
    CANCELLED: 'storniert',
  },

  policyLead: 'Das sagt der Shop dazu:',
  policyInLanguage: (language) => `(Der Shop hat diesen Text nur auf ${language}.)`,
  policyNone: 'Die Richtlinien und FAQ des Shops decken das nicht ab.',
  policyMore: 'Vollständiger Text',

  askHandoffEmail: 'Ich gebe das an das Team weiter. An welche E-Mail-Adresse soll es antworten?',
  handoffDone: (reference, replyTo) => `Erledigt — das Team hat deine Frage (Referenz ${reference}) und antwortet an ${replyTo}.`,
  handoffLimit: 'Das Team hat deine Fragen aus diesem Chat bereits und antwortet per E-Mail.',
  handoffUnavailable: 'Aus diesem Chat kann ich keine Nachrichten an das Team weitergeben.',

  addedToCart: (title, quantity) => (quantity > 1 ? `${quantity} × **${title}** liegen im Warenkorb.` : `**${title}** liegt im Warenkorb.`),
  cartAssumed: (variant) => `Ich habe ${variant} gewählt; sag Bescheid, wenn du eine andere Variante möchtest.`,
  cartWhichVariant: (title, options) => `Welche Variante von **${title}** möchtest du? ${options}`,
  cartSoldOut: (title) => `Leider ist **${title}** in dieser Variante ausverkauft.`,
  cartUnavailable: 'Aus diesem Chat kann ich nichts in den Warenkorb legen, aber auf der Produktseite geht es.',
};
