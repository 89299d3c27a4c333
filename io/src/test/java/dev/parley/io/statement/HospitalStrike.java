package dev.parley.io.statement;

import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.io.lexicon.CompiledLexicon;
import dev.parley.io.lexicon.GenericLexicon;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

/**
 * An invented case read with the bundled generic lexicon: a nurses' union on strike against two
 * hospitals over a pay rise and staffing ratios.
 */
final class HospitalStrike {
  static final LocalDate PUBLISHED = LocalDate.of(2023, 5, 20);

  static final CompiledLexicon LEXICON =
      CompiledLexicon.of(
          GenericLexicon.bundled(),
          CaseLexicon.read(
              "hospital-strike.lexicon",
              new StringReader(
                  String.join(
                      "\n",
                      "[party NU]",
                      "name = Nurses Union",
                      "kind = organisation",
                      "names = Nurses Union | the union",
                      "",
                      "[party MH]",
                      "name = Mercy Hospital",
                      "kind = organisation",
                      "names = Mercy Hospital | Mercy",
                      "",
                      "[party LH]",
                      "name = Lakeside Hospital",
                      "kind = organisation",
                      "names = Lakeside Hospital | Lakeside",
                      "",
                      "[actor carter]",
                      "name = Ann Carter",
                      "party = NU",
                      "role = official",
                      "names = Carter",
                      "",
                      "[item pay-rise]",
                      "text = A pay rise for nurses",
                      "acting = MH | LH",
                      "phrases = pay rise | wage increase | raise",
                      "",
                      "[item staffing-ratio]",
                      "text = Fixed nurse-to-patient staffing ratios",
                      "acting = MH | LH",
                      "phrases = staffing ratio | staffing ratios",
                      ""))));

  private HospitalStrike() {}

  /** The statements read from an article of these paragraphs. */
  static List<Statement> read(String... paragraphs) {
    return StatementExtractor.of(LEXICON)
        .extract(TestArticles.of(PUBLISHED, paragraphs))
        .statements();
  }

  /** The speaker party and act ("NU accept") of each statement. */
  static List<String> acts(String... paragraphs) {
    return read(paragraphs).stream()
        .map(s -> s.speakerParty().orElse("?") + " " + s.act().id())
        .toList();
  }

  /** The speaker party, act and items ("NU accept [pay-rise]") of each statement. */
  static List<String> actsOn(String... paragraphs) {
    return read(paragraphs).stream()
        .map(s -> s.speakerParty().orElse("?") + " " + s.act().id() + " " + s.items())
        .toList();
  }

  /** The date of each statement read from an article of these paragraphs. */
  static List<LocalDate> dates(String... paragraphs) {
    return read(paragraphs).stream().map(s -> s.date().orElseThrow()).toList();
  }
}
