package dev.parley.io.corpus;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.parley.io.statement.ArticleStatements;
import dev.parley.io.statement.SentenceClass;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What was read, counted: articles, sentences by class, boilerplate set aside, statements, and how
 * many statements made it into the record.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCorpusAccount.class)
@JsonDeserialize(as = ImmutableCorpusAccount.class)
public interface CorpusAccount {
  /** The number of articles. */
  int articles();

  /** The number of sentences. */
  int sentences();

  /** The number of sentences in each class; every class is present. */
  Map<SentenceClass, Integer> sentencesByClass();

  /** The number of boilerplate passages set aside before sentence splitting. */
  int boilerplate();

  /** The number of statements found. */
  int statements();

  /** The number of statements the record does not hold, each reported with its reason. */
  int statementsSetAside();

  /** Counts what the given articles hold. */
  static CorpusAccount of(List<ArticleStatements> articles, int statementsSetAside) {
    Map<SentenceClass, Integer> byClass = new EnumMap<>(SentenceClass.class);
    for (SentenceClass sentenceClass : SentenceClass.values()) {
      byClass.put(sentenceClass, 0);
    }
    int sentences = 0;
    int boilerplate = 0;
    int statements = 0;
    for (ArticleStatements article : articles) {
      sentences += article.sentences().size();
      boilerplate += article.article().boilerplate().size();
      statements += article.statements().size();
      article.counts().forEach((k, v) -> byClass.merge(k, v, Integer::sum));
    }
    return ImmutableCorpusAccount.builder()
        .articles(articles.size())
        .sentences(sentences)
        .sentencesByClass(byClass)
        .boilerplate(boilerplate)
        .statements(statements)
        .statementsSetAside(statementsSetAside)
        .build();
  }
}
