package dev.parley.io.lexicon;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Reader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the parser knows independently of any negotiation: states and international organisations
 * with the names, capitals, seats and adjectives that stand for them; communicative acts with their
 * CAMEO and PLOVER codes; negation, modality and reporting cues; the words for actor roles; and
 * common capitalised words that are never garbled names.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGenericLexicon.class)
@JsonDeserialize(as = ImmutableGenericLexicon.class)
public interface GenericLexicon {
  /** The name of the lexicon, usually its file name without {@code .lexicon}. */
  String name();

  /** States and organisations. */
  List<PartyEntry> parties();

  /** Communicative acts. */
  List<ActEntry> acts();

  /** Negation, modality, reporting and role cues. */
  List<CueEntry> cues();

  /** Common words, lower case, that a capitalised token may be without being a name. */
  List<String> commonWords();

  /** The state or organisation with this id. */
  default Optional<PartyEntry> party(String id) {
    return parties().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The act with this id. */
  default Optional<ActEntry> act(String id) {
    return acts().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** Starts a builder. */
  static ImmutableGenericLexicon.Builder builder() {
    return ImmutableGenericLexicon.builder();
  }

  /** The generic lexicon that ships with parley. */
  static GenericLexicon bundled() {
    return LexiconFiles.bundledGeneric();
  }

  /** Reads a generic lexicon file. */
  static GenericLexicon read(Path path) {
    return LexiconFiles.readGeneric(path);
  }

  /** Reads a generic lexicon; {@code source} names it in errors. */
  static GenericLexicon read(String source, Reader reader) {
    return GenericLexiconReader.read(source, LexiconText.readAll(reader));
  }

  /** Checks that ids are unique and negated acts exist. */
  @Value.Check
  default void check() {
    Set<String> parties = new HashSet<>();
    parties().forEach(p -> checkArgument(parties.add(p.id()), "duplicate party id '%s'", p.id()));
    Set<String> acts = new HashSet<>();
    acts().forEach(a -> checkArgument(acts.add(a.id()), "duplicate act id '%s'", a.id()));
    for (ActEntry a : acts()) {
      a.negated()
          .ifPresent(
              n ->
                  checkArgument(
                      acts.contains(n), "act '%s' is negated to unknown act '%s'", a.id(), n));
    }
    Set<String> cues = new HashSet<>();
    cues()
        .forEach(
            c ->
                checkArgument(
                    cues.add(c.kind() + " " + c.id()), "duplicate cue %s '%s'", c.kind(), c.id()));
  }
}
