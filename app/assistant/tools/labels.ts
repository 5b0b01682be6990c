// Fixed words the tools put in front of shoppers (comparison row names, stock words), in the five
// languages the assistant speaks; other languages get English. Catalog text stays as written.

type Label = 'price' | 'compareAtPrice' | 'availability' | 'inStock' | 'outOfStock' | 'vendor' | 'type' | 'tags' | 'rating' | 'praised' | 'none';

// prettier-ignore
const LABELS: Record<string, Record<Label, string>> = {
  en: { price: 'Price', compareAtPrice: 'Was', availability: 'Availability', inStock: 'In stock', outOfStock: 'Out of stock', vendor: 'Brand', type: 'Type', tags: 'Tags', rating: 'Rating', praised: 'Customers praise', none: '—' },
  pl: { price: 'Cena', compareAtPrice: 'Cena przed obniżką', availability: 'Dostępność', inStock: 'Dostępny', outOfStock: 'Niedostępny', vendor: 'Marka', type: 'Rodzaj', tags: 'Tagi', rating: 'Ocena klientów', praised: 'Klienci chwalą', none: '—' },
  de: { price: 'Preis', compareAtPrice: 'Statt', availability: 'Verfügbarkeit', inStock: 'Auf Lager', outOfStock: 'Ausverkauft', vendor: 'Marke', type: 'Art', tags: 'Tags', rating: 'Bewertung', praised: 'Kunden loben', none: '—' },
  es: { price: 'Precio', compareAtPrice: 'Antes', availability: 'Disponibilidad', inStock: 'En stock', outOfStock: 'Agotado', vendor: 'Marca', type: 'Tipo', tags: 'Etiquetas', rating: 'Valoración', praised: 'Los clientes elogian', none: '—' },
  fr: { price: 'Prix', compareAtPrice: 'Au lieu de', availability: 'Disponibilité', inStock: 'En stock', outOfStock: 'Épuisé', vendor: 'Marque', type: 'Type', tags: 'Étiquettes', rating: 'Note des clients', praised: 'Les clients apprécient', none: '—' },
};

export function labels(language: string): Record<Label, string> {
  return LABELS[language.toLowerCase().split(/[-_]/)[0]] ?? LABELS.en;
}

export function formatPrice(amount: number, currency: string, language: string): string {
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}
