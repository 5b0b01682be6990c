// Word and letter cues for chat lines too short for n-gram statistics. "hi", "hola" or "merci"
// carry almost no n-grams, so the detector alone guesses Catalan for "hi" and nothing for "hola";
// a small greeting/function-word table fixes exactly those lines without touching longer text.

/** Words that, on their own, say which language a short chat line is in. */
const CUE_WORDS: Record<string, string[]> = {
  en: [
    'hi', 'hello', 'hey', 'thanks', 'thank', 'thx', 'please', 'yes', 'yeah', 'bye', 'the', 'is', 'are',
    'you', 'your', 'my', 'where', 'what', 'how', 'when', 'which', 'can', 'does', 'have', 'want', 'need',
    'order', 'shipping', 'size', 'price', 'cheap', 'stock', 'refund', 'return', 'sorry', 'good', 'morning',
  ],
  pl: [
    'cześć', 'czesc', 'dzięki', 'dzieki', 'dziękuję', 'dziekuje', 'proszę', 'prosze', 'poproszę', 'tak',
    'nie', 'czy', 'jest', 'są', 'macie', 'mam', 'gdzie', 'jak', 'ile', 'kiedy', 'moja', 'moje', 'mój',
    'się', 'dla', 'że', 'dzień', 'dobry', 'witam', 'hej', 'siema', 'zamówienie', 'paczka', 'rozmiar', 'opinie', 'mówią',
  ],
  de: [
    'hallo', 'danke', 'bitte', 'ja', 'nein', 'tschüss', 'servus', 'moin', 'ist', 'ich', 'nicht', 'und',
    'das', 'der', 'die', 'mein', 'meine', 'wo', 'wie', 'wann', 'habt', 'haben', 'gibt', 'für', 'mit',
    'kann', 'guten', 'tag', 'bestellung', 'paket', 'größe', 'versand', 'rückgabe', 'sagen', 'bewertungen',
  ],
  es: [
    'hola', 'gracias', 'por', 'favor', 'sí', 'vale', 'adiós', 'buenos', 'buenas', 'días', 'el', 'los',
    'las', 'está', 'qué', 'que', 'mi', 'tienen', 'hay', 'dónde', 'donde', 'cuánto', 'cuándo', 'quiero',
    'puedo', 'para', 'pedido', 'envío', 'talla', 'devolución', 'dicen', 'opinan', 'reseñas', 'opiniones',
  ],
  fr: [
    'bonjour', 'bonsoir', 'salut', 'merci', 'oui', 'non', 'beaucoup', 'le', 'les', 'est', 'je', 'vous',
    'mon', 'ma', 'mes', 'où', 'quand', 'combien', 'avez', 'pour', 'avec', 'pas', 'commande', 'colis',
    'livraison', 'taille', 'retour', 'plaît', 'disent', 'pensent', 'avis', 'quels', 'quelles',
  ],
};

const CUE_INDEX: Map<string, string[]> = (() => {
  const index = new Map<string, string[]>();
  for (const [language, words] of Object.entries(CUE_WORDS)) {
    for (const word of words) index.set(word, [...(index.get(word) ?? []), language]);
  }
  return index;
})();

/** Languages whose cue table holds `word` (lower-case), or an empty list. */
export function cueLanguages(word: string): string[] {
  return CUE_INDEX.get(word) ?? [];
}

// Letters that, among the languages the app serves, belong to one language only. They decide
// very short lines ("dzięki", "¿envío?") even against the storefront locale.
const DISTINCT_LETTERS: Array<[RegExp, string]> = [
  [/[łśżźćńęą]/u, 'pl'],
  [/ß/u, 'de'],
  [/[ñ¿¡]/u, 'es'],
  [/[çœèêëîïûùâ]/u, 'fr'],
];

/** Languages signalled by letters unique to them among en/pl/de/es/fr. */
export function distinctLetterLanguages(lowerText: string): string[] {
  return DISTINCT_LETTERS.filter(([pattern]) => pattern.test(lowerText)).map(([, language]) => language);
}
