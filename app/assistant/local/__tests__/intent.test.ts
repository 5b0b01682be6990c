import type { Lang } from '../nlu/patterns';
import { understand, type Awaiting } from '../nlu/understand';

const intentOf = (text: string, lang: Lang, opts: { shown?: boolean; awaiting?: Awaiting } = {}) =>
  understand(text, { lang, hasShownProducts: opts.shown ?? false, awaiting: opts.awaiting ?? null }).intent;

// Each row: message, language, intent; "shown" rows follow a reply that showed products.
const CASES: [string, Lang, string, { shown?: boolean }?][] = [
  // en
  ['waterproof jacket under 100', 'en', 'product_search'],
  ['do you have blue shirts in stock?', 'en', 'product_search'],
  ['any candles?', 'en', 'product_search'],
  ['is it in stock in M?', 'en', 'product_question', { shown: true }],
  ['what is it made of?', 'en', 'product_question', { shown: true }],
  ['compare the ocean blue shirt and the white cotton shirt', 'en', 'compare'],
  ['which is better', 'en', 'compare', { shown: true }],
  ['what goes with the cream sofa?', 'en', 'recommend'],
  ['something similar', 'en', 'recommend', { shown: true }],
  ['where is my order #1001', 'en', 'order_status'],
  ['has my parcel shipped yet?', 'en', 'order_status'],
  ['how much is shipping to the UK?', 'en', 'shipping'],
  ['can I return a worn item?', 'en', 'returns'],
  ['when do I get my refund', 'en', 'refund'],
  ['where is your privacy policy', 'en', 'policy'],
  ['do you offer gift wrapping?', 'en', 'faq'],
  ['hi there', 'en', 'greeting'],
  ['thanks, that helps!', 'en', 'thanks'],
  ['talk to a person', 'en', 'handoff'],
  ['add the M to my cart', 'en', 'add_to_cart', { shown: true }],
  ["what's the weather in Paris?", 'en', 'out_of_scope'],
  ['who should I vote for', 'en', 'out_of_scope'],
  ['help me with my homework', 'en', 'out_of_scope'],
  // pl
  ['szukam niebieskiej koszuli', 'pl', 'product_search'],
  ['czerwona sukienka do 200 zł', 'pl', 'product_search'],
  ['Czy jest dostępna w rozmiarze M?', 'pl', 'product_question', { shown: true }],
  ['Z czego jest zrobiona?', 'pl', 'product_question', { shown: true }],
  ['porównaj obie', 'pl', 'compare', { shown: true }],
  ['Co pasuje do tej kurtki?', 'pl', 'recommend', { shown: true }],
  ['gdzie jest moje zamówienie', 'pl', 'order_status'],
  ['ile kosztuje wysyłka?', 'pl', 'shipping'],
  ['Jaka jest polityka zwrotów?', 'pl', 'returns'],
  ['Kiedy dostanę zwrot pieniędzy?', 'pl', 'refund'],
  ['Jaka jest polityka prywatności?', 'pl', 'policy'],
  ['czy pakujecie na prezent?', 'pl', 'faq'],
  ['Cześć', 'pl', 'greeting'],
  ['dzięki!', 'pl', 'thanks'],
  ['chcę porozmawiać z konsultantem', 'pl', 'handoff'],
  ['Dodaj do koszyka rozmiar L', 'pl', 'add_to_cart', { shown: true }],
  ['jaka będzie jutro pogoda?', 'pl', 'out_of_scope'],
  // de
  ['Herrenjacke in Größe M', 'de', 'product_search'],
  ['ich suche eine Regenjacke unter 80 €', 'de', 'product_search'],
  ['Ist sie in Größe M verfügbar?', 'de', 'product_question', { shown: true }],
  ['Woraus ist es gemacht?', 'de', 'product_question', { shown: true }],
  ['vergleiche die beiden', 'de', 'compare', { shown: true }],
  ['Was passt zu dieser Jacke?', 'de', 'recommend', { shown: true }],
  ['wo ist meine Bestellung', 'de', 'order_status'],
  ['Wie lange dauert der Versand?', 'de', 'shipping'],
  ['Kann ich die Jacke zurückgeben?', 'de', 'returns'],
  ['Wann bekomme ich mein Geld zurück?', 'de', 'refund'],
  ['Was macht ihr mit meinen Daten?', 'de', 'policy'],
  ['Bietet ihr Geschenkverpackung an?', 'de', 'faq'],
  ['Guten Tag', 'de', 'greeting'],
  ['Danke schön', 'de', 'thanks'],
  ['Ich möchte mit einem Menschen sprechen', 'de', 'handoff'],
  ['Leg die L in den Warenkorb', 'de', 'add_to_cart', { shown: true }],
  ['Wer gewinnt die Wahl?', 'de', 'out_of_scope'],
  // es
  ['busco chaquetas impermeables entre 20 y 50', 'es', 'product_search'],
  ['chaquetas de cuero negras', 'es', 'product_search'],
  ['¿Está disponible en talla M?', 'es', 'product_question', { shown: true }],
  ['¿De qué está hecho?', 'es', 'product_question', { shown: true }],
  ['compara las dos', 'es', 'compare', { shown: true }],
  ['¿Qué combina con esta chaqueta?', 'es', 'recommend', { shown: true }],
  ['¿dónde está mi pedido?', 'es', 'order_status'],
  ['¿Cuánto cuesta el envío?', 'es', 'shipping'],
  ['quiero devolver una chaqueta', 'es', 'returns'],
  ['¿Cuándo recibiré el reembolso?', 'es', 'refund'],
  ['¿Envolvéis para regalo?', 'es', 'faq'],
  ['hola', 'es', 'greeting'],
  ['muchas gracias', 'es', 'thanks'],
  ['Quiero hablar con una persona', 'es', 'handoff'],
  ['Añade la L al carrito', 'es', 'add_to_cart', { shown: true }],
  ['cuéntame un chiste', 'es', 'out_of_scope'],
  // fr
  ["boucles d'oreilles dorées", 'fr', 'product_search'],
  ['je cherche une veste en laine à moins de 80 €', 'fr', 'product_search'],
  ['Est-elle disponible en taille M ?', 'fr', 'product_question', { shown: true }],
  ["C'est en quoi ?", 'fr', 'product_question', { shown: true }],
  ['compare les deux', 'fr', 'compare', { shown: true }],
  ["Qu'est-ce qui va avec cette veste ?", 'fr', 'recommend', { shown: true }],
  ['où est ma commande', 'fr', 'order_status'],
  ['Combien coûte la livraison ?', 'fr', 'shipping'],
  ['Puis-je retourner la veste ?', 'fr', 'returns'],
  ['Quand serai-je remboursé ?', 'fr', 'refund'],
  ['Proposez-vous un emballage cadeau ?', 'fr', 'faq'],
  ['Bonjour', 'fr', 'greeting'],
  ['merci beaucoup', 'fr', 'thanks'],
  ['Je voudrais parler à un humain', 'fr', 'handoff'],
  ['Ajoute la taille L au panier', 'fr', 'add_to_cart', { shown: true }],
  ['quelle est la météo à Paris ?', 'fr', 'out_of_scope'],
  // phrasings the eval suite (eval/cases.jsonl) found misread
  ['Gibt es Expressversand?', 'de', 'shipping'],
  ['Wie fallen eure Größen aus?', 'de', 'faq'],
  ['Ist der rosa Sessel verfügbar?', 'de', 'product_question'],
  ['¿Cómo elijo mi talla?', 'es', 'faq'],
  ['Comment choisir ma taille ?', 'fr', 'faq'],
  ['Which is cheaper, the cream sofa or the grey sofa?', 'en', 'compare'],
  ['Która sofa jest tańsza, szara czy żółta?', 'pl', 'compare'],
  ['Was ist billiger, das graue Sofa oder das gelbe Sofa?', 'de', 'compare'],
  ['¿Cuál es más barato, el sofá gris o el sofá amarillo?', 'es', 'compare'],
  ['Lequel est le moins cher, le canapé crème ou le canapé gris ?', 'fr', 'compare'],
  ['cheaper jackets', 'en', 'product_search'],
  ['Do you have a store in London?', 'en', 'faq'],
  ['Macie sklep w Warszawie?', 'pl', 'faq'],
  ['¿Tienen tienda en Madrid?', 'es', 'faq'],
  ['Avez-vous un magasin à Paris ?', 'fr', 'faq'],
];

