package dev.parley.io.lexicon;

import dev.parley.io.InputParseException;
import dev.parley.io.lexicon.LexiconText.Section;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the generic lexicon schema on top of {@link LexiconText}. */
final class GenericLexiconReader {
  private GenericLexiconReader() {}

  static GenericLexicon read(String source, String text) {
    List<Section> sections = LexiconText.parse(source, text);
    Schema.GENERIC.check(source, sections);
    Set<String> acts = new HashSet<>();
    for (Section s : sections) {
      if (s.kind.equals("act")) {
        acts.add(s.id);
      }
    }
    ImmutableGenericLexicon.Builder b =
        GenericLexicon.builder().name(LexiconFiles.caseName(source));
    for (Section s : sections) {
      SectionValues v = new SectionValues(source, s);
      try {
        add(b, s, v, acts);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new InputParseException(source, s.line, s.kindColumn, e.getMessage(), e);
      }
    }
    return LexiconFiles.build(source, b::build);
  }

  private static void add(
      ImmutableGenericLexicon.Builder b, Section s, SectionValues v, Set<String> acts) {
    {
      switch (s.kind) {
        case "state" -> {
          if (v.optional("kind").isPresent()) {
            v.enumValue("kind", "party kind", PartyKind.class, PartyKind::fromWord);
          }
          b.addParty(CaseLexiconReader.party(v, PartyKind.STATE));
        }
        case "organisation" -> b.addParty(CaseLexiconReader.party(v, PartyKind.ORGANISATION));
        case "act" ->
            b.addAct(
                ActEntry.builder()
                    .id(v.id())
                    .cameo(cameo(v))
                    .plover(
                        v.optional("plover").isPresent()
                            ? java.util.Optional.of(
                                v.enumValue(
                                    "plover", "PLOVER category", Plover.class, Plover::fromWord))
                            : java.util.Optional.empty())
                    .phrases(v.texts("phrases"))
                    .negated(
                        v.optional("negated").isPresent()
                            ? java.util.Optional.of(v.reference("negated", acts, "act"))
                            : java.util.Optional.empty())
                    .pattern(v.pattern())
                    .build());
        case "negation", "modality", "reporting" ->
            b.addCue(
                CueEntry.builder()
                    .kind(MatchKind.valueOf(s.kind.toUpperCase(Locale.ROOT)))
                    .id(s.kind)
                    .phrases(v.texts("phrases"))
                    .pattern(v.pattern())
                    .build());
        case "role" ->
            b.addCue(
                CueEntry.builder()
                    .kind(MatchKind.ROLE)
                    .id(s.id)
                    .phrases(v.texts("phrases"))
                    .pattern(v.pattern())
                    .build());
        case "common-words" -> {
          for (String w : v.texts("words")) {
            b.addCommonWord(w.toLowerCase(Locale.ROOT));
          }
        }
        default -> throw new AssertionError(s.kind);
      }
    }
  }

  private static java.util.Optional<String> cameo(SectionValues v) {
    java.util.Optional<String> c = v.optional("cameo");
    if (c.isPresent()) {
      String code = c.get();
      boolean ok =
          code.length() >= 2
              && code.length() <= 4
              && code.chars().allMatch(ch -> ch >= '0' && ch <= '9');
      if (!ok) {
        LexiconText.Field f = v.field("cameo");
        throw v.error(
            f.line, f.valueColumn, "bad CAMEO code '" + code + "'; expected two to four digits");
      }
    }
    return c;
  }
}
