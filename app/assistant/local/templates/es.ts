import type { Messages } from './messages';

export const es: Messages = {
  soldOut: 'agotado',
  lowStock: (n) => `solo quedan ${n}`,
  was: (price) => `antes ${price}`,
  andMore: (n) => `…y ${n} más.`,

  greeting: (persona, shop, voice) =>
    voice === 'concise'
      ? `Hola, soy ${persona}. ¿En qué te ayudo?`
      : voice === 'professional'
        ? `Buenos días, soy ${persona}, el asistente de ${shop}. Le ayudo a encontrar productos, compararlos y consultar pedidos.`
        : voice === 'playful'
          ? `¡Hola! Soy ${persona} 👋 ¿Buscas algo bonito en ${shop} o miramos un pedido?`
          : `¡Hola! Soy ${persona}. Te ayudo a encontrar productos, compararlos y consultar tu pedido. ¿Qué buscas?`,
  thanks: (voice) =>
    voice === 'concise'
      ? 'De nada.'
      : voice === 'professional'
        ? 'De nada. ¿Puedo ayudarle en algo más?'
        : voice === 'playful'
          ? '¡Cuando quieras! Felices compras 🛍️'
          : '¡De nada! ¿Te ayudo con algo más?',
  quick: {
    products: 'Buscar un producto',
    order: '¿Dónde está mi pedido?',
    shipping: 'Envíos',
    returns: 'Devoluciones',
    human: 'Hablar con una persona',
    compare: 'Compararlos',
    similar: 'Ver similares',
    cart: 'Añadir al carrito',
  },
  outOfScope: (persona, voice) =>
    voice === 'concise'
      ? 'Con eso no puedo ayudar aquí. Puedo ayudar con productos, pedidos, envíos y devoluciones.'
      : `Soy ${persona}, el asistente de la tienda, así que con eso no puedo ayudar. Puedo ayudarte a encontrar productos, compararlos o consultar un pedido, envíos y devoluciones.`,
  avoidTopic: 'Prefiero no entrar en ese tema aquí. ¿Te ayudo con un producto o un pedido?',
  notSure:
    'No estoy seguro de haberte entendido. ¿Puedes decirlo de otra forma? Puedo buscar productos, compararlos, consultar un pedido o responder sobre envíos y devoluciones.',
  offerHandoff: 'Si quieres, paso tu pregunta al equipo.',
  toolError: 'Lo siento, no he podido obtener esa información ahora. Inténtalo de nuevo en un momento.',

  searchFound: (n, voice) =>
    voice === 'concise'
      ? `${n} ${n === 1 ? 'resultado' : 'resultados'}:`
      : voice === 'professional'
        ? n === 1
          ? 'Este producto corresponde a su búsqueda:'
          : 'Estos productos corresponden a su búsqueda:'
        : voice === 'playful'
          ? n === 1
            ? '¡Mira lo que he encontrado!'
            : '¡Mira, unas cuantas ideas!'
          : n === 1
            ? 'Esto es lo que he encontrado:'
            : `He encontrado ${n} productos:`,
  searchRelaxed: (dropped) => `Nada cumplía todo lo que pediste, así que busqué sin ${dropped.join(' ni ')}:`,
  relaxedPart: { price: 'el límite de precio', size: 'la talla', stock: 'el filtro de disponibilidad', details: 'algunos detalles' },
  searchClose: 'No encontré exactamente eso. Esto es lo más parecido:',
  searchNone: 'No he encontrado nada así en la tienda.',
  askWhatToSearch: '¿Qué buscas? Dime el tipo de producto y, si quieres, un color, una talla o un presupuesto.',

  whichProduct: '¿Qué producto quieres decir? Dime su nombre o busquémoslo primero.',
  assumedProduct: (title) => `(Entiendo que hablas de **${title}**.)`,
  priceIs: (title, price) => `**${title}** cuesta ${price}.`,
  inStock: (title) => `**${title}** está disponible.`,
  notInStock: (title) => `**${title}** está agotado en este momento.`,
  variantInStock: (title, variant) => `**${title}** en ${variant} está disponible.`,
  variantLowStock: (title, variant, n) => `**${title}** en ${variant} está disponible (solo quedan ${n}).`,
  variantSoldOut: (title, variant) => `**${title}** en ${variant} está agotado en este momento.`,
  variantMissing: (title, wanted) => `**${title}** no está disponible en ${wanted}.`,
  optionValues: (option, values) => `${option}: ${values}.`,
  soldOutValues: (values) => `Agotado: ${values}.`,
  descriptionSays: (title, quote) => `La descripción de **${title}** dice: «${quote}»`,
  attributesAre: (title) => `Lo que la tienda indica sobre **${title}**:`,
  noMaterialInfo: (title) => `La página de **${title}** no indica el material.`,
  reviewsSay: (title, says) => `Lo que dicen los clientes de **${title}**:\n${says}`,
  reviewsRatingOnly: (title, rating, n) =>
    `**${title}** tiene una valoración de ${rating}/5 (${n} reseña${n === 1 ? '' : 's'}). No tengo el texto de las reseñas, solo la nota.`,
  reviewQuote: (aspect, quote) => `Un cliente elogia ${aspect}: «${quote}»`,
  reviewComplaint: (aspect, quote) => `Un cliente critica ${aspect}: «${quote}»`,
  noReviews: (title) => `**${title}** aún no tiene reseñas de clientes.`,
  ratingLine: (rating, n) => `Los clientes le dan ${rating}/5 (${n} reseña${n === 1 ? '' : 's'}).`,

  compareNeedTwo: '¿Qué productos comparo? Dime de dos a cuatro, o busca primero y di «compáralos».',
  compareLead: (n) => (n === 2 ? 'Aquí tienes los dos, uno al lado del otro.' : `Aquí tienes los ${n}, uno al lado del otro.`),
  compareDiffer: 'En qué se diferencian:',
  compareAlike: 'Aparte del nombre, no se diferencian en nada de lo que indica la tienda.',
  compareByReviews: (items) => `Según las reseñas de clientes, de mejor a peor valorado:\n${items.map((i) => `- ${i}`).join('\n')}`,
  ratedItem: (title, rating, n) => `**${title}**: ${rating}/5 con ${n} reseña${n === 1 ? '' : 's'}`,
  compareNoReviews: 'Ninguno tiene reseñas de clientes todavía.',
  pickCheapest: (title, price) => `El más barato es **${title}**, por ${price}.`,
  pickPriciest: (title, price) => `El más caro es **${title}**, por ${price}.`,
  pickBestRated: (title, rating, n) => `El mejor valorado es **${title}**: ${rating}/5 con ${n} reseña${n === 1 ? '' : 's'}.`,
  pickInOrder: 'En orden:',
  pickUnrated: (n) => `Sin reseñas: ${n}.`,
  pickNoRatings: 'Ninguno tiene reseñas de clientes todavía, así que no puedo decir cuál está mejor valorado.',
  pickNeedList: '¿Qué productos dices? Busca algunos primero y luego pregúntame cuál es el más barato o el mejor valorado.',

  recommendSimilar: (title) => `Parecidos a **${title}**:`,
  recommendComplements: (title) => `Combina bien con **${title}**:`,
  recommendForYou: 'Elegidos para ti, según tus pedidos anteriores:',
  recommendNone: 'Todavía no tengo buenas sugerencias para eso.',
  recommendNeedProduct: '¿En qué producto me baso? Dime su nombre o qué estás buscando.',

  askOrderDetails: 'Para consultar tu pedido, necesito el número de pedido y el correo electrónico (o teléfono) que usaste en él.',
  orderNotFound:
    'No he encontrado ningún pedido con ese número y ese correo o teléfono. Revisa ambos: el número de pedido está en el correo de confirmación.',
  orderRateLimited: (minutes) =>
    `Ha habido demasiadas consultas sin coincidencia. Inténtalo de nuevo en unos ${minutes} minutos o contacta con la tienda.`,
  orderUnavailable: 'En este chat no puedo consultar pedidos.',
  orderNone: 'No he encontrado pedidos en tu cuenta.',
  orderRecentLead: 'Tus últimos pedidos:',
  orderLine: (o) => `**Pedido ${o.number}** (del ${o.date}): ${o.status}. Total ${o.total}.`,
  orderItems: 'Artículos',
  shipment: (status) => `Envío: ${status}`,
  tracking: (carrier, number) => `${carrier}, número de seguimiento ${number}`,
  trackingLink: 'seguir el paquete',
  estimatedDelivery: (date) => `entrega prevista ${date}`,
  deliveredOn: (date) => `entregado el ${date}`,
  refunded: (amount, date) => (date ? `Reembolsados ${amount} el ${date}.` : `Reembolsados ${amount}.`),
  cancelledOn: (date) => `Este pedido se canceló el ${date}.`,
  status: {
    PAID: 'pagado',
    PENDING: 'pago pendiente',
    AUTHORIZED: 'pago autorizado',
    PARTIALLY_PAID: 'pagado en parte',
    PARTIALLY_REFUNDED: 'reembolsado en parte',
    REFUNDED: 'reembolsado',
    VOIDED: 'pago anulado',
    UNFULFILLED: 'en preparación',
    PARTIALLY_FULFILLED: 'enviado en parte',
    FULFILLED: 'enviado',
    IN_PROGRESS: 'en preparación',
    ON_HOLD: 'en espera',
    SCHEDULED: 'programado',
    OPEN: 'abierto',
    LABEL_PRINTED: 'etiqueta impresa',
    LABEL_PURCHASED: 'etiqueta creada',
    CONFIRMED: 'confirmado por el transportista',
    IN_TRANSIT: 'en tránsito',
    OUT_FOR_DELIVERY: 'en reparto',
    ATTEMPTED_DELIVERY: 'intento de entrega',
    READY_FOR_PICKUP: 'listo para recoger',
    PICKED_UP: 'recogido',
    DELIVERED: 'entregado',
    DELAYED: 'con retraso',
    FAILURE: 'problema en la entrega',
    SUCCESS: 'enviado',
    CANCELLED: 'cancelado',
  },

  policyLead: 'Esto es lo que dice la tienda:',
  policyInLanguage: (language) => `(La tienda solo tiene este texto en ${language}).`,
  policyNone: 'Las políticas y preguntas frecuentes de la tienda no cubren eso.',
  policyMore: 'Texto completo',

  askHandoffEmail: 'Paso esto al equipo. ¿A qué correo electrónico deben responder?',
  handoffDone: (reference, replyTo) => `Listo: el equipo tiene tu pregunta (referencia ${reference}) y responderá a ${replyTo}.`,
  handoffLimit: 'El equipo ya tiene tus preguntas de este chat y responderá por correo.',
  handoffUnavailable: 'Desde este chat no puedo pasar mensajes al equipo.',

  addedToCart: (title, quantity) =>
    quantity > 1 ? `He añadido ${quantity} × **${title}** a tu carrito.` : `He añadido **${title}** a tu carrito.`,
  cartAssumed: (variant) => `He elegido ${variant}; dime si prefieres otra opción.`,
  cartWhichVariant: (title, options) => `¿Qué opción de **${title}** quieres? ${options}`,
  cartSoldOut: (title) => `Lo siento, **${title}** está agotado en esa opción.`,
  cartUnavailable: 'Desde este chat no puedo añadir productos al carrito, pero puedes hacerlo en la página del producto.',
};
