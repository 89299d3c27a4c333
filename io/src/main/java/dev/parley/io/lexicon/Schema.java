package dev.parley.io.lexicon;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.parley.io.InputParseException;
import dev.parley.io.lexicon.LexiconText.Field;
import dev.parley.io.lexicon.LexiconText.Section;
import dev.parley.party.ActorRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which section kinds a kind of lexicon file has, which keys each takes, which are required and
 * which hold {@code |} lists; checks parsed sections against that.
 */
final class Schema {
  /** What a section header's id must look like. */
  enum IdRule {
    NONE,
    ID,
    PARTY_ID,
    ROLE
  }

  /** One section kind. */
  static final class Kind {
    final String name;
    final IdRule idRule;
    final String namespace;
    final ImmutableSet<String> required;
    final ImmutableSet<String> keys;
    final ImmutableSet<String> lists;

    Kind(
        String name,
        IdRule idRule,
        String namespace,
        ImmutableSet<String> required,
        ImmutableSet<String> optional,
        ImmutableSet<String> lists) {
      this.name = name;
      this.idRule = idRule;
      this.namespace = namespace;
      this.required = required;
      this.keys = ImmutableSet.<String>builder().addAll(required).addAll(optional).build();
      this.lists = lists;
    }
  }

  private static final ImmutableSet<String> LISTS =
      ImmutableSet.of(
          "names",
          "capitals",
          "seats",
          "adjectives",
          "phrases",
          "acting",
          "members",
          "addressees",
          "answers",
          "offers",
          "opposes",
          "includes",
          "words");

  private static final ImmutableSet<String> PARTY_OPTIONAL =
      ImmutableSet.of("names", "capitals", "seats", "adjectives");

  static final Schema CASE =
      new Schema(
          "case lexicon",
          kind("party", IdRule.PARTY_ID, "party", set("name", "kind"), PARTY_OPTIONAL),
          kind("actor", IdRule.ID, "actor", set("name", "party", "role"), set("title", "names")),
          kind(
              "item",
              IdRule.ID,
              "item",
              set("text"),
              set("acting", "phrases", "opposes", "includes", "pattern")),
          kind("package", IdRule.ID, "item", set("title", "linkage", "members"), set()),
          kind(
              "document",
              IdRule.ID,
              "document",
              set("title", "kind", "date", "author"),
              set("addressees", "package", "offers", "answers", "supersedes", "names")));

  static final Schema GENERIC =
      new Schema(
          "generic lexicon",
          kind("state", IdRule.PARTY_ID, "party", set("name"), PARTY_OPTIONAL),
          kind(
              "organisation",
              IdRule.PARTY_ID,
              "party",
              set("name"),
              set("kind", "names", "capitals", "seats", "adjectives")),
          kind(
              "act",
              IdRule.ID,
              "act",
              set("phrases"),
              set("cameo", "plover", "negated", "pattern")),
          kind("negation", IdRule.NONE, "negation", set("phrases"), set("pattern")),
          kind("modality", IdRule.NONE, "modality", set("phrases"), set("pattern")),
          kind("reporting", IdRule.NONE, "reporting", set("phrases"), set("pattern")),
          kind("role", IdRule.ROLE, "role", set("phrases"), set("pattern")),
          kind("common-words", IdRule.NONE, "common-words", set("words"), set()));

  private final String what;
  private final ImmutableMap<String, Kind> kinds;

  private Schema(String what, Kind... kinds) {
    this.what = what;
    ImmutableMap.Builder<String, Kind> b = ImmutableMap.builder();
    for (Kind k : kinds) {
      b.put(k.name, k);
    }
    this.kinds = b.build();
  }

  private static Kind kind(
      String name,
      IdRule idRule,
      String namespace,
      ImmutableSet<String> required,
      ImmutableSet<String> optional) {
    ImmutableSet.Builder<String> lists = ImmutableSet.builder();
    for (String k : required) {
      if (LISTS.contains(k)) {
        lists.add(k);
      }
    }
    for (String k : optional) {
      if (LISTS.contains(k)) {
        lists.add(k);
      }
    }
    return new Kind(name, idRule, namespace, required, optional, lists.build());
  }

  private static ImmutableSet<String> set(String... keys) {
    return ImmutableSet.copyOf(keys);
  }

  Kind kind(String name) {
    return kinds.get(name);
  }

  /** Checks kinds, ids, keys and id uniqueness; throws at the first problem. */
  void check(String source, List<Section> sections) {
    Map<String, Integer> seen = new HashMap<>();
    for (Section s : sections) {
      Kind k = kinds.get(s.kind);
      if (k == null) {
        throw new InputParseException(
            source,
            s.line,
            s.kindColumn,
            "unknown section kind '"
                + s.kind
                + "' in a "
                + what
                + "; expected one of: "
                + String.join(", ", kinds.keySet()));
      }
      checkId(source, s, k);
      String key = k.namespace + " " + (s.id == null ? "" : s.id);
      Integer first = seen.putIfAbsent(key, s.line);
      if (first != null) {
        throw new InputParseException(
            source,
            s.line,
            s.id == null ? s.kindColumn : s.idColumn,
            s.id == null
                ? "duplicate section " + s.label() + "; first at line " + first
                : "duplicate id '" + s.id + "'; first defined at line " + first);
      }
      for (Field f : s.fields.values()) {
        if (!k.keys.contains(f.key)) {
          throw new InputParseException(
              source,
              f.line,
              f.keyColumn,
              "unknown key '"
                  + f.key
                  + "' in "
                  + s.label()
                  + "; expected one of: "
                  + String.join(", ", k.keys));
        }
        int bar = f.value.indexOf('|');
        if (bar >= 0 && !k.lists.contains(f.key) && !f.key.equals("pattern")) {
          throw new InputParseException(
              source,
              f.line,
              f.valueColumn + bar,
              "'" + f.key + "' takes a single value; expected no '|'");
        }
      }
      for (String r : k.required) {
        if (!s.fields.containsKey(r)) {
          throw new InputParseException(
              source, s.line, s.kindColumn, "missing required key '" + r + "' in " + s.label());
        }
      }
    }
  }

  private static void checkId(String source, Section s, Kind k) {
    if (k.idRule == IdRule.NONE) {
      if (s.id != null) {
        throw new InputParseException(
            source, s.line, s.idColumn, "section [" + s.kind + "] takes no id; expected ']'");
      }
      return;
    }
    if (s.id == null) {
      throw new InputParseException(
          source, s.line, s.kindColumn, "missing id; expected '[" + s.kind + " id]'");
    }
    switch (k.idRule) {
      case ID -> {
        if (!Words.isId(s.id)) {
          throw new InputParseException(
              source, s.line, s.idColumn, "bad id '" + s.id + "'; expected [a-z0-9][a-z0-9-]*");
        }
      }
      case PARTY_ID -> {
        if (!Words.isPartyId(s.id)) {
          throw new InputParseException(
              source,
              s.line,
              s.idColumn,
              "bad party id '" + s.id + "'; expected [A-Za-z0-9][A-Za-z0-9-]*");
        }
      }
      case ROLE -> {
        if (Words.parse(ActorRole.class, s.id).isEmpty()) {
          throw new InputParseException(
              source,
              s.line,
              s.idColumn,
              "unknown role '" + s.id + "'; expected one of: " + Words.all(ActorRole.class));
        }
      }
      default -> throw new AssertionError(k.idRule);
    }
  }
}
