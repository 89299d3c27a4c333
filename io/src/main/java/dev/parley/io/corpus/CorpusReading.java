package dev.parley.io.corpus;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.parley.io.assembly.Conflict;
import dev.parley.io.assembly.SetAside;
import dev.parley.io.statement.ArticleStatements;
import dev.parley.record.NegotiationRecord;
import java.util.List;
import org.immutables.value.Value;

/**
 * Everything a {@link CorpusReader} made of a corpus: the record, the statements of every article
 * with every sentence classified, the contradictions found, the statements left out of the record
 * with their reasons, and the counts.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCorpusReading.class)
@JsonDeserialize(as = ImmutableCorpusReading.class)
public interface CorpusReading {
  /** The negotiation record. */
  NegotiationRecord record();

  /** The statements of each article, in the order read. */
  List<ArticleStatements> articles();

  /** Reports that contradict each other. */
  List<Conflict> conflicts();

  /** Statements not placed in the record, with the reason for each. */
  List<SetAside> setAside();

  /** The counts. */
  CorpusAccount account();

  /** Returns a builder. */
  static ImmutableCorpusReading.Builder builder() {
    return ImmutableCorpusReading.builder();
  }
}
