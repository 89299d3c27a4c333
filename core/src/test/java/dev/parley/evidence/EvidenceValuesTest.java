package dev.parley.evidence;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import dev.parley.testing.ValueTesters;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvidenceValuesTest {
  private static final Source SOURCE =
      Source.of("tass-1", "Lavrov on the reply", SourceKind.ARTICLE, LocalDate.of(2022, 1, 27));

  @Test
  void sourcesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(SOURCE, Source.builder().from(SOURCE).build())
        .addEqualityGroup(Source.builder().from(SOURCE).location("tass-1.txt").build())
        .addEqualityGroup(
            Source.builder().id("tass-1").title("Lavrov").kind(SourceKind.DOCUMENT).build())
        .testEquals();
  }

  @Test
  void evidenceIsEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(Evidence.quoted(SOURCE, "no"), Evidence.quoted(SOURCE, "no"))
        .addEqualityGroup(Evidence.reported(SOURCE, "no"))
        .addEqualityGroup(
            Evidence.builder().from(Evidence.quoted(SOURCE, "no")).start(3).end(5).build())
        .addEqualityGroup(
            Evidence.builder().from(Evidence.quoted(SOURCE, "no")).speaker("lavrov").build())
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    ValueTesters.checkNulls(Source.class, SOURCE);
    ValueTesters.checkNulls(Evidence.class, Evidence.quoted(SOURCE, "no"));
  }

  @Test
  void aSourceNeedsAnId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Source.of(" ", "Lavrov", SourceKind.ARTICLE, LocalDate.of(2022, 1, 27)))
        .withMessage("source id must not be blank");
  }

  @Test
  void offsetsComeTogetherAndInOrder() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Evidence.builder().from(Evidence.quoted(SOURCE, "no")).start(3).build())
        .withMessage("evidence from tass-1: start and end must be given together");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Evidence.builder().from(Evidence.quoted(SOURCE, "no")).end(3).build())
        .withMessage("evidence from tass-1: start and end must be given together");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Evidence.builder().from(Evidence.quoted(SOURCE, "no")).start(5).end(3).build())
        .withMessage("evidence from tass-1: offsets [5, 3) are out of order");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Evidence.builder().from(Evidence.quoted(SOURCE, "no")).start(-1).end(3).build())
        .withMessage("evidence from tass-1: offsets [-1, 3) are out of order");
  }
}
