package dev.parley.io.statement;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.parley.io.article.DatePrecision;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One negotiating statement found in one sentence of an article, with the exact text it rests on
 * and the rule and lexicon entries that produced it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatement.class)
@JsonDeserialize(as = ImmutableStatement.class)
public interface Statement {
  /** The id of the article. */
  String articleId();

  /** The index of the sentence in the article. */
  int sentence();

  /** The lexicon id of the speaking actor, when one is named or referred back to. */
  Optional<String> speakerActor();

  /** The lexicon id of the speaking party, when known. */
  Optional<String> speakerParty();

  /** The text that names the speaker (possibly a pronoun resolved to an earlier mention). */
  String speakerText();

  /** The act. */
  Act act();

  /** Whether the act is made under a condition or as a hypothetical. */
  boolean conditional();

  /**
   * Whether an acceptance covers only part of what it answers ("agreed to some of the proposals",
   * "accepted parts of the plan"); false for every other act.
   */
  @Value.Default
  default boolean partial() {
    return false;
  }

  /** Party ids the act is addressed to. */
  List<String> addressees();

  /** Item ids the act concerns. */
  List<String> items();

  /** Document ids the act concerns. */
  List<String> documents();

  /** The date of the act. */
  Optional<LocalDate> date();

  /** How much of the date is known. */
  Optional<DatePrecision> datePrecision();

  /** Where the date was found. */
  DateBasis dateBasis();

  /** The offset of the first character of the quoted evidence in the article text. */
  int start();

  /** The offset just past the quoted evidence. */
  int end();

  /** The evidence, exactly as it stands in the article text between start and end. */
  String quote();

  /** Whether the act is quoted or reported. */
  Speech speech();

  /** The name of the rule that found the speaker and act. */
  String rule();

  /** The lexicon entries that produced the statement, as {@code kind:id}. */
  List<String> cues();

  /** A builder. */
  static ImmutableStatement.Builder builder() {
    return ImmutableStatement.builder();
  }

  /** Checks spans, quote and date consistency. */
  @Value.Check
  default void check() {
    checkArgument(sentence() >= 0, "article %s: statement sentence must be >= 0", articleId());
    checkArgument(
        start() >= 0 && start() < end(),
        "article %s sentence %s: span [%s, %s) must be non-empty",
        articleId(),
        sentence(),
        start(),
        end());
    checkArgument(
        quote().length() == end() - start(),
        "article %s sentence %s: quote length %s does not match span [%s, %s)",
        articleId(),
        sentence(),
        quote().length(),
        start(),
        end());
    checkArgument(
        date().isPresent() == datePrecision().isPresent()
            && date().isPresent() == (dateBasis() != DateBasis.NONE),
        "article %s sentence %s: date, precision and basis must be all present or all absent",
        articleId(),
        sentence());
  }
}
