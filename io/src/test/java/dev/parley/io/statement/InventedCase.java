package dev.parley.io.statement;

import dev.parley.io.lexicon.CaseLexicon;
import dev.parley.io.lexicon.CompiledLexicon;
import dev.parley.io.lexicon.GenericLexicon;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small invented negotiation for reading tests: states and items written as case-lexicon text,
 * compiled with the bundled generic lexicon, and a way to read one sentence of an article published
 * on a fixed day.
 *
 * <p>Invented names keep a test about English from leaning on what the bundled case lexicons know.
 */
final class InventedCase {
  private final CompiledLexicon lexicon;
  private final LocalDate published;

  private InventedCase(CompiledLexicon lexicon, LocalDate published) {
    this.lexicon = lexicon;
    this.published = published;
  }

  /** Starts a case whose articles are published on {@code published}. */
  static Builder publishedOn(LocalDate published) {
    return new Builder(published);
  }

  /** The compiled lexicon of the case. */
  CompiledLexicon lexicon() {
    return lexicon;
  }

  /** The day the case's articles are published. */
  LocalDate published() {
    return published;
  }

  /** The statements read from {@code text} (one paragraph), as "PARTY act" ("?" for no party). */
  List<String> acts(String text) {
    return StatementExtractor.of(lexicon)
        .extract(TestArticles.of(published, text))
        .statements()
        .stream()
        .map(s -> s.speakerParty().orElse("?") + " " + s.act().id())
        .collect(Collectors.toList());
  }

  /** The speaker party, act and items ("VL accept [truce]") of each statement of the paragraphs. */
  List<String> actsOn(String... paragraphs) {
    return StatementExtractor.of(lexicon)
        .extract(TestArticles.of(published, paragraphs))
        .statements()
        .stream()
        .map(s -> s.speakerParty().orElse("?") + " " + s.act().id() + " " + s.items())
        .collect(Collectors.toList());
  }

  /**
   * The speaker and act ("VL/varga reject", "VL reject" when no person is named) of each statement
   * of the paragraphs.
   */
  List<String> speakersOn(String... paragraphs) {
    return StatementExtractor.of(lexicon)
        .extract(TestArticles.of(published, paragraphs))
        .statements()
        .stream()
        .map(
            s ->
                s.speakerParty().orElse("?")
                    + s.speakerActor().map(a -> "/" + a).orElse("")
                    + " "
                    + s.act().id())
        .collect(Collectors.toList());
  }

  /** Collects the lines of the invented case lexicon. */
  static final class Builder {
    private final LocalDate published;
    private final StringBuilder text = new StringBuilder();

    private Builder(LocalDate published) {
      this.published = published;
    }

    /** Adds a state party with its name and the other words that name it, "|"-separated. */
    Builder state(String id, String name, String otherNames) {
      text.append("[party ").append(id).append("]\n");
      text.append("name = ").append(name).append('\n');
      text.append("kind = state\n");
      text.append("names = ").append(name).append(" | ").append(otherNames).append("\n\n");
      return this;
    }

    /** Adds a person who speaks for {@code party}, in a role of the generic lexicon, by names. */
    Builder actor(String id, String party, String role, String names) {
      text.append("[actor ").append(id).append("]\n");
      text.append("name = ").append(names.split(" \\| ", -1)[0]).append('\n');
      text.append("party = ").append(party).append('\n');
      text.append("role = ").append(role).append('\n');
      text.append("names = ").append(names).append("\n\n");
      return this;
    }

    /** Adds an item that party {@code acting} would carry out, named by "|"-separated phrases. */
    Builder item(String id, String text, String acting, String phrases) {
      this.text.append("[item ").append(id).append("]\n");
      this.text.append("text = ").append(text).append('\n');
      this.text.append("acting = ").append(acting).append('\n');
      this.text.append("phrases = ").append(phrases).append("\n\n");
      return this;
    }

    /** Compiles the case, read as if from a file called {@code source}. */
    InventedCase build(String source) {
      CompiledLexicon lexicon =
          CompiledLexicon.of(
              GenericLexicon.bundled(),
              CaseLexicon.read(source, new StringReader(text.toString())));
      return new InventedCase(lexicon, published);
    }
  }
}
