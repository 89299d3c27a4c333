package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Negated and failed acts whose meaning is another act, read with the bundled lexicons: not ruling
 * out, making no concessions, failing to make an offer, not objecting, not backing down.
 */
class NegatedActsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 9);

  private static List<Statement> read(String sentence) {
    return TestArticles.bundledStatements(PUBLISHED, sentence);
  }

  private static Statement only(String sentence) {
    List<Statement> found = read(sentence);
    assertThat(found).as(sentence).hasSize(1);
    return found.get(0);
  }

  @Test
  void notRulingOutKeepsTalksOpenWhileRulingOutRejects() {
    assertThat(only("Lavrov did not rule out further talks with NATO.").act())
        .isEqualTo(Act.DISCUSS);
    assertThat(only("Lavrov ruled out further talks with NATO.").act()).isEqualTo(Act.REJECT);
  }

  @Test
  void makingNoConcessionsRejectsAndMakingThemAccepts() {
    Statement refused = only("Lavrov said Moscow would not make any concessions.");
    assertThat(refused.act()).isEqualTo(Act.REJECT);
    assertThat(refused.speakerParty()).contains("RU");
    assertThat(only("Kyiv has made painful concessions to end the war.").act())
        .isEqualTo(Act.ACCEPT);
  }

  @Test
  void failingToMakeAnOfferIsTheReportersRejectionOfTheOtherSidesOffers() {
    Statement failed = only("Lavrov said Washington had failed to make serious offers.");
    assertThat(failed.act()).isEqualTo(Act.REJECT);
    assertThat(failed.speakerActor()).contains("lavrov");
    Statement none = only("Washington has not made a serious offer, Lavrov said.");
    assertThat(none.act()).isEqualTo(Act.REJECT);
    assertThat(none.speakerActor()).contains("lavrov");
    assertThat(only("Washington made a serious offer on Friday.").act()).isEqualTo(Act.PROPOSE);
  }

  @Test
  void notObjectingAcceptsAndObjectingRejects() {
    Statement none = only("Washington did not object to the proposal.");
    assertThat(none.act()).isEqualTo(Act.ACCEPT);
    assertThat(none.speakerParty()).contains("US");
    assertThat(only("Washington objected to the proposal.").act()).isEqualTo(Act.REJECT);
  }

  @Test
  void notBackingDownFromADemandInsistsOnIt() {
    assertThat(only("Lavrov said Moscow would not back down from its demands.").act())
        .isEqualTo(Act.DEMAND);
    assertThat(only("Kyiv backed down on Friday.").act()).isEqualTo(Act.ACCEPT);
  }

  @Test
  void aNameJoinedToOneAfterAPrepositionIsNoSubject() {
    Statement s =
        only(
            "Moscow moved troops to Belarus and Kyiv, saying its rivals had failed to make offers.");
    assertThat(s.act()).isEqualTo(Act.REJECT);
    assertThat(s.speakerParty()).contains("RU");
  }

  @Test
  void aNegatedVerbOfWaitingOrHesitatingMakesTheActEagerNotWithheld() {
    assertThat(only("Lavrov said he could not wait to discuss the proposal.").act())
        .isEqualTo(Act.DISCUSS);
    assertThat(only("Washington did not hesitate to reject the proposal.").act())
        .isEqualTo(Act.REJECT);
    assertThat(only("Washington did not want to discuss the proposal.").act())
        .isEqualTo(Act.REJECT);
  }

  @Test
  void anActNotYetDoneTakesNoPosition() {
    assertThat(read("Washington has not yet responded to the proposal.")).isEmpty();
    assertThat(read("Moscow has received no answer yet, Lavrov said.")).isEmpty();
    assertThat(only("Washington has not responded to the proposal.").act()).isEqualTo(Act.REJECT);
  }

  @Test
  void anObligationLaidOnTheOtherSideIsADemandAndItsNegationNone() {
    Statement must = only("Lavrov said any agreement has to include guarantees for Russia.");
    assertThat(must.act()).isEqualTo(Act.DEMAND);
    assertThat(must.speakerActor()).contains("lavrov");
    assertThat(read("Lavrov said Moscow does not have to wait.")).isEmpty();
  }

  @Test
  void aNegationDoesNotReachAVerbPhraseOfItsOwnAfterAndOrBut() {
    Statement rejected =
        only("Lavrov said the consultations had not been completed and rejected the proposal.");
    assertThat(rejected.act()).isEqualTo(Act.REJECT);
    assertThat(only("Moscow did not object but rejected the proposal.").act())
        .isEqualTo(Act.REJECT);
  }

  @Test
  void aNegationStillGovernsVerbsCoordinatedUnderItsAuxiliary() {
    // Both verbs are negated: neither acceptance nor rejection.
    assertThat(read("Moscow did not accept or reject the proposal."))
        .allMatch(s -> s.rule().contains("+negation"))
        .hasSize(2);
    assertThat(only("Moscow did not sign and ratify the agreement.").act()).isEqualTo(Act.REJECT);
    assertThat(only("Moscow had not signed and ratified the agreement.").act())
        .isEqualTo(Act.REJECT);
  }
}
