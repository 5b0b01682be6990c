// The shape of one language's review lexicon. Entries are written as people write (accents
// kept) and folded when compiled, so text typed without diacritics meets the same entries.

export interface LanguageLexicon {
  /**
   * "term valence" entries separated by commas or new lines. Valence runs from -4 to 4 (the
   * scale VADER uses). A term may be a phrase; a trailing `*` on a word matches any ending,
   * which Polish, German, Spanish and French inflection needs ("wygodn*" → "wygodne", "wygodna").
   */
  entries: string;
  /** Words that flip the sentiment of what follows within a few words ("not", "nie", "kein*"). */
  negators: string[];
  /** Negators that follow the word they negate (German "gefällt mir nicht"). */
  postNegators?: string[];
  /** Words that start another clause, past which a post-negator no longer reaches ("und", "oder"). */
  clauseJoiners?: string[];
  /** Words that strengthen the next sentiment word ("very", "bardzo"). */
  boosters: string[];
  /** Words that soften it ("a bit", "trochę"). */
  dampeners: string[];
  /** Words after which a clause outweighs the one before ("but", "ale", "aber"). */
  contrast: string[];
  /**
   * Words that introduce what the reviewer misses ("I wish", "would be nice if", "szkoda, że"):
   * praise after them in the same clause describes what the product lacks ("I wish the lining
   * held up better"), so it does not count. The words' own valence belongs in `entries`.
   */
  wishes?: string[];
}
