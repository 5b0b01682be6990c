// What a question about a product asks for (its material, price, stock, sizes and colours, what
// its reviews say), and
// which FAQ entry a question is after, as patterns in the five languages. A message can touch
// several aspects; a question that names none gets the product's summary.
import { compilePattern, findPattern, LANGS, type Lang, type Pattern } from '../nlu/patterns';
import { tokens } from '../nlu/text';

export type Aspect = 'material' | 'price' | 'stock' | 'options' | 'reviews';

const ASPECTS: Record<Aspect, Record<Lang, string[]>> = {
  material: {
    en: ['made of', 'made from', 'material*', 'fabric*', 'composition'],
    pl: ['z czego', 'material**', 'sklad', 'tkanin**', 'wykonan**'],
    de: ['woraus', 'aus welchem', 'material**', 'stoff', 'zusammensetzung'],
    es: ['hecho', 'hecha', 'material**', 'tela', 'composicion'],
    fr: ['en quoi', 'matiere*', 'tissu', 'composition', 'fait en'],
  },
  price: {
    en: ['how much', 'price*', 'cost*'],
    pl: ['ile kosztuj**', 'cen*'],
    de: ['wie viel', 'kostet', 'preis*'],
    es: ['cuanto cuesta', 'cuanto vale', 'precio*'],
    fr: ['combien', 'prix', 'coute'],
  },
  stock: {
    en: ['in stock', 'available', 'availability', 'sold out', 'still have'],
    pl: ['dostepn**', 'na stanie', 'wyprzedan**'],
    de: ['auf lager', 'verfugbar**', 'lieferbar', 'ausverkauft'],
    es: ['en stock', 'disponible*', 'agotad*'],
    fr: ['en stock', 'disponible*', 'epuise*'],
  },
  options: {
    en: ['sizes', 'what size', 'colours', 'colors', 'come in', 'options', 'variants'],
    pl: ['rozmiar**', 'kolor**', 'warianty'],
    de: ['grossen', 'farben', 'varianten'],
    es: ['tallas', 'colores', 'variantes'],
    fr: ['tailles', 'couleurs', 'variantes'],
  },
  reviews: {
    en: [
      'review*',
      'reviewed',
      'rating*',
      'rated',
      'stars',
      'people say',
      'customers say',
      'buyers say',
      'others say',
      'people think',
      'customers think',
      'feedback',
      'opinion*',
      'any complaints',
      'worth it',
    ],
    pl: ['opini*', 'recenzj*', 'ocen*', 'gwiazdk*', 'co mowia', 'co pisza', 'co sadza', 'klienci mowia', 'ludzie mowia', 'skarg*', 'warto'],
    de: [
      'bewertung*',
      'rezension*',
      'sterne',
      'was sagen',
      'sagen die kunden',
      'meinung*',
      'erfahrung*',
      'kundenmeinung*',
      'beschwerden',
      'lohnt',
    ],
    es: ['resena*', 'opinion*', 'valoracion*', 'estrellas', 'que dicen', 'que opinan', 'comentarios', 'quejas', 'vale la pena'],
    fr: ['avis', 'notes', 'etoiles', 'que disent', 'qu en pensent', 'en pensent', 'commentaires', 'plaintes', 'vaut le coup'],
  },
};

const compile = (table: Record<Lang, string[]>): Pattern[] => LANGS.flatMap((l) => table[l].map((s) => compilePattern(s, l)));
const COMPILED = Object.fromEntries(Object.entries(ASPECTS).map(([a, t]) => [a, compile(t)])) as Record<Aspect, Pattern[]>;

export function aspectsOf(message: string): Set<Aspect> {
  const words = tokens(message);
  return new Set((Object.keys(COMPILED) as Aspect[]).filter((a) => COMPILED[a].some((p) => findPattern(p, words))));
}

// FAQ questions are matched against the shop's FAQ by shared words; a Polish question shares none
// with an English FAQ, so the English words of the topic go along with it.
// prettier-ignore
const FAQ_TOPICS: [string, Record<Lang, string[]>][] = [
  ['gift wrapping', { en: ['gift wrap**', 'gift box'], pl: ['na prezent', 'zapakowa**', 'opakowani** prezentow**'], de: ['geschenkverpackung', 'als geschenk', 'einpack**'], es: ['para regalo', 'envolver', 'papel de regalo'], fr: ['emballage cadeau', 'paquet cadeau', 'emballer'] }],
  ['find my size', { en: ['size guide', 'size chart', 'my size', 'sizing', 'what size', 'which size'], pl: ['rozmiar**', 'rozmiarowk**'], de: ['grosse', 'grossen', 'grossentabelle', 'grossenberatung'], es: ['talla*'], fr: ['taille*'] }],
  ['jewelry hypoallergenic nickel', { en: ['hypoallergenic', 'nickel', 'allerg**'], pl: ['hipoalergiczn**', 'nikiel', 'uczul**'], de: ['hypoallergen**', 'nickel**', 'allergi**'], es: ['hipoalergenic**', 'niquel', 'alergi**'], fr: ['hypoallergenique*', 'nickel', 'allergi**'] }],
  ['physical store showroom', { en: ['physical store', 'showroom', 'opening hours', 'visit', 'store in', 'shop in'], pl: ['sklep stacjonarn**', 'sklep w', 'salon**', 'showroom', 'godzin** otwarcia'], de: ['laden', 'geschaft', 'offnungszeiten'], es: ['tienda fisica', 'tienda en', 'horario*'], fr: ['magasin', 'boutique', 'horaires'] }],
  ['payment methods pay', { en: ['pay**', 'paypal', 'klarna', 'installments'], pl: ['platnos**', 'zaplac**', 'blik', 'raty'], de: ['zahlung**', 'bezahl**'], es: ['pago*', 'pagar'], fr: ['paiement*', 'payer'] }],
  ['discount code', { en: ['discount', 'coupon', 'promo code'], pl: ['rabat**', 'kod rabatowy', 'kupon**'], de: ['rabatt**', 'gutscheincode'], es: ['descuento*', 'cupon**'], fr: ['code promo', 'reduction'] }],
  ['cancel order', { en: ['cancel**'], pl: ['anulowa**', 'anuluj**'], de: ['stornier**'], es: ['cancelar'], fr: ['annuler'] }],
  ['change shipping address', { en: ['address'], pl: ['adres**'], de: ['adresse**'], es: ['direccion'], fr: ['adresse'] }],
];
const COMPILED_FAQ = FAQ_TOPICS.map(([hint, table]) => ({ hint, patterns: compile(table) }));

/** English words of the FAQ topics a question touches ("czy pakujecie na prezent" → "gift wrapping"). */
export function faqHints(message: string): string[] {
  const words = tokens(message);
  return COMPILED_FAQ.filter((t) => t.patterns.some((p) => findPattern(p, words))).map((t) => t.hint);
}
