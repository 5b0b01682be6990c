// One message → what the dialogue needs: the intent, the entities, the product query rewritten
// into English catalog terms, references to products already shown ("it", "the second one"),
// and the sub-kind of a policy or recommendation request.
import { CUES, INTENTS, type Intent } from './cues';
import { extractEntities, type Entities, type OrderNumberFormat } from './entities';
import { classifyIntent } from './intent';
import { compilePattern, findPattern, LANGS, wordMatcher, type Lang, type WordMatcher } from './patterns';
import { superlativeOf, type Superlative } from './superlative';
import { rawTokens, tokens } from './text';
import { analyseVocabulary, type VocabularyMatch } from './vocabulary';

export type PolicyTopic = 'shipping' | 'returns' | 'refunds' | 'privacy' | 'terms' | 'faq' | 'any';
export type RecommendKind = 'similar' | 'complements';

/** What the engine is waiting for after its last reply (it asked for it). */
export type Awaiting = 'order_lookup' | 'handoff_email' | null;

export interface UnderstandContext {
  lang: Lang | undefined;
  orderNumberFormat?: OrderNumberFormat;
  /** Products were shown earlier in the conversation. */
  hasShownProducts: boolean;
  awaiting: Awaiting;
}

export interface Understanding {
  intent: Intent;
  score: number;
  entities: Entities;
  /** Vocabulary found in the message (after entities were taken out). */
  terms: VocabularyMatch[];
  /** English catalog terms: colours, materials, features, audience, product kinds, in that order. */
  catalogTerms: string[];
  /** Words that are neither vocabulary, cue words nor filler: names ("ocean", "varsity"). */
  otherWords: string[];
  /** The colours as the shopper wrote them ("niebieską"), to quote back. */
  colourWords: string[];
  /** A pronoun or demonstrative that can point at a shown product. */
  refersBack: boolean;
  /** 1-based positions in the last list shown ("the second one"); -1 for "the last one". */
  ordinals: number[];
  /** How many products a message counts ("the first two", "both", "beide"); null when none. */
  count: number | null;
  policyTopic: PolicyTopic;
  recommendKind: RecommendKind | null;
  /** "the cheapest", "the most expensive", "the best rated": a pick by that criterion. */
  superlative: Superlative | null;
}

export const LAST = -1;

const PICKABLE = new Set<Intent>(['product_search', 'product_question', 'compare', 'recommend', 'unknown', 'out_of_scope']);

const language = (l: Lang | undefined): Lang => l ?? 'en';

