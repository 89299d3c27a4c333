package dev.parley.io.lexicon;

import java.util.Optional;

/** Whether the members of a package stand or fall together. */
public enum Linkage {
  /** The package is to be considered as a whole; members cannot be picked out. */
  INDIVISIBLE,
  /** Members may be agreed or refused one by one. */
  SEPARABLE;

  /** The word for this constant in lexicon files, such as {@code indivisible}. */
  public String word() {
    return Words.of(this);
  }

  /** The constant written {@code word} in lexicon files, if any. */
  public static Optional<Linkage> fromWord(String word) {
    return Words.parse(Linkage.class, word);
  }
}
