// The few words of the "which one for whom" summary, in the five languages the storefront speaks;
// other languages get English. Product, option and attribute names stay as the merchant wrote them.

type Phrase = 'cheapest' | 'onSale' | 'onlyIn' | 'widestChoice' | 'soldOut' | 'bestRated';

type Template = (v: Record<string, string>) => string;

// prettier-ignore
const PHRASES: Record<string, Record<Phrase, Template>> = {
  en: {
    cheapest: (v) => `the lowest price (${v.price})`,
    onSale: (v) => `on sale, ${v.pct}% off`,
    onlyIn: (v) => `the only one in ${v.name} ${v.values}`,
    widestChoice: (v) => `the widest choice of ${v.name} (${v.count})`,
    soldOut: () => 'sold out right now',
    bestRated: (v) => `best rated (${v.rating}/5)`,
  },
  pl: {
    cheapest: (v) => `najniższa cena (${v.price})`,
    onSale: (v) => `w promocji, ${v.pct}% taniej`,
    onlyIn: (v) => `jako jedyny dostępny w wariancie ${v.name}: ${v.values}`,
    widestChoice: (v) => `największy wybór – ${v.name} (${v.count})`,
    soldOut: () => 'obecnie niedostępny',
    bestRated: (v) => `najwyżej oceniany (${v.rating}/5)`,
  },
  de: {
    cheapest: (v) => `der niedrigste Preis (${v.price})`,
    onSale: (v) => `im Angebot, ${v.pct} % günstiger`,
    onlyIn: (v) => `als einziges in ${v.name} ${v.values}`,
    widestChoice: (v) => `die größte Auswahl an ${v.name} (${v.count})`,
    soldOut: () => 'derzeit ausverkauft',
    bestRated: (v) => `am besten bewertet (${v.rating}/5)`,
  },
  es: {
    cheapest: (v) => `el precio más bajo (${v.price})`,
    onSale: (v) => `en oferta, ${v.pct} % de descuento`,
    onlyIn: (v) => `el único en ${v.name} ${v.values}`,
    widestChoice: (v) => `la mayor variedad de ${v.name} (${v.count})`,
    soldOut: () => 'agotado por ahora',
    bestRated: (v) => `el mejor valorado (${v.rating}/5)`,
  },
  fr: {
    cheapest: (v) => `le prix le plus bas (${v.price})`,
    onSale: (v) => `en promotion, −${v.pct} %`,
    onlyIn: (v) => `le seul en ${v.name} ${v.values}`,
    widestChoice: (v) => `le plus grand choix de ${v.name} (${v.count})`,
    soldOut: () => 'épuisé pour le moment',
    bestRated: (v) => `le mieux noté (${v.rating}/5)`,
  },
};

export function phrases(language: string): Record<Phrase, Template> {
  return PHRASES[language.toLowerCase().split(/[-_]/)[0]] ?? PHRASES.en;
}
