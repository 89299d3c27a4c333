package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Agreeing to keep talking is being open to discuss, not accepting what is talked about; agreeing
 * to a proposal is accepting it; "no basis for" a deal rejects.
 */
class AgreeingToTalkTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 2, 15);

  @Test
  void agreeingToContinueTalksIsDiscussion() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "NATO agreed to continue talks with Russia on arms control."))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.act()).isEqualTo(Act.DISCUSS);
              assertThat(s.items()).containsExactly("arms-control");
            });
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Lavrov and Blinken agreed to meet again next week."))
        .extracting(Statement::act)
        .containsOnly(Act.DISCUSS);
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Blinken praised Lavrov, who agreed to meet again next week."))
        .extracting(s -> s.speakerParty().orElseThrow() + " " + s.act().id())
        .as("the agreeing verb's subject is the one open to talks")
        .containsExactly("RU discuss");
  }

  @Test
  void agreeingAfterAPhraseOfTimeToBeginNegotiationsIsDiscussion() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED,
                "NATO agreed on Friday after three weeks of contacts to begin formal negotiations"
                    + " with Russia."))
        .extracting(Statement::act)
        .containsExactly(Act.DISCUSS);
  }

  @Test
  void agreeingToADealAndThenToTalksLaterIsNotOneInfinitive() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Russia agreed to the proposal on arms control and will hold talks."))
        .extracting(Statement::act)
        .contains(Act.ACCEPT);
  }

  @Test
  void anAgreementAndTalksJoinedByAndAreEachTheirOwnAct() {
    assertThat(
            HospitalStrike.actsOn(
                "Mercy Hospital agreed on a pay rise and to continue negotiations on staffing"
                    + " ratios."))
        .as("the talks are a second thing agreed; the first keeps its acceptance and its item")
        .containsExactly("MH accept [pay-rise]", "MH discuss [staffing-ratio]");
    assertThat(
            HospitalStrike.actsOn(
                "Lakeside agreed on Friday to begin negotiations on staffing ratios."))
        .as("with no second object, the infinitive is still the agreement's")
        .containsExactly("LH discuss [staffing-ratio]");
  }

  @Test
  void agreeingToAProposalIsAcceptance() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Russia agreed to the proposal on arms control."))
        .extracting(Statement::act)
        .containsExactly(Act.ACCEPT);
  }

  @Test
  void noBasisForADealRejects() {
    assertThat(
            TestArticles.bundledStatements(
                PUBLISHED, "Lavrov said the American answer was no basis for a deal."))
        .extracting(Statement::act)
        .containsExactly(Act.REJECT);
  }
}
