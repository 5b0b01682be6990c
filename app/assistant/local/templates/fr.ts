import type { Messages } from './messages';

export const fr: Messages = {
  soldOut: 'épuisé',
  lowStock: (n) => `plus que ${n} en stock`,
  was: (price) => `au lieu de ${price}`,
  andMore: (n) => `…et ${n} de plus.`,

  greeting: (persona, shop, voice) =>
    voice === 'concise'
      ? `Bonjour, ici ${persona}. Comment puis-je aider ?`
      : voice === 'professional'
        ? `Bonjour, je suis ${persona}, l'assistant de ${shop}. Je vous aide à trouver des produits, à les comparer et à suivre vos commandes.`
        : voice === 'playful'
          ? `Coucou ! Moi c'est ${persona} 👋 Tu cherches quelque chose de sympa chez ${shop}, ou on regarde une commande ?`
          : `Bonjour ! Je suis ${persona}. Je peux vous aider à trouver des produits, à les comparer et à suivre votre commande. Que cherchez-vous ?`,
  thanks: (voice) =>
    voice === 'concise'
      ? 'Avec plaisir.'
      : voice === 'professional'
        ? 'Avec plaisir. Puis-je vous aider pour autre chose ?'
        : voice === 'playful'
          ? 'Quand tu veux ! Bon shopping 🛍️'
          : 'Avec plaisir ! Autre chose ?',
  quick: {
    products: 'Trouver un produit',
    order: 'Où est ma commande ?',
    shipping: 'Livraison',
    returns: 'Retours',
    human: 'Parler à un conseiller',
    compare: 'Les comparer',
    similar: 'Voir des produits similaires',
    cart: 'Ajouter au panier',
  },
  outOfScope: (persona, voice) =>
    voice === 'concise'
      ? 'Je ne peux pas aider pour cela ici. Je peux aider pour les produits, les commandes, la livraison et les retours.'
      : `Je suis ${persona}, l'assistant de la boutique, je ne peux donc pas vous aider pour cela. Je peux vous aider à trouver des produits, à les comparer, ou à suivre une commande, la livraison et les retours.`,
  avoidTopic: 'Je préfère ne pas aborder ce sujet ici. Puis-je vous aider pour un produit ou une commande ?',
  notSure:
    "Je ne suis pas sûr d'avoir compris. Pouvez-vous reformuler ? Je peux chercher des produits, les comparer, suivre une commande ou répondre aux questions sur la livraison et les retours.",
  offerHandoff: "Si vous le souhaitez, je transmets votre question à l'équipe.",
  toolError: "Désolé, je n'ai pas pu obtenir cette information pour le moment. Réessayez dans un instant.",

  searchFound: (n, voice) =>
    voice === 'concise'
      ? `${n} ${n === 1 ? 'résultat' : 'résultats'} :`
      : voice === 'professional'
        ? n === 1
          ? 'Ce produit correspond à votre demande :'
          : 'Ces produits correspondent à votre demande :'
        : voice === 'playful'
          ? n === 1
            ? "Oh, j'ai trouvé quelque chose pour toi :"
            : 'Oh, quelques idées pour toi :'
          : n === 1
            ? "Voici ce que j'ai trouvé :"
            : `Voici ${n} produits que j'ai trouvés :`,
  searchRelaxed: (dropped) => `Rien ne correspondait à tous vos critères, j'ai donc cherché sans ${dropped.join(' ni ')} :`,
  relaxedPart: { price: 'la limite de prix', size: 'la taille', stock: 'le filtre de disponibilité', details: 'certains détails' },
  searchClose: "Je n'ai pas trouvé exactement cela. Voici ce qui s'en rapproche le plus :",
  searchNone: "Je n'ai rien trouvé de tel dans la boutique.",
  askWhatToSearch: 'Que cherchez-vous ? Dites-moi le type de produit et, si vous voulez, une couleur, une taille ou un budget.',

  whichProduct: 'De quel produit parlez-vous ? Donnez-moi son nom, ou cherchons-le d’abord.',
  assumedProduct: (title) => `(J'ai compris qu'il s'agit de **${title}**.)`,
  priceIs: (title, price) => `**${title}** coûte ${price}.`,
  inStock: (title) => `**${title}** est en stock.`,
  notInStock: (title) => `**${title}** est épuisé pour le moment.`,
  variantInStock: (title, variant) => `**${title}** en ${variant} est en stock.`,
  variantLowStock: (title, variant, n) => `**${title}** en ${variant} est en stock (plus que ${n}).`,
  variantSoldOut: (title, variant) => `**${title}** en ${variant} est épuisé pour le moment.`,
  variantMissing: (title, wanted) => `**${title}** n'existe pas en ${wanted}.`,
  optionValues: (option, values) => `${option} : ${values}.`,
  soldOutValues: (values) => `Épuisé : ${values}.`,
  descriptionSays: (title, quote) => `La description de **${title}** indique : « ${quote} »`,
  attributesAre: (title) => `Ce que la boutique indique pour **${title}** :`,
  noMaterialInfo: (title) => `La page de **${title}** n'indique pas la matière.`,
  reviewsSay: (title, says) => `Ce que les clients disent de **${title}** :\n${says}`,
  reviewsRatingOnly: (title, rating, n) =>
    `**${title}** est noté ${rating}/5 (${n} avis). Je n'ai pas le texte des avis, seulement la note.`,
  reviewQuote: (aspect, quote) => `Un client apprécie ${aspect} : « ${quote} »`,
  reviewComplaint: (aspect, quote) => `Un client critique ${aspect} : « ${quote} »`,
  noReviews: (title) => `**${title}** n'a pas encore d'avis clients.`,
  ratingLine: (rating, n) => `Les clients lui donnent ${rating}/5 (${n} avis).`,

  compareNeedTwo: 'Quels produits dois-je comparer ? Citez-en deux à quatre, ou cherchez d’abord puis dites « compare-les ».',
  compareLead: (n) => (n === 2 ? 'Voici les deux côte à côte.' : `Voici les ${n} côte à côte.`),
  compareDiffer: 'Ce qui les distingue :',
  compareAlike: 'À part le nom, rien de ce que la boutique indique ne les distingue.',
  compareByReviews: (items) => `D'après les avis clients, du mieux noté au moins bien noté :\n${items.map((i) => `- ${i}`).join('\n')}`,
  ratedItem: (title, rating, n) => `**${title}** : ${rating}/5 sur ${n} avis`,
  compareNoReviews: "Aucun d'eux n'a encore d'avis clients.",
  pickCheapest: (title, price) => `Le moins cher est **${title}**, à ${price}.`,
  pickPriciest: (title, price) => `Le plus cher est **${title}**, à ${price}.`,
  pickBestRated: (title, rating, n) => `Le mieux noté est **${title}** : ${rating}/5 sur ${n} avis.`,
  pickInOrder: "Dans l'ordre :",
  pickUnrated: (n) => `Sans avis : ${n}.`,
  pickNoRatings: "Aucun d'eux n'a encore d'avis clients, je ne peux donc pas dire lequel est le mieux noté.",
  pickNeedList:
    'De quels produits parlez-vous ? Cherchez-en d’abord quelques-uns, puis demandez-moi lequel est le moins cher ou le mieux noté.',

  recommendSimilar: (title) => `Similaires à **${title}** :`,
  recommendComplements: (title) => `Va bien avec **${title}** :`,
  recommendForYou: 'Sélectionnés pour vous, d’après vos commandes :',
  recommendNone: "Je n'ai pas encore de bonnes suggestions pour cela.",
  recommendNeedProduct: 'Sur quel produit dois-je me baser ? Donnez-moi son nom ou dites-moi ce que vous cherchez.',

  askOrderDetails:
    'Pour retrouver votre commande, il me faut le numéro de commande et l’adresse e-mail (ou le téléphone) utilisée pour la commande.',
  orderNotFound:
    "Je n'ai trouvé aucune commande avec ce numéro et cet e-mail ou téléphone. Vérifiez les deux : le numéro de commande figure dans l'e-mail de confirmation.",
  orderRateLimited: (minutes) =>
    `Il y a eu trop de recherches sans résultat. Réessayez dans environ ${minutes} minutes ou contactez la boutique.`,
  orderUnavailable: 'Je ne peux pas consulter les commandes dans ce chat.',
  orderNone: "Je n'ai trouvé aucune commande sur votre compte.",
  orderRecentLead: 'Vos dernières commandes :',
  orderLine: (o) => `**Commande ${o.number}** (passée le ${o.date}) : ${o.status}. Total ${o.total}.`,
  orderItems: 'Articles',
  shipment: (status) => `Envoi : ${status}`,
  tracking: (carrier, number) => `${carrier}, numéro de suivi ${number}`,
  trackingLink: 'suivre le colis',
  estimatedDelivery: (date) => `livraison prévue le ${date}`,
  deliveredOn: (date) => `livré le ${date}`,
  refunded: (amount, date) => (date ? `${amount} remboursés le ${date}.` : `${amount} remboursés.`),
  cancelledOn: (date) => `Cette commande a été annulée le ${date}.`,
  status: {
    PAID: 'payée',
    PENDING: 'paiement en attente',
    AUTHORIZED: 'paiement autorisé',
    PARTIALLY_PAID: 'payée en partie',
    PARTIALLY_REFUNDED: 'remboursée en partie',
    REFUNDED: 'remboursée',
    VOIDED: 'paiement annulé',
    UNFULFILLED: 'en préparation',
    PARTIALLY_FULFILLED: 'expédiée en partie',
    FULFILLED: 'expédiée',
    IN_PROGRESS: 'en préparation',
    ON_HOLD: 'en attente',
    SCHEDULED: 'planifiée',
    OPEN: 'ouverte',
    LABEL_PRINTED: 'étiquette imprimée',
    LABEL_PURCHASED: 'étiquette créée',
    CONFIRMED: 'confirmé par le transporteur',
    IN_TRANSIT: 'en transit',
    OUT_FOR_DELIVERY: 'en cours de livraison',
    ATTEMPTED_DELIVERY: 'tentative de livraison',
    READY_FOR_PICKUP: 'prêt à être retiré',
    PICKED_UP: 'retiré',
    DELIVERED: 'livré',
    DELAYED: 'retardé',
    FAILURE: 'problème de livraison',
    SUCCESS: 'expédié',
    CANCELLED: 'annulée',
  },

  policyLead: 'Voici ce qu’indique la boutique :',
  policyInLanguage: (language) => `(La boutique ne propose ce texte qu'en ${language}.)`,
  policyNone: 'Les conditions et la FAQ de la boutique ne couvrent pas cela.',
  policyMore: 'Texte complet',

  askHandoffEmail: "Je transmets cela à l'équipe. À quelle adresse e-mail doit-elle répondre ?",
  handoffDone: (reference, replyTo) => `C'est fait : l'équipe a votre question (référence ${reference}) et répondra à ${replyTo}.`,
  handoffLimit: "L'équipe a déjà vos questions de ce chat et répondra par e-mail.",
  handoffUnavailable: "Depuis ce chat, je ne peux pas transmettre de message à l'équipe.",

  addedToCart: (title, quantity) =>
    quantity > 1 ? `J'ai ajouté ${quantity} × **${title}** à votre panier.` : `J'ai ajouté **${title}** à votre panier.`,
  cartAssumed: (variant) => `J'ai choisi ${variant} ; dites-moi si vous préférez une autre option.`,
  cartWhichVariant: (title, options) => `Quelle option de **${title}** souhaitez-vous ? ${options}`,
  cartSoldOut: (title) => `Désolé, **${title}** est épuisé dans cette option.`,
  cartUnavailable: "Je ne peux pas ajouter d'articles au panier depuis ce chat, mais vous pouvez le faire sur la page du produit.",
};
