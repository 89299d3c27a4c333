package dev.parley.io.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.parley.io.lexicon.LexiconAdvice.Kind;
import dev.parley.io.lexicon.LexiconText.Element;
import dev.parley.io.lexicon.LexiconText.Field;
import dev.parley.io.lexicon.LexiconText.Section;
import dev.parley.io.match.Token;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks a case lexicon that reads without error for phrases the parser will not read the way their
 * writer most likely meant: an item named with a communicative act's cue, a phrase given to two
 * entries, an actor named like a state, a phrase the matching never finds.
 *
 * <p>Each phrase of a party, actor, item or document is matched, alone, against the compiled
 * generic and case lexicons, exactly as an article's sentence would be, and what else it matches is
 * reported with its file, line and column. A lexicon with no advice is not thereby complete: {@code
 * --sentences} of the main program shows what articles still say that it lacks.
 */
public final class LexiconAdvisor {
  /** For each section kind that names things, the fields that hold names and the match kind. */
  private static final ImmutableMap<String, ImmutableSet<String>> NAME_FIELDS =
      ImmutableMap.of(
          "party", ImmutableSet.of("name", "names", "capitals", "seats", "adjectives"),
          "actor", ImmutableSet.of("name", "names"),
          "item", ImmutableSet.of("phrases"),
          "document", ImmutableSet.of("names"));

  private static final ImmutableMap<String, MatchKind> KINDS =
      ImmutableMap.of(
          "party", MatchKind.PARTY,
          "actor", MatchKind.ACTOR,
          "item", MatchKind.ITEM,
          "document", MatchKind.DOCUMENT);

  /** The generic lexicon's act of discussing, whose cue may end a name of talks. */
  private static final String DISCUSS = "discuss";

  private final String source;
  private final CaseLexicon caseLexicon;
  private final CompiledLexicon lexicon;
  private final ImmutableList.Builder<LexiconAdvice> advice = ImmutableList.builder();

  private LexiconAdvisor(String source, CaseLexicon caseLexicon) {
    this.source = source;
    this.caseLexicon = caseLexicon;
    this.lexicon = CompiledLexicon.of(GenericLexicon.bundled(), caseLexicon);
  }

  /**
   * The advice on the case lexicon file at {@code path}, in the order its phrases are written.
   *
   * @throws dev.parley.io.InputParseException if the file cannot be read as a case lexicon
   */
  public static ImmutableList<LexiconAdvice> advise(Path path) {
    String source = path.toString();
    return advise(source, LexiconFiles.readText(source, path));
  }

  /**
   * The advice on the case lexicon read from {@code reader}; {@code source} names it.
   *
   * @throws dev.parley.io.InputParseException if the text cannot be read as a case lexicon
   */
  public static ImmutableList<LexiconAdvice> advise(String source, Reader reader) {
    return advise(checkNotNull(source, "source"), LexiconText.readAll(checkNotNull(reader)));
  }

  /**
   * The advice on a case lexicon that ships with parley, such as {@code security-guarantees-2021}.
   */
  public static ImmutableList<LexiconAdvice> adviseBundled(String name) {
    CaseLexicon.bundled(
        checkNotNull(name, "name")); // names the bundled ones if there is no such lexicon
    String file = name + LexiconFiles.EXTENSION;
    return advise(file, LexiconFiles.bundledCaseText(file));
  }

  private static ImmutableList<LexiconAdvice> advise(String source, String text) {
    LexiconAdvisor advisor = new LexiconAdvisor(source, CaseLexiconReader.read(source, text));
    for (Section s : LexiconText.parse(source, text)) {
      ImmutableSet<String> fields = NAME_FIELDS.get(s.kind);
      if (fields == null) {
        continue;
      }
      for (Field f : s.fields.values()) {
        if (!fields.contains(f.key)) {
          continue;
        }
        List<Element> phrases =
            f.key.equals("name")
                ? List.of(new Element(f.value.strip(), f.line, f.valueColumn))
                : LexiconText.list(source, f);
        for (Element phrase : phrases) {
          advisor.check(s, KINDS.get(s.kind), phrase);
        }
      }
    }
    return advisor.advice.build();
  }