// Words that carry no product meaning in a query: articles, pronouns, politeness, verbs of wanting.
// prettier-ignore
const FILLER: Record<Lang, string[]> = {
  en: ['a', 'an', 'the', 'i', 'im', 'me', 'my', 'you', 'your', 'we', 'us', 'our', 'it', 'its', 'this', 'that', 'these', 'those', 'them', 'some', 'something', 'anything', 'please', 'pls', 'want', 'wanna', 'need', 'would', 'like', 'love', 'can', 'could', 'is', 'are', 'am', 'be', 'in', 'on', 'at', 'of', 'to', 'with', 'and', 'or', 'for', 'from', 'what', 'which', 'how', 'get', 'one', 'ones', 'also', 'too', 'really', 'very', 'nice', 'new', 'good', 'lovely', 'kind', 'sort', 'type', 'color', 'colour', 'size', 'there', 'have', 'has', 'do', 'does', 'did', 'got', 'hello', 'hi', 'thanks', 'stuff', 'things', 'item', 'items', 'product', 'products', 'maybe', 'perhaps', 'just', 'still', 'other', 'another', 'more', 'ok', 'okay', 'yes', 'no', 'not', 's', 't', 'll', 'd', 'm', 've', 're'],
  pl: ['a', 'i', 'w', 'we', 'z', 'ze', 'na', 'do', 'dla', 'o', 'od', 'po', 'mi', 'mnie', 'moj', 'moja', 'moje', 'cos', 'jakis', 'jakas', 'jakies', 'jakiegos', 'jakiejs', 'czy', 'jest', 'sa', 'to', 'ten', 'ta', 'te', 'tego', 'tej', 'prosze', 'sie', 'by', 'bym', 'moze', 'jak', 'jaki', 'jaka', 'jakie', 'ktory', 'ktora', 'ktore', 'kolorze', 'kolor', 'koloru', 'rozmiarze', 'rozmiar', 'nowy', 'nowa', 'nowe', 'nowej', 'nowego', 'ladny', 'ladna', 'ladne', 'jeszcze', 'tez', 'takze', 'albo', 'lub', 'oraz', 'ale', 'bardzo', 'hej', 'czesc', 'dzieki', 'produkt', 'rzecz', 'mam', 'ma', 'mial', 'miec', 'nie', 'tak', 'inny', 'inna', 'inne', 'innego', 'jakichs', 'cos', 'czegos', 'moge', 'mozesz', 'mozecie', 'mozna', 'moglbys', 'moglabys', 'bys', 'byscie'],
  de: ['ich', 'du', 'sie', 'wir', 'ihr', 'es', 'ein', 'eine', 'einen', 'einem', 'einer', 'der', 'die', 'das', 'den', 'dem', 'des', 'und', 'oder', 'mit', 'fur', 'in', 'im', 'von', 'zu', 'zum', 'zur', 'bitte', 'etwas', 'was', 'welche', 'welcher', 'welches', 'gerne', 'gern', 'mir', 'mich', 'mein', 'meine', 'meinen', 'auch', 'noch', 'neue', 'neuen', 'neues', 'schone', 'schonen', 'farbe', 'grosse', 'ist', 'sind', 'hallo', 'danke', 'artikel', 'produkt', 'habe', 'hat', 'nicht', 'ja', 'nein', 'andere', 'anderen', 'so', 'sehr', 'mal', 'kann', 'kannst', 'konnt', 'konnen', 'konntest', 'konnten', 'wurde', 'wurdest', 'wurden', 'hatte', 'hattest'],
  es: ['un', 'una', 'unos', 'unas', 'el', 'la', 'los', 'las', 'lo', 'de', 'del', 'al', 'en', 'con', 'para', 'por', 'y', 'o', 'me', 'mi', 'mis', 'algo', 'alguna', 'alguno', 'algun', 'que', 'favor', 'nuevo', 'nueva', 'bonito', 'bonita', 'color', 'talla', 'es', 'son', 'esta', 'este', 'hola', 'gracias', 'producto', 'articulo', 'tengo', 'tiene', 'no', 'si', 'otro', 'otra', 'muy', 'tambien', 'puedo', 'puedes', 'puede', 'pueden', 'podeis', 'podria', 'podrias', 'podrian'],
  fr: ['un', 'une', 'des', 'le', 'la', 'les', 'l', 'de', 'du', 'd', 'en', 'avec', 'pour', 'et', 'ou', 'je', 'j', 'me', 'm', 'mon', 'ma', 'mes', 'quelque', 'chose', 'qui', 'que', 'qu', 's', 'il', 'elle', 'vous', 'plait', 'svp', 'nouveau', 'nouvelle', 'joli', 'jolie', 'couleur', 'taille', 'est', 'sont', 'bonjour', 'merci', 'produit', 'article', 'ai', 'a', 'ne', 'pas', 'oui', 'non', 'autre', 'tres', 'aussi', 'ce', 'cet', 'cette', 'c', 'peux', 'peut', 'pouvez', 'pourriez', 'pourrais', 'pourrait'],
};
const FILLER_WORDS = new Set(LANGS.flatMap((l) => FILLER[l]));

