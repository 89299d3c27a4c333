package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.parley.io.article.DatePrecision;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The value types of the statement layer: equality, null handling and invariants. */
class StatementValueTest {
  private static Statement statement(Act act, int sentence) {
    return Statement.builder()
        .articleId("a")
        .sentence(sentence)
        .speakerParty("RU")
        .speakerText("Moscow")
        .act(act)
        .conditional(false)
        .date(LocalDate.of(2022, 2, 17))
        .datePrecision(DatePrecision.DAY)
        .dateBasis(DateBasis.PUBLICATION)
        .start(0)
        .end(6)
        .quote("Moscow")
        .speech(Speech.REPORTED)
        .rule("sentence-subject")
        .addCue("act:reject")
        .build();
  }

  @Test
  void statementsAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(statement(Act.REJECT, 0), statement(Act.REJECT, 0))
        .addEqualityGroup(statement(Act.ACCEPT, 0))
        .addEqualityGroup(statement(Act.REJECT, 1))
        .testEquals();
  }

  @Test
  void recordsAreEqualByValue() {
    SentenceRecord a =
        SentenceRecord.builder()
            .sentence(0)
            .sentenceClass(SentenceClass.STATEMENT)
            .addStatement(statement(Act.REJECT, 0))
            .reason("r")
            .build();
    SentenceRecord b =
        SentenceRecord.builder()
            .sentence(0)
            .sentenceClass(SentenceClass.CONTEXT)
            .reason("r")
            .build();
    new EqualsTester()
        .addEqualityGroup(a, SentenceRecord.builder().from(a).build())
        .addEqualityGroup(b)
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicInstanceMethods(statement(Act.REJECT, 0));
    tester.testAllPublicStaticMethods(Act.class);
  }

  @Test
  void quoteMustMatchItsSpan() {
    assertThatThrownBy(
            () -> Statement.builder().from(statement(Act.REJECT, 0)).quote("Mosco").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quote length");
  }

  @Test
  void dateNeedsPrecisionAndBasis() {
    assertThatThrownBy(
            () ->
                Statement.builder()
                    .from(statement(Act.REJECT, 0))
                    .dateBasis(DateBasis.NONE)
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void classMustAgreeWithStatements() {
    assertThatThrownBy(
            () ->
                SentenceRecord.builder()
                    .sentence(0)
                    .sentenceClass(SentenceClass.STATEMENT)
                    .reason("r")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("disagrees");
  }
}
