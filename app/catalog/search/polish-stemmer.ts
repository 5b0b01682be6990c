// A light Polish stemmer: strips the case and number endings of nouns and adjectives, which is what
// shop queries inflect ("koszula", "koszule", "koszulami"; "złoty", "złotego", "złotych"). Snowball
// has no Polish algorithm and the dictionary stemmers (Stempel, Morfologik) are Java with large
// tables; for matching a query against a catalog, conflating the endings is most of the gain.
// It works on folded text (no diacritics) so that "koszulę" and a typed "koszule" meet.
// Stem changes inside the word (kurtka → kurtek, stół → stole) are left to typo tolerance.

// Longest first: the first suffix that leaves a stem of at least MIN_STEM letters wins.
const SUFFIXES = [
  'iego',
  'iemu',
  'ami',
  'ach',
  'ego',
  'emu',
  'ich',
  'imi',
  'ych',
  'ymi',
  'iem',
  'owi',
  'ow',
  'om',
  'ej',
  'em',
  'ie',
  'ym',
  'im',
  'a',
  'e',
  'i',
  'o',
  'u',
  'y',
];
const MIN_STEM = 3;

export function stemPolish(folded: string): string {
  for (const suffix of SUFFIXES) {
    if (folded.length - suffix.length >= MIN_STEM && folded.endsWith(suffix)) {
      return folded.slice(0, -suffix.length);
    }
  }
  return folded;
}