// Every single word of every cue, as a matcher: a cue word in a product query is a verb of asking
// ("szukam", "looking"), not something the catalog has.
const CUE_WORD_MATCHERS: { lang: Lang; match: WordMatcher }[] = INTENTS.flatMap((intent) =>
  LANGS.flatMap((lang) =>
    CUES[intent][lang].flatMap((cue) => {
      const source = typeof cue === 'string' ? cue : cue[0];
      return source.split(/\s+/).map((w) => ({ lang, match: wordMatcher(w, lang) }));
    }),
  ),
);

function isCueWord(word: string): boolean {
  return CUE_WORD_MATCHERS.some((m) => m.match(word));
}

const REFERENCES: Record<Lang, string[]> = {
  en: ['it', 'this', 'that', 'these', 'those', 'them', 'one', 'ones'],
  pl: ['to', 'ten', 'ta', 'te', 'tego', 'tej', 'tym', 'ja', 'go', 'nia', 'niej', 'tamten', 'tamta', 'tamto', 'je', 'nich'],
  de: ['es', 'er', 'sie', 'das', 'dies', 'diese', 'dieser', 'dieses', 'diesen', 'ihn'],
  es: ['lo', 'la', 'los', 'las', 'este', 'esta', 'ese', 'esa', 'esto', 'eso', 'estos', 'estas'],
  fr: ['le', 'la', 'les', 'il', 'elle', 'ce', 'cet', 'cette', 'celui', 'celle', 'ca', 'ceux'],
};

const ORDINALS: [number, Record<Lang, string[]>][] = [
  [1, { en: ['first', '1st'], pl: ['pierwsz*'], de: ['erst*'], es: ['primer*'], fr: ['premier*', 'premiere*'] }],
  [2, { en: ['second', '2nd'], pl: ['drug*'], de: ['zweit*'], es: ['segund*'], fr: ['deuxieme', 'second*'] }],
  [3, { en: ['third', '3rd'], pl: ['trzec*'], de: ['dritt*'], es: ['tercer*'], fr: ['troisieme'] }],
  [4, { en: ['fourth', '4th'], pl: ['czwart*'], de: ['viert*'], es: ['cuart*'], fr: ['quatrieme'] }],
  [LAST, { en: ['last'], pl: ['ostatn*'], de: ['letzt*'], es: ['ultim*'], fr: ['dernier*', 'derniere*'] }],
];
const COMPILED_ORDINALS = ORDINALS.flatMap(([n, forms]) => LANGS.flatMap((l) => forms[l].map((f) => ({ n, match: wordMatcher(f, l) }))));

// Counted products: "the first two", "both of them", "les deux".
const COUNTS: [number, string[]][] = [
  [
    2,
    ['two', 'both', 'dwa', 'dwie', 'dwoch', 'oba', 'obie', 'obydwa', 'obydwie', 'zwei', 'beide', 'beiden', 'dos', 'ambos', 'ambas', 'deux'],
  ],
  [3, ['three', 'trzy', 'trzech', 'drei', 'tres', 'trois']],
  [4, ['four', 'cztery', 'czterech', 'vier', 'cuatro', 'quatre']],
];
const COUNT_OF = new Map(COUNTS.flatMap(([n, ws]) => ws.map((w) => [w, n] as const)));

const SIMILAR = [
  'similar',
  'like this',
  'alternative*',
  'podobn**',
  'cos jak',
  'alternatyw**',
  'ahnlich**',
  'alternativ**',
  'parecid**',
  'similaire*',
  'pareil*',
  'ressembl**',
];
const COMPLEMENTS = [
  'goes with',
  'go with',
  'goes well',
  'match**',
  'pair with',
  'complete the look',
  'bought together',
  'pasuj**',
  'pasowa**',
  'passt',
  'passend**',
  'kombinier**',
  'combina**',
  'va con',
  'va avec',
  'assortir',
  'aller avec',
];
const compileAny = (list: string[]) => LANGS.flatMap((l) => list.map((s) => compilePattern(s, l)));
const SIMILAR_PATTERNS = compileAny(SIMILAR);
const COMPLEMENT_PATTERNS = compileAny(COMPLEMENTS);

