// Sizes and colours the shopper asked for, matched against a product's variant options as the
// catalog spells them: "M" is "Medium" in one shop and "M" in another, "blue" may be "Navy Blue".
import { isColourTerm } from '../nlu/entities';
import { tokens } from '../nlu/text';
import { analyseVocabulary } from '../nlu/vocabulary';

const SIZE_ALIASES: Record<string, string[]> = {
  XXXS: ['xxxs', '3xs'],
  XXS: ['xxs', '2xs'],
  XS: ['xs', 'extra small', 'x small', 'xsmall'],
  S: ['s', 'small', 'sm', 'klein', 'maly', 'mala', 'pequeno', 'pequena', 'petit', 'petite'],
  M: ['m', 'medium', 'med', 'mittel', 'sredni', 'srednia', 'mediano', 'mediana', 'moyen', 'moyenne'],
  L: ['l', 'large', 'lg', 'gross', 'duzy', 'duza', 'grande', 'grand'],
  XL: ['xl', 'extra large', 'x large', 'xlarge'],
  XXL: ['xxl', '2xl', 'xx large', 'xxlarge'],
  XXXL: ['xxxl', '3xl', 'xxx large'],
};

export function sizeMatches(value: string, size: string): boolean {
  const v = tokens(value).join(' ');
  const aliases = SIZE_ALIASES[size];
  return aliases ? aliases.includes(v) : v === size.toLowerCase();
}

// "Silver" as an option value is the metal the shopper asked for ("in silver", "en plateado"), so
// metals count as colours on both sides.
export function colourMatches(value: string, colour: string): boolean {
  return analyseVocabulary(tokens(value), undefined).matches.some((m) => isColourTerm(m) && m.term === colour);
}

export interface Wanted {
  sizes: string[];
  colours: string[];
}

interface VariantLike {
  options: { name: string; value: string }[];
}

/**
 * Variants that have every wanted size and colour. A wanted colour counts only where the product
 * offers colours at all: "the blue one" of a one-colour shirt is that shirt.
 */
export function matchingVariants<V extends VariantLike>(variants: V[], wanted: Wanted): V[] {
  const offersColour = (c: string) => variants.some((v) => v.options.some((o) => colourMatches(o.value, c)));
  const colours = wanted.colours.filter(offersColour);
  return variants.filter(
    (v) =>
      wanted.sizes.every((s) => v.options.some((o) => sizeMatches(o.value, s))) &&
      colours.every((c) => v.options.some((o) => colourMatches(o.value, c))),
  );
}

export function isEmpty(w: Wanted): boolean {
  return w.sizes.length === 0 && w.colours.length === 0;
}