  private void check(Section s, MatchKind kind, Element phrase) {
    String text = phrase.text;
    List<Token> tokens = lexicon.tokens(text, 0, text.length());
    int start = tokens.get(0).start();
    int end = tokens.get(tokens.size() - 1).end();
    List<LexiconMatch> matches = lexicon.match(text, 0, text.length());
    for (LexiconMatch m : matches) {
      boolean whole = m.start() <= start && m.end() >= end;
      if (m.fuzzy() || (m.kind() == kind && m.entryId().equals(s.id))) {
        continue;
      }
      if (m.kind() == MatchKind.ACT) {
        if (kind == MatchKind.ITEM) {
          actCue(s, phrase, m, whole, end);
        }
      } else if (whole && isCaseEntry(m) && !bothDocuments(kind, m)) {
        add(
            Kind.SHARED_PHRASE,
            s,
            phrase,
            "is also a phrase of ["
                + m.kind().word()
                + " "
                + m.entryId()
                + (family(kind) == family(m.kind())
                    ? "]; where both match the same words, a mention is read as only one of them"
                    : "]; each mention is read both as this entry and as that one"));
      } else if (whole && m.kind() == MatchKind.PARTY && kind != MatchKind.PARTY) {
        add(
            Kind.PARTY_NAME,
            s,
            phrase,
            "is also a name of the party '"
                + m.entryId()
                + (family(kind) == family(MatchKind.PARTY)
                    ? "'; where both match the same words, a mention is read as only one of them"
                    : "'; each mention is read both as this entry and as that party"));
      }
    }
  }

  /**
   * An item's phrase that holds an act's cue. A document's name is not checked: nouns such as
   * "reply" and "proposals" in it are read as the document's, as they are meant. A cue of
   * discussing that ends an item's phrase ("bilateral meeting") is read beside the item, as the
   * statement layer reads talks a case names as an item.
   */
  private void actCue(Section s, Element phrase, LexiconMatch m, boolean whole, int end) {
    String cue = "the cue '" + m.matchedText() + "' of the act '" + m.entryId() + "'";
    if (whole || (m.entryId().equals(DISCUSS) && m.end() >= end)) {
      add(
          Kind.ACT_CUE_AS_NAME,
          s,
          phrase,
          (whole ? "is " : "ends with ")
              + cue
              + "; each mention is read both as the item and as that act");
    } else {
      add(
          Kind.ACT_CUE_IN_NAME,
          s,
          phrase,
          "holds "
              + cue
              + "; where the item is named the cue is read as a word of its name, not as an act");
    }
  }

  /**
   * Whether both are documents: one author's documents often share names ("the draft treaty"), and
   * which one a mention means is decided by its author and addressees, not by the phrase.
   */
  private static boolean bothDocuments(MatchKind kind, LexiconMatch m) {
    return kind == MatchKind.DOCUMENT && m.kind() == MatchKind.DOCUMENT;
  }

  /** Mentions compete for the same words only within a family: speakers, items, documents. */
  private static int family(MatchKind kind) {
    return switch (kind) {
      case PARTY, ACTOR, ROLE -> 0;
      case ITEM -> 1;
      case DOCUMENT -> 2;
      default -> 3;
    };
  }

  private boolean isCaseEntry(LexiconMatch m) {
    return switch (m.kind()) {
      case ACTOR -> caseLexicon.actor(m.entryId()).isPresent();
      case ITEM -> caseLexicon.item(m.entryId()).isPresent();
      case DOCUMENT -> caseLexicon.document(m.entryId()).isPresent();
      default -> false;
    };
  }

  private void add(Kind kind, Section s, Element phrase, String text) {
    advice.add(
        LexiconAdvice.builder()
            .kind(kind)
            .source(source)
            .line(phrase.line)
            .column(phrase.column)
            .entry(s.kind + " " + s.id)
            .phrase(phrase.text)
            .advice(text)
            .build());
  }
}
