package dev.parley.io.lexicon;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the parser knows of one negotiation: its parties, actors, items, packages and documents,
 * read from a case lexicon file (format in {@code docs/lexicons.md}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCaseLexicon.class)
@JsonDeserialize(as = ImmutableCaseLexicon.class)
public interface CaseLexicon {
  /** The name of the case, such as {@code security-guarantees-2021}. */
  String name();

  /** The parties. */
  List<PartyEntry> parties();

  /** The actors. */
  List<ActorEntry> actors();

  /** The items. */
  List<ItemEntry> items();

  /** The packages. */
  List<PackageEntry> packages();

  /** The documents. */
  List<DocumentEntry> documents();

  /** The party with this id. */
  default Optional<PartyEntry> party(String id) {
    return parties().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The actor with this id. */
  default Optional<ActorEntry> actor(String id) {
    return actors().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The item with this id. */
  default Optional<ItemEntry> item(String id) {
    return items().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** The package with this id. */
  default Optional<PackageEntry> packageEntry(String id) {
    return packages().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The document with this id. */
  default Optional<DocumentEntry> document(String id) {
    return documents().stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /**
   * The items {@code item} includes, directly or through the items it includes, each once, nearest
   * first; none for an unknown id.
   */
  default List<String> included(String item) {
    Set<String> out = reachedFrom(item);
    out.remove(item);
    return List.copyOf(out);
  }

  /** The items reached from {@code item} by what it includes, itself among them on a cycle. */
  private Set<String> reachedFrom(String item) {
    Set<String> out = new LinkedHashSet<>();
    List<String> next = List.of(item);
    while (!next.isEmpty()) {
      List<String> found = new ArrayList<>();
      for (String id : next) {
        item(id).ifPresent(i -> i.includes().stream().filter(out::add).forEach(found::add));
      }
      next = found;
    }
    return out;
  }

  /** Starts a builder. */
  static ImmutableCaseLexicon.Builder builder() {
    return ImmutableCaseLexicon.builder();
  }

  /** Reads a case lexicon file; the case is named after the file, without {@code .lexicon}. */
  static CaseLexicon read(Path path) {
    return LexiconFiles.readCase(path);
  }

  /** Reads a case lexicon; {@code source} names it in errors and gives the case its name. */
  static CaseLexicon read(String source, Reader reader) {
    return CaseLexiconReader.read(source, LexiconText.readAll(reader));
  }

  /** A case lexicon that ships with parley, such as {@code security-guarantees-2021}. */
  static CaseLexicon bundled(String name) {
    return LexiconFiles.bundledCase(name);
  }

  /** The names of the case lexicons that ship with parley. */
  static ImmutableList<String> bundledNames() {
    return LexiconFiles.bundledCaseNames();
  }

  /** Checks that ids are unique and every reference resolves. */
  @Value.Check
  default void check() {
    Set<String> parties = new HashSet<>();
    parties().forEach(p -> checkArgument(parties.add(p.id()), "duplicate party id '%s'", p.id()));
    Set<String> actors = new HashSet<>();
    for (ActorEntry a : actors()) {
      checkArgument(actors.add(a.id()), "duplicate actor id '%s'", a.id());
      checkArgument(
          parties.contains(a.party()), "actor '%s' has unknown party '%s'", a.id(), a.party());
    }
    Set<String> members = new HashSet<>();
    for (ItemEntry i : items()) {
      checkArgument(members.add(i.id()), "duplicate item id '%s'", i.id());
      for (String p : i.acting()) {
        checkArgument(parties.contains(p), "item '%s' has unknown acting party '%s'", i.id(), p);
      }
    }
    for (ItemEntry i : items()) {
      for (String included : i.includes()) {
        checkArgument(
            item(included).isPresent(), "item '%s' includes unknown item '%s'", i.id(), included);
      }
      checkArgument(
          !reachedFrom(i.id()).contains(i.id()),
          "item '%s' includes itself, directly or through other items",
          i.id());
    }
    packages()
        .forEach(p -> checkArgument(members.add(p.id()), "duplicate package id '%s'", p.id()));
    for (PackageEntry p : packages()) {
      for (String m : p.members()) {
        checkArgument(members.contains(m), "package '%s' has unknown member '%s'", p.id(), m);
      }
    }
    Set<String> documents = new HashSet<>();
    documents()
        .forEach(d -> checkArgument(documents.add(d.id()), "duplicate document '%s'", d.id()));
    for (DocumentEntry d : documents()) {
      checkArgument(
          parties.contains(d.author()),
          "document '%s' has unknown author '%s'",
          d.id(),
          d.author());
      for (String a : d.addressees()) {
        checkArgument(parties.contains(a), "document '%s' has unknown addressee '%s'", d.id(), a);
      }
      d.packageId()
          .ifPresent(
              p ->
                  checkArgument(
                      packages().stream().anyMatch(k -> k.id().equals(p)),
                      "document '%s' has unknown package '%s'",
                      d.id(),
                      p));
      for (String a : d.answers()) {
        checkArgument(
            documents.contains(a), "document '%s' answers unknown document '%s'", d.id(), a);
      }
      d.supersedes()
          .ifPresent(
              id -> {
                DocumentEntry earlier =
                    documents().stream()
                        .filter(e -> e.id().equals(id))
                        .findFirst()
                        .orElseThrow(
                            () ->
                                new IllegalArgumentException(
                                    String.format(
                                        "document '%s' supersedes unknown document '%s'",
                                        d.id(), id)));
                checkArgument(
                    earlier.author().equals(d.author()) && !earlier.date().isAfter(d.date()),
                    "document '%s' supersedes '%s', which must be an earlier document by the same"
                        + " author",
                    d.id(),
                    id);
              });
    }
  }
}
