package dev.parley.io.statement;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** The verdict on one sentence of an article: its class, its statements and why. */
@Value.Immutable
@JsonSerialize(as = ImmutableSentenceRecord.class)
@JsonDeserialize(as = ImmutableSentenceRecord.class)
public interface SentenceRecord {
  /** The index of the sentence in the article. */
  int sentence();

  /** What the sentence contributes. */
  SentenceClass sentenceClass();

  /** The statements the sentence makes, in the order of their cues. */
  List<Statement> statements();

  /** One line saying why the sentence got its class. */
  String reason();

  /** A builder. */
  static ImmutableSentenceRecord.Builder builder() {
    return ImmutableSentenceRecord.builder();
  }

  /** Checks that the class agrees with the statements. */
  @Value.Check
  default void check() {
    checkArgument(
        (sentenceClass() == SentenceClass.STATEMENT) == !statements().isEmpty(),
        "sentence %s: class %s disagrees with %s statements",
        sentence(),
        sentenceClass(),
        statements().size());
    for (Statement statement : statements()) {
      checkArgument(
          statement.sentence() == sentence(),
          "sentence %s: holds a statement of sentence %s",
          sentence(),
          statement.sentence());
    }
  }
}
