// What the shopper reads when the screen stops a message: calm, short, firm, no lecture, and
// always a way back to shopping. Never echoes the message or explains which rule fired (that
// would teach evasion). Polish, German and French use the polite forms a shop uses.
import { primaryLanguage } from '../lang/detect';
import type { Category } from './types';

export type SafetyReplyKind = Category | 'rate-limited';

const REPLIES: Record<string, Record<SafetyReplyKind, string>> = {
  en: {
    abuse: "I'm here to help with your shopping, but I can't continue with that language. If something went wrong with an order, tell me what happened and I'll do my best to sort it out.",
    threat: "I can't continue this conversation. If you have a problem with an order, please contact the shop's customer service.",
    spam: "That looks like a promotional or automated message, so I can't respond to it. Ask me anything about our products, orders, shipping or returns.",
    injection: "I can't change how I work or share my internal instructions. I'm happy to help you find products or answer questions about orders, shipping and returns.",
    flooding: "That message is too long or repetitive for me to handle. Could you send a shorter question?",
    'rate-limited': "You're sending messages faster than I can help with. Please wait a moment and try again.",
  },
  pl: {
    abuse: 'Chętnie pomogę w zakupach, ale nie mogę kontynuować rozmowy w takim tonie. Jeśli coś poszło nie tak z zamówieniem, proszę napisać, co się stało, a postaram się pomóc.',
    threat: 'Nie mogę kontynuować tej rozmowy. W sprawie problemu z zamówieniem proszę skontaktować się z obsługą klienta sklepu.',
    spam: 'To wygląda na wiadomość reklamową lub automatyczną, więc nie mogę na nią odpowiedzieć. Proszę pytać o produkty, zamówienia, dostawę lub zwroty.',
    injection: 'Nie mogę zmienić zasad swojego działania ani udostępnić wewnętrznych instrukcji. Chętnie pomogę znaleźć produkty lub odpowiem na pytania o zamówienia, dostawę i zwroty.',
    flooding: 'Ta wiadomość jest zbyt długa lub powtarzalna. Czy mogę prosić o krótsze pytanie?',
    'rate-limited': 'Wiadomości przychodzą szybciej, niż mogę na nie odpowiedzieć. Proszę chwilę odczekać i spróbować ponownie.',
  },
  de: {
    abuse: 'Ich helfe Ihnen gern beim Einkaufen, aber in diesem Ton kann ich nicht weitermachen. Wenn bei einer Bestellung etwas schiefgelaufen ist, schreiben Sie mir, was passiert ist, und ich versuche zu helfen.',
    threat: 'Ich kann dieses Gespräch nicht fortsetzen. Bei Problemen mit einer Bestellung wenden Sie sich bitte an den Kundenservice des Shops.',
    spam: 'Das sieht nach einer Werbe- oder automatischen Nachricht aus, darauf kann ich nicht antworten. Fragen Sie mich gern zu Produkten, Bestellungen, Versand oder Rücksendungen.',
    injection: 'Ich kann meine Arbeitsweise nicht ändern und keine internen Anweisungen weitergeben. Gern helfe ich Ihnen, Produkte zu finden, oder beantworte Fragen zu Bestellungen, Versand und Rücksendungen.',
    flooding: 'Diese Nachricht ist zu lang oder wiederholt sich zu sehr. Könnten Sie Ihre Frage kürzer stellen?',
    'rate-limited': 'Die Nachrichten kommen schneller, als ich helfen kann. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.',
  },
  es: {
    abuse: 'Estoy aquí para ayudarte con tus compras, pero no puedo continuar con ese lenguaje. Si algo ha ido mal con un pedido, cuéntame qué ha pasado y haré lo posible por ayudarte.',
    threat: 'No puedo continuar esta conversación. Si tienes un problema con un pedido, ponte en contacto con el servicio de atención al cliente de la tienda.',
    spam: 'Parece un mensaje promocional o automático, así que no puedo responderlo. Pregúntame lo que quieras sobre productos, pedidos, envíos o devoluciones.',
    injection: 'No puedo cambiar mi forma de funcionar ni compartir mis instrucciones internas. Con gusto te ayudo a encontrar productos o respondo preguntas sobre pedidos, envíos y devoluciones.',
    flooding: 'Ese mensaje es demasiado largo o repetitivo. ¿Podrías enviar una pregunta más corta?',
    'rate-limited': 'Estás enviando mensajes más rápido de lo que puedo atender. Espera un momento y vuelve a intentarlo.',
  },
  fr: {
    abuse: "Je suis là pour vous aider dans vos achats, mais je ne peux pas continuer sur ce ton. Si quelque chose s'est mal passé avec une commande, dites-moi ce qui est arrivé et je ferai de mon mieux pour vous aider.",
    threat: 'Je ne peux pas poursuivre cette conversation. Pour un problème de commande, veuillez contacter le service client de la boutique.',
    spam: "Cela ressemble à un message promotionnel ou automatique, je ne peux donc pas y répondre. Posez-moi vos questions sur les produits, les commandes, la livraison ou les retours.",
    injection: "Je ne peux pas changer ma façon de fonctionner ni partager mes instructions internes. Je vous aide volontiers à trouver des produits ou à répondre à vos questions sur les commandes, la livraison et les retours.",
    flooding: 'Ce message est trop long ou trop répétitif. Pourriez-vous envoyer une question plus courte ?',
    'rate-limited': 'Vous envoyez des messages plus vite que je ne peux y répondre. Veuillez patienter un instant puis réessayer.',
  },
};

export const REPLY_LANGUAGES = Object.keys(REPLIES);

/** The reply for a stopped message, in the shopper's language; English when it isn't served. */
export function safetyReply(kind: SafetyReplyKind, language: string): string {
  const replies = REPLIES[primaryLanguage(language)] ?? REPLIES.en;
  return replies?.[kind] ?? REPLIES.en?.[kind] ?? '';
}
