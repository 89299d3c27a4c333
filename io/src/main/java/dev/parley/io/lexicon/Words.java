package dev.parley.io.lexicon;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How enum constants are written in lexicon files: lower case, words joined by {@code -}. */
final class Words {
  private Words() {}

  static String of(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String word) {
    for (E e : type.getEnumConstants()) {
      if (of(e).equals(word)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  static <E extends Enum<E>> String all(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Words::of).collect(Collectors.joining(", "));
  }

  /** Whether {@code id} is a lower-case id: {@code [a-z0-9][a-z0-9-]*}. */
  static boolean isId(String id) {
    return isId(id, false);
  }

  /** Whether {@code id} is a party id: like an id, but upper-case letters are allowed too. */
  static boolean isPartyId(String id) {
    return isId(id, true);
  }

  private static boolean isId(String id, boolean upper) {
    if (id.isEmpty()) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || (upper && c >= 'A' && c <= 'Z')
              || (i > 0 && c == '-');
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
