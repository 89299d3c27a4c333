package dev.parley.io.lexicon;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A communicative act (demand, propose, reject...) with its CAMEO and PLOVER codes and the cue
 * phrases that signal it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActEntry.class)
@JsonDeserialize(as = ImmutableActEntry.class)
public interface ActEntry {
  /** The id, such as {@code demand}. */
  String id();

  /** The CAMEO event code (two to four digits), if one fits. */
  Optional<String> cameo();

  /** The PLOVER category, if one fits. */
  Optional<Plover> plover();

  /** Cue phrases in base form; the matcher stems, so inflections need not be listed. */
  List<String> phrases();

  /** The id of the act a negation turns this one into ({@code accept} to {@code reject}). */
  Optional<String> negated();

  /** An RE2 pattern (without {@code re2:}) that also signals the act. */
  Optional<String> pattern();

  /** Starts a builder. */
  static ImmutableActEntry.Builder builder() {
    return ImmutableActEntry.builder();
  }

  /** Checks the id, codes and phrases. */
  @Value.Check
  default void check() {
    Checks.id(id(), "act");
    cameo()
        .ifPresent(
            c ->
                checkArgument(
                    c.length() >= 2 && c.length() <= 4 && c.chars().allMatch(Character::isDigit),
                    "cameo code '%s' of act '%s' must be two to four digits",
                    c,
                    id()));
    negated().ifPresent(n -> Checks.id(n, "negated act"));
    Checks.phrases(phrases(), "phrases", id());
    pattern().ifPresent(p -> ItemEntry.checkPattern(p, id()));
  }
}
