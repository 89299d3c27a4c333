package dev.parley.io.statement;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import dev.parley.io.article.Article;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The statements of one article, with a record for every sentence so that nothing is silently
 * skipped.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableArticleStatements.class)
@JsonDeserialize(as = ImmutableArticleStatements.class)
public interface ArticleStatements {
  /** The article read. */
  Article article();

  /** One record per sentence, in sentence order. */
  List<SentenceRecord> sentences();

  /** All statements, in sentence order. */
  @JsonIgnore
  @Value.Derived
  default List<Statement> statements() {
    ImmutableList.Builder<Statement> all = ImmutableList.builder();
    for (SentenceRecord record : sentences()) {
      all.addAll(record.statements());
    }
    return all.build();
  }

  /** How many sentences fell in each class; every class is present. */
  @JsonIgnore
  @Value.Derived
  default Map<SentenceClass, Integer> counts() {
    EnumMap<SentenceClass, Integer> counts = new EnumMap<>(SentenceClass.class);
    for (SentenceClass sentenceClass : SentenceClass.values()) {
      counts.put(sentenceClass, 0);
    }
    for (SentenceRecord record : sentences()) {
      counts.merge(record.sentenceClass(), 1, Integer::sum);
    }
    return Maps.immutableEnumMap(counts);
  }

  /** How many sentences fell in one class. */
  default int count(SentenceClass sentenceClass) {
    return counts().get(sentenceClass);
  }

  /** A builder. */
  static ImmutableArticleStatements.Builder builder() {
    return ImmutableArticleStatements.builder();
  }

  /** Checks that there is exactly one record per sentence, in order. */
  @Value.Check
  default void check() {
    checkArgument(
        sentences().size() == article().sentences().size(),
        "article %s: %s sentence records for %s sentences",
        article().id(),
        sentences().size(),
        article().sentences().size());
    for (int i = 0; i < sentences().size(); i++) {
      checkArgument(
          sentences().get(i).sentence() == i,
          "article %s: record %s is for sentence %s",
          article().id(),
          i,
          sentences().get(i).sentence());
    }
  }
}
