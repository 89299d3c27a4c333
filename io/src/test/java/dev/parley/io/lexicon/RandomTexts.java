package dev.parley.io.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/** Texts for seeded randomised tests of patterns: pieces strung together, some upper-cased. */
final class RandomTexts {
  private RandomTexts() {}

  /** Pieces that the bundled patterns and some made-up ones match, and pieces in between. */
  static final List<String> PIECES =
      List.of(
          "NATO",
          "nato",
          "Nato",
          " will not ",
          " won\u2019t ",
          " won't ",
          " never ",
          "further ",
          "expand",
          "enlarge",
          "move east",
          "Ukraine",
          "Kyiv",
          "\u212Aiev",
          "Tbilisi",
          "'s",
          "\u2019s",
          " joined ",
          " membership ",
          " the alliance",
          " the Alliance",
          "stated",
          "Stating",
          "\u017Ftated",
          "asked for",
          "ASK FOR",
          "waarrior",
          "warrrior",
          "color",
          "colour",
          "seals.",
          "sea.",
          "KILOmeter",
          "Mr. Lavrov",
          "Mrs Zakharova",
          "abc",
          "yz",
          "abcdef",
          "]bcxef",
          "a\nb",
          "top",
          "bottom",
          "ab",
          ".",
          ";",
          " ",
          "x",
          "e");

  /** The {@link #PIECES} and words of the bundled security-guarantees case, some misspelt. */
  static final List<String> WITH_CASE_NAMES =
      Stream.concat(
              PIECES.stream(),
              Stream.of(
                  "Lavrov ",
                  "Lavrv ",
                  "Zakharova ",
                  "Moscow ",
                  "Russia's ",
                  "demanded ",
                  "rejected ",
                  "security guarantees ",
                  "guarantees of security ",
                  "Ukraine's neutrality ",
                  "non-enlargement ",
                  "U.S. ",
                  "won't ",
                  "Brussels "))
          .toList();

  /** One to {@code maxPieces} pieces drawn from {@code pieces}, one in five upper-cased. */
  static String of(Random random, List<String> pieces, int maxPieces) {
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(maxPieces);
    for (int k = 0; k < n; k++) {
      String piece = pieces.get(random.nextInt(pieces.size()));
      b.append(random.nextInt(5) == 0 ? piece.toUpperCase(Locale.ROOT) : piece);
    }
    return b.toString();
  }
}
