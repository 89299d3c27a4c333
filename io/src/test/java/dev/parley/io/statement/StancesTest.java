package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stances a verb takes toward a proposal, an agreement or an assurance: support of the other side's
 * plan accepts it, joining or resuming a deal accepts it, suspending or leaving it rejects it,
 * keeping the right to leave threatens to, giving guarantees offers them.
 */
class StancesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 11, 2);

  /** Speaker party, act and addressees of each statement, read with the bundled lexicons. */
  private static List<String> bundled(String sentence) {
    return describe(TestArticles.bundledStatements(PUBLISHED, sentence));
  }

  /** The same, read with a case lexicon of a negotiation on a deal one may leave and rejoin. */
  private static List<String> grainDeal(String sentence) {
    return describe(
        StatementExtractor.of(HeldOut.lexicon("black-sea-grain-2022"))
            .extract(TestArticles.of(PUBLISHED, sentence))
            .statements());
  }

  private static List<String> describe(List<Statement> statements) {
    return statements.stream()
        .map(s -> s.speakerParty().orElse("?") + " " + s.act().id() + " " + s.addressees())
        .toList();
  }

  @Test
  void supportingTheOtherSidesProposalAcceptsIt() {
    assertThat(bundled("Washington backed Moscow's initiative on arms control."))
        .containsExactly("US accept [RU]");
    assertThat(bundled("Germany supports the Russian proposal on security guarantees."))
        .containsExactly("DE accept [RU]");
    assertThat(bundled("Lavrov said Russia supports the American proposal on arms control."))
        .containsExactly("RU accept [US]");
  }

  @Test
  void notSupportingItRejectsIt() {
    assertThat(bundled("Russia does not support the American plan."))
        .containsExactly("RU reject [US]");
  }

  @Test
  void supportingOnesOwnProposalAcceptsNothing() {
    assertThat(bundled("Russia supports its own proposal on security guarantees.")).isEmpty();
    assertThat(bundled("Lavrov backed the Russian proposal.")).isEmpty();
  }

  @Test
  void supportingSomeoneIsNoAcceptance() {
    assertThat(bundled("Russia supports Ukraine.")).isEmpty();
    assertThat(bundled("Russia gained the support of China for its proposal.")).isEmpty();
  }

  @Test
  void aPlanBackedByOthersIsNoStanceOfTheSubject() {
    assertThat(bundled("Russia studied the Western-backed plan.")).isEmpty();
    assertThat(bundled("Russia studied the plan backed by NATO.")).isEmpty();
  }

  @Test
  void resumingOrReturningToADealAcceptsIt() {
    assertThat(grainDeal("Russia said on Wednesday it would resume its part in the grain deal."))
        .singleElement()
        .asString()
        .startsWith("RU accept");
    assertThat(grainDeal("Russia returned to the U.N.-brokered deal on Wednesday."))
        .singleElement()
        .asString()
        .startsWith("RU accept");
  }

  @Test
  void suspendingOrPullingOutOfADealRejectsIt() {
    assertThat(grainDeal("Russia suspended its participation in the deal indefinitely."))
        .singleElement()
        .asString()
        .startsWith("RU reject");
    assertThat(grainDeal("Russia pulled out of the deal on Saturday."))
        .singleElement()
        .asString()
        .startsWith("RU reject");
  }

  @Test
  void suspendingSomethingElseIsNoRejection() {
    assertThat(grainDeal("Russia suspended grain exports.")).isEmpty();
    assertThat(grainDeal("Russia left the port.")).isEmpty();
  }

  @Test
  void keepingTheRightToLeaveOrThreateningToIsAThreat() {
    assertThat(grainDeal("Putin said Moscow reserved the right to withdraw if Ukraine broke it."))
        .singleElement()
        .asString()
        .startsWith("RU threaten");
    assertThat(grainDeal("Russia threatened to pull out of the deal."))
        .singleElement()
        .asString()
        .startsWith("RU threaten");
  }

  @Test
  void givingGuaranteesOffersThemToTheReceiver() {
    assertThat(bundled("Washington gave Moscow written guarantees that NATO will not expand."))
        .singleElement()
        .asString()
        .startsWith("US propose")
        .contains("RU");
  }

  @Test
  void guaranteesAskedForAreNoOffer() {
    assertThat(bundled("Russia wants NATO to provide guarantees."))
        .containsExactly("RU demand [NATO]");
  }

  @Test
  void theMinistryThatToldOfTheOtherSidesActSpeaksNext() {
    List<Statement> statements =
        StatementExtractor.of(HeldOut.lexicon("black-sea-grain-2022"))
            .extract(
                TestArticles.of(
                    PUBLISHED,
                    "The Russian defence ministry said Kyiv had given written guarantees. "
                        + "\"Moscow regards the assurances as adequate,\" the ministry said."))
            .statements();
    assertThat(statements)
        .extracting(s -> s.speakerParty().orElseThrow() + " " + s.act().id())
        .containsExactly("UA propose", "RU accept");
  }

  @Test
  void abidingByATruceAcceptsIt() {
    assertThat(
            StatementExtractor.of(HeldOut.lexicon("tigray-peace-2022"))
                .extract(
                    TestArticles.of(
                        PUBLISHED, "Getachew said Tigrayan forces would abide by the truce."))
                .statements())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.speakerParty()).contains("TPLF");
              assertThat(s.act()).isEqualTo(Act.ACCEPT);
            });
  }

  @Test
  void guaranteesReceivedFromTheOtherSideAreItsOffer() {
    assertThat(grainDeal("Russia received written guarantees from Ukraine on Tuesday."))
        .containsExactly("UA propose [RU]");
    assertThat(grainDeal("Moscow has received the assurances, Peskov said.")).isEmpty();
  }
}
