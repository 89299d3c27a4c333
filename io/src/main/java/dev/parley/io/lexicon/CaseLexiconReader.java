package dev.parley.io.lexicon;

import dev.parley.io.InputParseException;
import dev.parley.io.lexicon.LexiconText.Element;
import dev.parley.io.lexicon.LexiconText.Section;
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
    Set<String> members = ids(sections, "item");
    members.addAll(ids(sections, "package"));
    Set<String> packages = ids(sections, "package");
    Set<String> documents = ids(sections, "document");
    ImmutableCaseLexicon.Builder b = CaseLexicon.builder().name(LexiconFiles.caseName(source));
    Map<String, SectionValues> packageSections = new LinkedHashMap<>();
    for (Section s : sections) {
      if (s.kind.equals("package")) {
        packageSections.put(s.id, new SectionValues(source, s));
      }
    }
    for (Section s : sections) {
      SectionValues v = new SectionValues(source, s);
      if (s.kind.equals("package")) {
        v.references("members", members, "item or package");
      }
    }
    checkPackageCycles(packageSections);
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
                    .role(v.enumValue("role", "role", ActorRole.class, ActorRole::fromWord))
                    .title(v.optional("title"))
                    .names(v.texts("names"))
                    .build());
        case "item" ->
            b.addItem(
                ItemEntry.builder()
                    .id(v.id())
                    .text(v.single("text"))
                    .acting(v.references("acting", parties, "party"))
                    .phrases(v.texts("phrases"))
                    .pattern(v.pattern())
                    .build());
        case "package" -> {
          b.addPackage(
              PackageEntry.builder()
                  .id(v.id())
                  .title(v.single("title"))
                  .linkage(v.enumValue("linkage", "linkage", Linkage.class, Linkage::fromWord))
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
                          "kind", "document kind", DocumentKind.class, DocumentKind::fromWord))
                  .date(v.date("date"))
                  .author(v.reference("author", parties, "party"))
                  .addressees(v.references("addressees", parties, "party"))
                  .answers(v.references("answers", documents, "document"))
                  .names(v.texts("names"));
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
                ? v.enumValue("kind", "party kind", PartyKind.class, PartyKind::fromWord)
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

  /** A package may not contain itself, directly or through other packages. */
  private static void checkPackageCycles(Map<String, SectionValues> packages) {
    Map<String, Integer> state = new HashMap<>();
    for (String id : packages.keySet()) {
      visit(id, packages, state);
    }
  }

  private static void visit(
      String id, Map<String, SectionValues> packages, Map<String, Integer> state) {
    Integer st = state.get(id);
    if (st != null && st == 2) {
      return;
    }
    state.put(id, 1);
    SectionValues v = packages.get(id);
    for (Element e : v.list("members")) {
      if (!packages.containsKey(e.text)) {
        continue;
      }
      Integer ms = state.get(e.text);
      if (e.text.equals(id) || (ms != null && ms == 1)) {
        throw new InputParseException(
            v.source,
            e.line,
            e.column,
            "package '" + id + "' contains '" + e.text + "', which contains it; expected no cycle");
      }
      visit(e.text, packages, state);
    }
    state.put(id, 2);
  }
}