// Every row gets its options object: a test function with more parameters than the row has values
// would be taken for one that waits for a `done` callback.
test.each(CASES.map(([text, lang, intent, opts]) => [text, lang, intent, opts ?? {}] as const))(
  '%s (%s) → %s',
  (text, lang, intent, opts) => {
    expect(intentOf(text, lang, opts)).toBe(intent);
  },
);

describe('the conversation decides what a bare answer is', () => {
  test('an e-mail after the hand-off question completes the hand-off', () => {
    expect(intentOf('anna.kowalska@example.pl', 'pl', { awaiting: 'handoff_email' })).toBe('handoff');
  });

  test('a number or an e-mail after "which order?" completes the lookup', () => {
    expect(intentOf('1001', 'en', { awaiting: 'order_lookup' })).toBe('order_status');
    expect(intentOf('max@example.de', 'de', { awaiting: 'order_lookup' })).toBe('order_status');
    expect(intentOf('+48 601 234 567', 'pl', { awaiting: 'order_lookup' })).toBe('order_status');
  });

  test('without the question, an e-mail alone is not understood as anything in particular', () => {
    expect(intentOf('anna.kowalska@example.pl', 'pl')).toBe('unknown');
  });

  test('a size alone asks about the product on screen, or searches when there is none', () => {
    expect(intentOf('in M?', 'en', { shown: true })).toBe('product_question');
    expect(intentOf('XL', 'en')).toBe('product_search');
  });

  test('a question about shopping that fits no intent is "unknown", anything else out of scope', () => {
    expect(intentOf('I have a question about my account', 'en')).toBe('unknown');
    expect(intentOf('how is glue made', 'en')).toBe('out_of_scope');
  });
});

