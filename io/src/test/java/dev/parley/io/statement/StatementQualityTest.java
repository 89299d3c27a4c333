package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.article.Article;
import dev.parley.io.article.DatePrecision;
import dev.parley.io.article.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Measures the extractor on the five bundled articles against the gold statements a careful reader
 * wrote, prints the scores and the differences, and fails below the floors.
 */
class StatementQualityTest {
  // Floors set a little below what the extractor reaches on the bundled articles (see the printed
  // report), so that a regression fails the build but noise in an unrelated change does not.
  static final double PRECISION_FLOOR = 0.40;
  static final double RECALL_FLOOR = 0.45;
  static final double STRICT_F1_FLOOR = 0.10;
  static final double SPEAKER_ACCURACY_FLOOR = 0.70;
  static final double DATE_ACCURACY_FLOOR = 0.55;
  static final double ACT_ACCURACY_FLOOR = 0.50;

  /** One gold statement placed in the article. */
  private record Placed(Gold gold, int sentence) {}

  private static final class Score {
    int gold;
    int predicted;
    int matched;
    int strict;
    int speakerRight;
    int datedPairs;
    int dateRight;
    int sentencePairs;
    int actRight;
    final List<String> notes = new ArrayList<>();

    double precision() {
      return predicted == 0 ? 0 : (double) matched / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    double strictF1() {
      double p = predicted == 0 ? 0 : (double) strict / predicted;
      double r = gold == 0 ? 0 : (double) strict / gold;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  @Test
  void extractorReachesTheFloorsOnTheBundledArticles() {
    StatementExtractor extractor = StatementExtractor.of(Corpus.lexicon());
    Score score = new Score();
    for (String id : Corpus.IDS) {
      Article article = Corpus.article(id);
      ArticleStatements result = extractor.extract(article);
      List<Placed> golds = place(article, Corpus.gold(id), score);
      compare(article, result, golds, score);
    }
    score.notes.forEach(System.out::println);
    double speaker = ratio(score.speakerRight, score.matched);
    double date = ratio(score.dateRight, score.datedPairs);
    double act = ratio(score.actRight, score.sentencePairs);
    System.out.printf(
        Locale.ROOT,
        "statements: gold %d, extracted %d, matched %d (sentence+act), strict %d%n"
            + "precision %.3f recall %.3f strict-F1 %.3f%n"
            + "speaker accuracy %.3f (%d/%d), date accuracy %.3f (%d/%d),"
            + " act accuracy %.3f (%d/%d sentence pairs)%n",
        score.gold,
        score.predicted,
        score.matched,
        score.strict,
        score.precision(),
        score.recall(),
        score.strictF1(),
        speaker,
        score.speakerRight,
        score.matched,
        date,
        score.dateRight,
        score.datedPairs,
        act,
        score.actRight,
        score.sentencePairs);
    assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(PRECISION_FLOOR);
    assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(RECALL_FLOOR);
    assertThat(score.strictF1()).as("strict F1").isGreaterThanOrEqualTo(STRICT_F1_FLOOR);
    assertThat(speaker).as("speaker accuracy").isGreaterThanOrEqualTo(SPEAKER_ACCURACY_FLOOR);
    assertThat(date).as("date accuracy").isGreaterThanOrEqualTo(DATE_ACCURACY_FLOOR);
    assertThat(act).as("act accuracy").isGreaterThanOrEqualTo(ACT_ACCURACY_FLOOR);
  }

  @Test
  void everyGoldLocatorLiesInOneSentence() {
    List<String> problems = new ArrayList<>();
    for (String id : Corpus.IDS) {
      Article article = Corpus.article(id);
      for (Gold g : Corpus.gold(id)) {
        int at = article.text().indexOf(g.locator());
        if (at < 0) {
          problems.add(id + ".gold:" + g.line() + " not found: " + g.locator());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1 : (double) a / b;
  }

  private static List<Placed> place(Article article, List<Gold> golds, Score score) {
    List<Placed> placed = new ArrayList<>();
    for (Gold g : golds) {
      int at = article.text().indexOf(g.locator());
      Optional<Sentence> s =
          article.sentences().stream().filter(x -> x.start() <= at && at < x.end()).findFirst();
      if (at < 0 || s.isEmpty()) {
        score.notes.add(article.id() + ": gold not in any sentence: " + g.locator());
        placed.add(new Placed(g, -1));
      } else {
        placed.add(new Placed(g, s.get().index()));
      }
    }
    return placed;
  }

  private static void compare(
      Article article, ArticleStatements result, List<Placed> golds, Score score) {
    List<Statement> predicted = new ArrayList<>(result.statements());
    score.gold += golds.size();
    score.predicted += predicted.size();
    List<Statement> unmatched = new ArrayList<>(predicted);
    for (Placed p : golds) {
      Optional<Statement> match =
          unmatched.stream()
              .filter(s -> s.sentence() == p.sentence() && s.act() == p.gold().act())
              .findFirst();
      List<Statement> inSentence =
          predicted.stream().filter(s -> s.sentence() == p.sentence()).toList();
      if (!inSentence.isEmpty()) {
        score.sentencePairs++;
        if (inSentence.stream().anyMatch(s -> s.act() == p.gold().act())) {
          score.actRight++;
        }
      }
      if (match.isEmpty()) {
        score.notes.add(
            String.format(
                Locale.ROOT,
                "MISS %s s%d %s %s: %s  [got: %s]",
                article.id().substring(0, 3),
                p.sentence(),
                p.gold().party() + p.gold().actor().map(a -> "/" + a).orElse(""),
                p.gold().act().id(),
                p.gold().locator(),
                inSentence.stream().map(StatementQualityTest::brief).toList()));
        continue;
      }
      Statement s = match.get();
      unmatched.remove(s);
      score.matched++;
      boolean speakerRight =
          s.speakerParty().equals(Optional.of(p.gold().party()))
              && (p.gold().actor().isEmpty() || s.speakerActor().equals(p.gold().actor()));
      if (speakerRight) {
        score.speakerRight++;
      }
      boolean itemsRight = new HashSet<>(s.items()).equals(new HashSet<>(p.gold().items()));
      if (speakerRight && itemsRight) {
        score.strict++;
      }
      if (p.gold().date().isPresent()) {
        score.datedPairs++;
        if (dateMatches(p.gold().date().get(), s)) {
          score.dateRight++;
        }
      }
      if (!speakerRight || !itemsRight) {
        score.notes.add(
            String.format(
                Locale.ROOT,
                "PART %s s%d gold %s items %s | got %s items %s",
                article.id().substring(0, 3),
                p.sentence(),
                p.gold().party() + p.gold().actor().map(a -> "/" + a).orElse(""),
                p.gold().items(),
                brief(s),
                s.items()));
      }
    }
    for (Statement s : unmatched) {
      score.notes.add(
          String.format(
              Locale.ROOT,
              "EXTRA %s s%d %s (%s): %s",
              article.id().substring(0, 3),
              s.sentence(),
              brief(s),
              s.rule(),
              abbreviate(article.sentence(s.sentence()).text())));
    }
  }

  private static boolean dateMatches(String gold, Statement s) {
    if (s.date().isEmpty()) {
      return false;
    }
    LocalDate d = s.date().get();
    String[] parts = gold.split("-", -1);
    boolean year = Integer.parseInt(parts[0]) == d.getYear();
    boolean month = parts.length < 2 || Integer.parseInt(parts[1]) == d.getMonthValue();
    boolean day =
        parts.length < 3
            || (Integer.parseInt(parts[2]) == d.getDayOfMonth()
                && s.datePrecision().equals(Optional.of(DatePrecision.DAY)));
    return year && month && day;
  }

  private static String brief(Statement s) {
    return s.speakerParty().orElse("?")
        + s.speakerActor().map(a -> "/" + a).orElse("")
        + " "
        + s.act().id();
  }

  private static String abbreviate(String text) {
    String t = text.replace('\n', ' ');
    return t.length() > 90 ? t.substring(0, 90) + "..." : t;
  }
}
