package dev.parley.io.lexicon;

import dev.parley.agenda.Linkage;
import dev.parley.communication.CommunicationKind;
import dev.parley.io.InputParseException;
import dev.parley.io.lexicon.LexiconText.Element;
import dev.parley.io.lexicon.LexiconText.Section;
import dev.parley.party.ActorRole;
import dev.parley.party.PartyKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the case lexicon schema on top of {@link LexiconText}. */
final class CaseLexiconReader {
  private CaseLexiconReader() {}

  static CaseLexicon read(String source, String text) {
    List<Section> sections = LexiconText.parse(source, text);
    Schema.CASE.check(source, sections);
    Set<String> parties = ids(sections, "party");
    Set<String> items = ids(sections, "item");
    Set<String> members = ids(sections, "item");
    members.addAll(ids(sections, "package"));
    Set<String> packages = ids(sections, "package");
    Set<String> documents = ids(sections, "document");
    ImmutableCaseLexicon.Builder b = CaseLexicon.builder().name(LexiconFiles.caseName(source));
    Map<String, SectionValues> packageSections = sectionsOf(source, sections, "package");
    Map<String, SectionValues> itemSections = sectionsOf(source, sections, "item");
    packageSections.values().forEach(v -> v.references("members", members, "item or package"));
    itemSections.values().forEach(v -> v.references("includes", items, "item"));
    checkCycles(packageSections, "members", "package", "contains");
    checkCycles(itemSections, "includes", "item", "includes");
    for (Section s : sections) {
      SectionValues v = new SectionValues(source, s);
      try {
        add(b, s, v, parties, members, packages, documents);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new InputParseException(source, s.line, s.kindColumn, e.getMessage(), e);
      }
    }
    return LexiconFiles.build(source, b::build);
  }

  private static void add(
      ImmutableCaseLexicon.Builder b,
      Section s,
      SectionValues v,
      Set<String> parties,
      Set<String> members,
      Set<String> packages,
      Set<String> documents) {
    {
      switch (s.kind) {
        case "party" -> b.addParty(party(v, PartyKind.STATE));
        case "actor" ->
            b.addActor(
                ActorEntry.builder()
                    .id(v.id())
                    .name(v.single("name"))
                    .party(v.reference("party", parties, "party"))
                    .role(
                        v.enumValue(
                            "role", "role", ActorRole.class, w -> Words.parse(ActorRole.class, w)))
                    .title(v.optional("title"))
                    .names(v.texts("names"))
                    .build());
        case "item" -> {
          for (Element e : v.list("includes")) {
            if (v.list("opposes").stream().anyMatch(o -> o.text.equals(e.text))) {
              throw v.error(
                  e.line,
                  e.column,
                  "item '"
                      + v.id()
                      + "' both includes and opposes '"
                      + e.text
                      + "'; expected one or the other");
            }
          }
          b.addItem(
              ItemEntry.builder()
                  .id(v.id())
                  .text(v.single("text"))
                  .acting(v.references("acting", parties, "party"))
                  .phrases(v.texts("phrases"))
                  .opposes(v.references("opposes", members, "item"))
                  .includes(v.list("includes").stream().map(e -> e.text).toList())
                  .pattern(v.pattern())
                  .build());
        }
        case "package" -> {
          b.addPackage(
              PackageEntry.builder()
                  .id(v.id())
                  .title(v.single("title"))
                  .linkage(
                      v.enumValue(
                          "linkage", "linkage", Linkage.class, w -> Words.parse(Linkage.class, w)))
                  .members(v.references("members", members, "item or package"))
                  .build());
        }
        case "document" -> {
          ImmutableDocumentEntry.Builder d =
              DocumentEntry.builder()
                  .id(v.id())
                  .title(v.single("title"))
                  .kind(
                      v.enumValue(
                          "kind",
                          "document kind",
                          CommunicationKind.class,
                          w -> Words.parse(CommunicationKind.class, w)))
                  .date(v.date("date"))
                  .author(v.reference("author", parties, "party"))
                  .addressees(v.references("addressees", parties, "party"))
                  .answers(v.references("answers", documents, "document"))
                  .offers(v.references("offers", members, "item or package"))
                  .names(v.texts("names"));
          if (v.optional("supersedes").isPresent()) {
            d.supersedes(v.reference("supersedes", documents, "document"));
          }
          if (v.optional("package").isPresent()) {
            d.packageId(v.reference("package", packages, "package"));
          }
          for (Element e : v.list("answers")) {
            if (e.text.equals(v.id())) {
              throw v.error(e.line, e.column, "document '" + v.id() + "' cannot answer itself");
            }
          }
          b.addDocument(d.build());
        }
        default -> throw new AssertionError(s.kind);
      }
    }
  }

  static PartyEntry party(SectionValues v, PartyKind defaultKind) {
    return PartyEntry.builder()
        .id(v.id())
        .name(v.single("name"))
        .kind(
            v.optional("kind").isPresent()
                ? v.enumValue(
                    "kind", "party kind", PartyKind.class, w -> Words.parse(PartyKind.class, w))
                : defaultKind)
        .names(v.texts("names"))
        .capitals(v.texts("capitals"))
        .seats(v.texts("seats"))
        .adjectives(v.texts("adjectives"))
        .build();
  }

  private static Set<String> ids(List<Section> sections, String kind) {
    Set<String> ids = new HashSet<>();
    for (Section s : sections) {
      if (s.kind.equals(kind)) {
        ids.add(s.id);
      }
    }
    return ids;
  }

  private static Map<String, SectionValues> sectionsOf(
      String source, List<Section> sections, String kind) {
    Map<String, SectionValues> out = new LinkedHashMap<>();
    for (Section s : sections) {
      if (s.kind.equals(kind)) {
        out.put(s.id, new SectionValues(source, s));
      }
    }
    return out;
  }

  /**
   * No section may reach itself through the ids its {@code key} lists, directly or through other
   * sections: a package may not contain itself, an item may not include itself.
   */
  private static void checkCycles(
      Map<String, SectionValues> sections, String key, String kind, String verb) {
    Map<String, Integer> state = new HashMap<>();
    for (String id : sections.keySet()) {
      visit(id, sections, state, key, kind, verb);
    }
  }

  private static void visit(
      String id,
      Map<String, SectionValues> sections,
      Map<String, Integer> state,
      String key,
      String kind,
      String verb) {
    Integer st = state.get(id);
    if (st != null && st == 2) {
      return;
    }
    state.put(id, 1);
    SectionValues v = sections.get(id);
    for (Element e : v.list(key)) {
      if (!sections.containsKey(e.text)) {
        continue;
      }
      if (e.text.equals(id)) {
        throw new InputParseException(
            v.source,
            e.line,
            e.column,
            kind + " '" + id + "' " + verb + " itself; expected no cycle");
      }
      Integer ms = state.get(e.text);
      if (ms != null && ms == 1) {
        throw new InputParseException(
            v.source,
            e.line,
            e.column,
            kind
                + " '"
                + id
                + "' "
                + verb
                + " '"
                + e.text
                + "', which "
                + verb
                + " it; expected no cycle");
      }
      visit(e.text, sections, state, key, kind, verb);
    }
    state.put(id, 2);
  }
}