describe('what else the understanding carries', () => {
  const u = (text: string, lang: Lang, shown = true) => understand(text, { lang, hasShownProducts: shown, awaiting: null });

  test('the product query in English catalog terms, with names kept as written', () => {
    expect(u('szukam niebieskiej koszuli', 'pl', false).catalogTerms).toEqual(['blue', 'shirt']);
    expect(u('Herrenjacke in Größe M', 'de', false).catalogTerms).toEqual(['men', 'jacket']);
    const ocean = u('is the ocean blue shirt in stock?', 'en', false);
    expect(ocean.catalogTerms).toEqual(['blue', 'shirt']);
    expect(ocean.otherWords).toEqual(['ocean']);
  });

  test('verbs of asking ("can you", "kannst du", "puedes") are no product names', () => {
    expect(u('Was kannst du mir empfehlen?', 'de', false).otherWords).toEqual([]);
    expect(u('Könnt ihr mir was empfehlen?', 'de', false).otherWords).toEqual([]);
    expect(u('¿Qué me puedes recomendar?', 'es', false).otherWords).toEqual([]);
    expect(u('Que pouvez-vous me recommander ?', 'fr', false).otherWords).toEqual([]);
    expect(u('Co możesz mi polecić?', 'pl', false).otherWords).toEqual([]);
  });

  test('positions and counts in the last list', () => {
    expect(u('compare the first two', 'en')).toMatchObject({ ordinals: [1], count: 2 });
    expect(u('Was kostet die zweite?', 'de').ordinals).toEqual([2]);
    expect(u('la dernière', 'fr').ordinals).toEqual([-1]);
    expect(u('porównaj obie', 'pl').count).toBe(2);
  });

  test('the policy topic and the kind of recommendation', () => {
    expect(u('Jaka jest polityka prywatności?', 'pl').policyTopic).toBe('privacy');
    expect(u('what are your terms and conditions', 'en').policyTopic).toBe('terms');
    expect(u('Kiedy dostanę zwrot pieniędzy?', 'pl').policyTopic).toBe('refunds');
    expect(u('what goes with the cream sofa?', 'en').recommendKind).toBe('complements');
    expect(u('¿tienes algo parecido?', 'es').recommendKind).toBe('similar');
  });
});
