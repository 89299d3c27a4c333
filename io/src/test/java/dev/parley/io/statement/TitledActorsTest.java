package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A party inside the noun phrase of a named actor describes the actor, who speaks: "Russian Foreign
 * Minister Sergei Lavrov", "the alliance's chief, Jens Stoltenberg,".
 */
class TitledActorsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 3, 6);

  private static List<String> read(String sentence) {
    return TestArticles.read(FakeKnowledge.standard(), PUBLISHED, sentence).statements().stream()
        .map(
            s ->
                s.speakerParty().orElse("?")
                    + "/"
                    + s.speakerActor().orElse("")
                    + " "
                    + s.act().id())
        .toList();
  }

  @Test
  void aPartyBeforeATitledNameGivesWayToTheName() {
    assertThat(read("Russian Foreign Minister Sergei Lavrov rejected the plan on Monday."))
        .containsExactly("RU/lavrov reject");
    assertThat(read("Ukraine's Deputy Envoy Antony Blinken rejected the plan."))
        .as("the name's own party counts, not the one before its title")
        .containsExactly("US/blinken reject");
  }

  @Test
  void aPartyModifyingARoleWithTheNameInAppositionGivesWayToTheName() {
    assertThat(read("The alliance's chief, Jens Stoltenberg, rejected the plan."))
        .containsExactly("NATO/stoltenberg reject");
    assertThat(read("The Kremlin-backed delegation's head, Sergei Lavrov, denied the report."))
        .containsExactly("RU/lavrov deny");
  }

  @Test
  void aPartyThatActsOnTheNamedActorStaysTheSubject() {
    assertThat(read("American officials told Lavrov that they rejected the plan."))
        .containsExactly("US/ reject");
    assertThat(read("The Russian delegation met Antony Blinken and rejected the plan."))
        .containsExactly("RU/ reject");
  }
}
