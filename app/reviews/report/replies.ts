// Suggested replies to negative reviews: drafts in the reviewer's language that thank them,
// acknowledge what they complained about (the review's own negative aspects) and offer help.
// The merchant edits and copies; nothing is ever posted automatically.
import type { AspectMention } from '../analyze/types';

interface ReplyPhrases {
  greet: (name: string) => string;
  thanks: string;
  aspects: Record<string, string>;
  general: string;
  help: (email: string | null) => string;
  sign: (shop: string) => string;
}

const PHRASES: Record<string, ReplyPhrases> = {
  en: {
    greet: (n) => (n ? `Hi ${n},` : 'Hi,'),
    thanks: 'thank you for taking the time to tell us about your experience.',
    aspects: {
      quality: 'We are sorry the quality did not meet your expectations.',
      fit_sizing: 'We are sorry the size did not work out for you; we are happy to help with an exchange.',
      shipping: 'We are sorry your delivery did not go as it should.',
      price_value: 'We are sorry it did not feel like good value for the price.',
      customer_service: 'We are sorry our support let you down; that is not the service we want to give.',
      packaging: 'We are sorry the packaging let your order down.',
      durability: 'We are sorry it did not last as it should.',
    },
    general: 'We are sorry it was not what you hoped for.',
    help: (e) => `Please reach out to us${e ? ` at ${e}` : ''} so we can make it right.`,
    sign: (s) => `Best regards, the ${s} team`,
  },
  pl: {
    greet: (n) => (n ? `Dzień dobry ${n},` : 'Dzień dobry,'),
    thanks: 'dziękujemy, że podzielił(a) się Pan/Pani swoją opinią.',
    aspects: {
      quality: 'Przykro nam, że jakość nie spełniła oczekiwań.',
      fit_sizing: 'Przykro nam, że rozmiar nie pasował; chętnie pomożemy w wymianie.',
      shipping: 'Przykro nam, że dostawa nie przebiegła tak, jak powinna.',
      price_value: 'Przykro nam, że produkt nie był wart swojej ceny.',
      customer_service: 'Przykro nam, że nasza obsługa zawiodła.',
      packaging: 'Przykro nam, że opakowanie nie ochroniło zamówienia.',
      durability: 'Przykro nam, że produkt nie okazał się trwały.',
    },
    general: 'Przykro nam, że zakup nie spełnił oczekiwań.',
    help: (e) => `Prosimy o kontakt${e ? ` pod adresem ${e}` : ''}, abyśmy mogli to naprawić.`,
    sign: (s) => `Pozdrawiamy, zespół ${s}`,
  },
  de: {
    greet: (n) => (n ? `Hallo ${n},` : 'Hallo,'),
    thanks: 'vielen Dank, dass Sie sich die Zeit für Ihre Bewertung genommen haben.',
    aspects: {
      quality: 'Es tut uns leid, dass die Qualität nicht Ihren Erwartungen entsprach.',
      fit_sizing: 'Es tut uns leid, dass die Größe nicht gepasst hat; gern helfen wir beim Umtausch.',
      shipping: 'Es tut uns leid, dass die Lieferung nicht wie vorgesehen lief.',
      price_value: 'Es tut uns leid, dass Preis und Leistung für Sie nicht gestimmt haben.',
      customer_service: 'Es tut uns leid, dass unser Service Sie enttäuscht hat.',
      packaging: 'Es tut uns leid, dass die Verpackung Ihre Bestellung nicht geschützt hat.',
      durability: 'Es tut uns leid, dass der Artikel nicht lange gehalten hat.',
    },
    general: 'Es tut uns leid, dass der Kauf nicht Ihren Erwartungen entsprach.',
    help: (e) => `Bitte melden Sie sich bei uns${e ? ` unter ${e}` : ''}, damit wir das in Ordnung bringen können.`,
    sign: (s) => `Viele Grüße, Ihr ${s}-Team`,
  },
  es: {
    greet: (n) => (n ? `Hola ${n}:` : 'Hola:'),
    thanks: 'gracias por dedicar tiempo a contarnos tu experiencia.',
    aspects: {
      quality: 'Sentimos que la calidad no haya estado a la altura.',
      fit_sizing: 'Sentimos que la talla no te haya quedado bien; te ayudamos con el cambio.',
      shipping: 'Sentimos que el envío no haya ido como debía.',
      price_value: 'Sentimos que no te haya parecido que valía su precio.',
      customer_service: 'Sentimos que nuestra atención no haya estado a la altura.',
      packaging: 'Sentimos que el embalaje no haya protegido tu pedido.',
      durability: 'Sentimos que no haya durado lo que debía.',
    },
    general: 'Sentimos que no fuera lo que esperabas.',
    help: (e) => `Escríbenos${e ? ` a ${e}` : ''} y lo solucionaremos.`,
    sign: (s) => `Un saludo, el equipo de ${s}`,
  },
  fr: {
    greet: (n) => (n ? `Bonjour ${n},` : 'Bonjour,'),
    thanks: "merci d'avoir pris le temps de partager votre avis.",
    aspects: {
      quality: "Nous sommes désolés que la qualité n'ait pas été à la hauteur.",
      fit_sizing: "Nous sommes désolés que la taille ne convienne pas ; nous vous aidons volontiers pour un échange.",
      shipping: "Nous sommes désolés que la livraison ne se soit pas bien passée.",
      price_value: "Nous sommes désolés que le rapport qualité-prix vous ait déçu.",
      customer_service: 'Nous sommes désolés que notre service client vous ait déçu.',
      packaging: "Nous sommes désolés que l'emballage n'ait pas protégé votre commande.",
      durability: "Nous sommes désolés que l'article n'ait pas tenu dans le temps.",
    },
    general: "Nous sommes désolés que l'article ne corresponde pas à vos attentes.",
    help: (e) => `Contactez-nous${e ? ` à ${e}` : ''} pour que nous puissions arranger cela.`,
    sign: (s) => `Cordialement, l'équipe ${s}`,
  },
};

export function suggestReply(review: { language: string; reviewerName: string; aspects: AspectMention[] }, shop: { name: string; email?: string | null }): string {
  const p = PHRASES[review.language] ?? PHRASES.en;
  // The first name only: "Anna K." → "Anna"; a reply should not repeat a full name in public.
  const first = review.reviewerName.trim().split(/\s+/)[0] ?? '';
  const complaints = review.aspects.filter((a) => a.sentiment === 'negative' && p.aspects[a.aspect]).slice(0, 2);
  const body = complaints.length ? complaints.map((a) => p.aspects[a.aspect]).join(' ') : p.general;
  return `${p.greet(first)} ${p.thanks}\n\n${body} ${p.help(shop.email ?? null)}\n\n${p.sign(shop.name)}`;
}
