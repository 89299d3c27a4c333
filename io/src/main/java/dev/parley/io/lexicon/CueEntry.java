package dev.parley.io.lexicon;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A set of cue phrases of general English: negation, modality, reporting verbs, or the words that
 * signal one actor role.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCueEntry.class)
@JsonDeserialize(as = ImmutableCueEntry.class)
public interface CueEntry {
  /** One of {@code NEGATION}, {@code MODALITY}, {@code REPORTING}, {@code ROLE}. */
  MatchKind kind();

  /** The kind's word ({@code negation}) or, for roles, the role's word ({@code minister}). */
  String id();

  /** The cue phrases. */
  List<String> phrases();

  /** An RE2 pattern (without {@code re2:}) that is also a cue. */
  Optional<String> pattern();

  /** Starts a builder. */
  static ImmutableCueEntry.Builder builder() {
    return ImmutableCueEntry.builder();
  }

  /** Checks the kind, id and phrases. */
  @Value.Check
  default void check() {
    checkArgument(
        EnumSet.of(MatchKind.NEGATION, MatchKind.MODALITY, MatchKind.REPORTING, MatchKind.ROLE)
            .contains(kind()),
        "cue '%s' has kind %s; expected negation, modality, reporting or role",
        id(),
        kind());
    if (kind() == MatchKind.ROLE) {
      checkArgument(ActorRole.fromWord(id()).isPresent(), "unknown role '%s'", id());
    } else {
      checkArgument(
          id().equals(kind().word()), "cue of kind %s must have id '%s'", kind(), kind().word());
    }
    Checks.phrases(phrases(), "phrases", id());
    pattern().ifPresent(p -> ItemEntry.checkPattern(p, id()));
  }
}
