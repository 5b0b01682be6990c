// Words for the "customers say" summaries, per shop language. Templates only: every sentence is
// filled from counts, so nothing is said that the reviews don't show.

type AspectNames = Record<string, string>;

export interface SummaryPhrases {
  aspects: AspectNames;
  basedOn: (reviews: number, average: string | null) => string;
  praise: (items: string) => string;
  complain: (items: string) => string;
  item: (aspect: string, count: number) => string;
  and: string;
  noAspects: (share: number) => string;
}

const join = (items: string[], and: string) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`);

export const PHRASES: Record<string, SummaryPhrases> = {
  en: {
    aspects: { quality: 'quality', fit_sizing: 'fit and sizing', shipping: 'shipping', price_value: 'value for money', customer_service: 'customer service', packaging: 'packaging', durability: 'durability' },
    basedOn: (n, avg) => `From ${n} review${n === 1 ? '' : 's'}${avg ? ` (average ${avg}/5)` : ''}:`,
    praise: (items) => `customers praise ${items}.`,
    complain: (items) => `Some mention problems with ${items}.`,
    item: (a, n) => `${a} (${n})`,
    and: 'and',
    noAspects: (share) => `${share}% of them are positive.`,
  },
  pl: {
    aspects: { quality: 'jakość', fit_sizing: 'rozmiar i krój', shipping: 'dostawę', price_value: 'stosunek jakości do ceny', customer_service: 'obsługę klienta', packaging: 'opakowanie', durability: 'trwałość' },
    basedOn: (n, avg) => `Na podstawie ${n} opinii${avg ? ` (średnio ${avg}/5)` : ''}:`,
    praise: (items) => `klienci chwalą ${items}.`,
    complain: (items) => `Niektórzy krytykują ${items}.`,
    item: (a, n) => `${a} (${n})`,
    and: 'i',
    noAspects: (share) => `${share}% z nich jest pozytywnych.`,
  },
  de: {
    aspects: { quality: 'die Qualität', fit_sizing: 'Passform und Größe', shipping: 'den Versand', price_value: 'das Preis-Leistungs-Verhältnis', customer_service: 'den Kundenservice', packaging: 'die Verpackung', durability: 'die Haltbarkeit' },
    basedOn: (n, avg) => `Aus ${n} Bewertung${n === 1 ? '' : 'en'}${avg ? ` (Durchschnitt ${avg}/5)` : ''}:`,
    praise: (items) => `Kunden loben ${items}.`,
    complain: (items) => `Manche kritisieren ${items}.`,
    item: (a, n) => `${a} (${n})`,
    and: 'und',
    noAspects: (share) => `${share} % davon sind positiv.`,
  },
  es: {
    aspects: { quality: 'la calidad', fit_sizing: 'la talla y el ajuste', shipping: 'el envío', price_value: 'la relación calidad-precio', customer_service: 'la atención al cliente', packaging: 'el embalaje', durability: 'la durabilidad' },
    basedOn: (n, avg) => `Según ${n} reseña${n === 1 ? '' : 's'}${avg ? ` (media ${avg}/5)` : ''}:`,
    praise: (items) => `los clientes elogian ${items}.`,
    complain: (items) => `Algunos critican ${items}.`,
    item: (a, n) => `${a} (${n})`,
    and: 'y',
    noAspects: (share) => `El ${share} % son positivas.`,
  },
  fr: {
    aspects: { quality: 'la qualité', fit_sizing: 'la taille et la coupe', shipping: 'la livraison', price_value: 'le rapport qualité-prix', customer_service: 'le service client', packaging: "l'emballage", durability: 'la durabilité' },
    basedOn: (n, avg) => `D'après ${n} avis${avg ? ` (moyenne ${avg}/5)` : ''} :`,
    praise: (items) => `les clients apprécient ${items}.`,
    complain: (items) => `Certains critiquent ${items}.`,
    item: (a, n) => `${a} (${n})`,
    and: 'et',
    noAspects: (share) => `${share} % sont positifs.`,
  },
};

export function phrasesFor(locale: string): SummaryPhrases {
  return PHRASES[locale] ?? PHRASES.en;
}

export function joinItems(items: string[], locale: string): string {
  return join(items, phrasesFor(locale).and);
}