const PRIVACY = compileAny([
  'privacy',
  'data',
  'gdpr',
  'prywatnos**',
  'dane',
  'danymi',
  'rodo',
  'datenschutz**',
  'daten',
  'dsgvo',
  'privacidad',
  'datos',
  'confidentialite',
  'donnees',
  'rgpd',
]);
const TERMS = compileAny([
  'terms',
  'conditions',
  'regulamin**',
  'warunki',
  'agb',
  'geschaftsbedingungen',
  'bedingungen',
  'terminos',
  'condiciones',
  'cgv',
  'conditions generales',
]);

// Words that show a message is about shopping even when no intent is clear.
const SHOP_WORDS = compileAny([
  'order**',
  'product**',
  'item*',
  'price*',
  'size*',
  'shop**',
  'store*',
  'buy**',
  'cart',
  'stock',
  'discount**',
  'sale',
  'pay**',
  'account',
  'invoice',
  'receipt',
  'deliver**',
  'purchas**',
  'zamow**',
  'produkt**',
  'towar**',
  'cen*',
  'rozmiar**',
  'sklep**',
  'kupi**',
  'koszyk**',
  'konto',
  'faktur**',
  'paragon**',
  'bestell**',
  'artikel',
  'preis**',
  'grosse',
  'kauf**',
  'warenkorb',
  'rechnung',
  'konto',
  'pedido*',
  'producto*',
  'articulo*',
  'precio*',
  'talla*',
  'tienda*',
  'compr**',
  'carrito',
  'cuenta',
  'factura*',
  'commande*',
  'produit*',
  'prix',
  'taille*',
  'boutique*',
  'magasin*',
  'achet**',
  'panier',
  'compte',
  'facture*',
]);

function any(patterns: ReturnType<typeof compileAny>, words: string[]): boolean {
  return patterns.some((p) => findPattern(p, words) !== null);
}

function policyTopicFor(intent: Intent, words: string[]): PolicyTopic {
  switch (intent) {
    case 'shipping':
      return 'shipping';
    case 'returns':
      return 'returns';
    case 'refund':
      return 'refunds';
    case 'faq':
      return 'faq';
    case 'policy':
      return any(PRIVACY, words) ? 'privacy' : any(TERMS, words) ? 'terms' : 'any';
    default:
      return 'any';
  }
}

const ATTRIBUTE_KINDS = new Set(['colour', 'material', 'feature', 'audience']);
const TERM_ORDER = ['audience', 'colour', 'material', 'feature', 'product'];

export interface ProductWords {
  terms: VocabularyMatch[];
  /** English catalog terms: audience, colours, materials, features, product kinds, in that order. */
  catalogTerms: string[];
  otherWords: string[];
}

/** The product words of text from which entities were already taken out (see `Entities.remainder`). */
export function productWords(remainder: string, lang: Lang | undefined): ProductWords {
  const rest = tokens(remainder);
  const refs = referenceWords(lang);
  const { matches: terms, unmatched } = analyseVocabulary(rest, lang);
  const otherWords = unmatched
    .map((i) => rest[i])
    .filter((w) => w.length > 1 && !/^\d+$/.test(w) && !FILLER_WORDS.has(w) && !isCueWord(w) && !refs.has(w) && !COUNT_OF.has(w))
    .filter((w) => !COMPILED_ORDINALS.some((o) => o.match(w)));
  const catalogTerms = [...terms].sort((a, b) => TERM_ORDER.indexOf(a.kind) - TERM_ORDER.indexOf(b.kind)).map((t) => t.term);
  return { terms, catalogTerms: [...new Set(catalogTerms)], otherWords: [...new Set(otherWords)] };
}

function referenceWords(lang: Lang | undefined): Set<string> {
  return new Set(REFERENCES[language(lang)].concat(REFERENCES.en));
}

export function understand(message: string, ctx: UnderstandContext): Understanding {
  const lang = ctx.lang;
  const entities = extractEntities(message, { lang, orderNumberFormat: ctx.orderNumberFormat });
  const words = tokens(message);
  const superlativeMatch = superlativeOf(words);
  const superlative = superlativeMatch?.kind ?? null;
  const pickWords = new Set(superlativeMatch?.words.map((i) => words[i]) ?? []);
  const product = productWords(entities.remainder, lang);
  const { terms, catalogTerms } = product;
  const otherWords = product.otherWords.filter((w) => !pickWords.has(w));
  const written = rawTokens(entities.remainder);
  const colourWords = terms.filter((t) => entities.colours.includes(t.term)).map((t) => written.slice(t.start, t.end).join(' '));

  const ordinals = [...new Set(words.flatMap((w) => COMPILED_ORDINALS.filter((o) => o.match(w)).map((o) => o.n)))];
  const refs = referenceWords(lang);
  const refersBack = words.some((w) => refs.has(w)) || ordinals.length > 0;
  const count = words.map((w) => COUNT_OF.get(w)).find((n) => n !== undefined) ?? null;

  const productTerms = terms.filter((t) => t.kind === 'product').length;
  const attributes = terms.filter((t) => ATTRIBUTE_KINDS.has(t.kind)).length + entities.sizes.length + (entities.price ? 1 : 0);
  const contentWords = words.filter((w) => !FILLER_WORDS.has(w) && !refs.has(w)).length;
  const attributesOnly = attributes > 0 && productTerms === 0 && contentWords <= attributes + 1 && entities.orderNumbers.length === 0;

  const signals = {
    orderNumber: entities.orderNumbers.length > 0,
    bareNumber: entities.bareNumbers.length > 0 && !entities.price,
    contact: entities.emails.length > 0 || entities.phones.length > 0,
    productTerms,
    attributes,
    refersToShown: ctx.hasShownProducts && refersBack && productTerms === 0,
    productsShown: ctx.hasShownProducts,
    attributesOnly,
    shopTopic: productTerms + attributes > 0 || any(SHOP_WORDS, words),
  };
  const classified = classifyIntent(message, lang, signals);
  const { score } = classified;
  let { intent } = classified;

  // Answers to the engine's own question: an e-mail after "what is your e-mail?" completes the
  // hand-off; an order number or contact after "which order?" completes the lookup.
  const givesLookupDetails = signals.contact || signals.orderNumber || signals.bareNumber;
  if (ctx.awaiting === 'handoff_email' && entities.emails.length > 0 && intent !== 'order_status') intent = 'handoff';
  if (ctx.awaiting === 'order_lookup' && givesLookupDetails && !['handoff', 'product_search'].includes(intent)) intent = 'order_status';

  // "Which one is the cheapest?" picks among the products shown; "the cheapest sofa" (or nothing
  // shown yet) searches for them in that order. Other questions ("the cheapest shipping") stay theirs.
  // "Which is cheaper, the grey sofa or the yellow one?" stays a comparison of the two named.
  if (superlative && PICKABLE.has(intent) && !(intent === 'compare' && productTerms > 0))
    intent = productTerms === 0 && ctx.hasShownProducts ? 'compare' : 'product_search';

  const recommendKind: RecommendKind | null = any(COMPLEMENT_PATTERNS, words)
    ? 'complements'
    : any(SIMILAR_PATTERNS, words)
      ? 'similar'
      : null;

  return {
    intent,
    score,
    entities,
    terms,
    catalogTerms,
    otherWords,
    colourWords: [...new Set(colourWords)],
    refersBack,
    ordinals,
    count,
    policyTopic: policyTopicFor(intent, words),
    recommendKind,
    superlative,
  };
}
