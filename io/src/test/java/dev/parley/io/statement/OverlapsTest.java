package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapsTest {
  @Test
  void theLongerOfTwoOverlappingSpeakerCuesWins() {
    Cue party = new Cue(Cue.Kind.PARTY, "RU", 0, 7);
    Cue actor = new Cue(Cue.Kind.ACTOR, "ru-mfa", 0, 24);

    assertThat(Overlaps.resolve(List.of(party, actor))).containsExactly(actor);
  }

  @Test
  void anActWordInsideAnItemNameIsPartOfTheName() {
    // "... would not drop the work requirements": "requirements" names the item, demands nothing.
    Cue item = new Cue(Cue.Kind.ITEM, "work-requirements", 30, 47);
    Cue act = new Cue(Cue.Kind.ACT, "demand", 35, 47);
    Cue drop = new Cue(Cue.Kind.ACT, "reject", 20, 24);

    assertThat(Overlaps.resolve(List.of(drop, item, act))).containsExactly(drop, item);
  }

  @Test
  void talksNamedAsAnItemAreTheItemAndTheActOfTalking() {
    // "held a bilateral meeting": the case names the meeting as an item; holding it is talking.
    Cue item = new Cue(Cue.Kind.ITEM, "talks", 7, 24);
    Cue meeting = new Cue(Cue.Kind.ACT, "discuss", 17, 24);
    // "a negotiated settlement": the talk word opens the item's name and is no act.
    Cue settlement = new Cue(Cue.Kind.ITEM, "settlement", 40, 62);
    Cue negotiated = new Cue(Cue.Kind.ACT, "discuss", 40, 50);

    assertThat(Overlaps.resolve(List.of(item, meeting, settlement, negotiated)))
        .containsExactly(item, meeting, settlement);
  }

  @Test
  void aMeetingNamedAsAnItemIsHeldByThePairAndIsTheirTalksItem() {
    InventedCase summit =
        InventedCase.publishedOn(InventedCases.TRUCE.published())
            .state("VL", "Velmar", "Velmari")
            .state("CLF", "Coastal Liberation Front", "CLF | insurgents")
            .item(
                "talks", "The two sides talk", "VL | CLF", "bilateral meeting | strategic dialogue")
            .build("summit.lexicon");
    assertThat(
            StatementExtractor.of(summit.lexicon())
                .extract(
                    TestArticles.of(
                        summit.published(),
                        "Velmar and the insurgents held a bilateral meeting in Kessa on Monday."))
                .statements())
        .extracting(s -> s.speakerParty().orElseThrow() + " " + s.act().id() + " " + s.items())
        .containsExactlyInAnyOrder("VL discuss [talks]", "CLF discuss [talks]");
  }

  @Test
  void anActBesideAnItemStaysAnAct() {
    // "demanded security guarantees": the act and the item touch but neither holds the other.
    Cue act = new Cue(Cue.Kind.ACT, "demand", 0, 8);
    Cue item = new Cue(Cue.Kind.ITEM, "guarantees", 9, 28);

    assertThat(Overlaps.resolve(List.of(act, item))).containsExactly(act, item);
  }

  @Test
  void overlappingCuesOfOneActAreOneCueFromTheFirstStartToTheLastEnd() {
    // "reached a settlement in principle": the verb's phrase and the noun's phrase share a word.
    Cue reached = new Cue(Cue.Kind.ACT, "accept", 10, 30);
    Cue inPrinciple = new Cue(Cue.Kind.ACT, "accept", 20, 45);
    // Cues of two acts that overlap still compete: the longer wins.
    Cue threat = new Cue(Cue.Kind.ACT, "threaten", 60, 70);
    Cue refusal = new Cue(Cue.Kind.ACT, "reject", 65, 80);

    assertThat(Overlaps.resolve(List.of(inPrinciple, reached, threat, refusal)))
        .containsExactly(new Cue(Cue.Kind.ACT, "accept", 10, 45), refusal);
  }

  @Test
  void sidesWhoReachedAnAgreementInPrincipleBothAcceptIt() {
    assertThat(
            InventedCases.PORT.actsOn(
                "The mediators announced that the port and the dockers had reached an"
                    + " agreement in principle on a new contract."))
        .containsExactlyInAnyOrder("PA accept [contract]", "DK accept [contract]");
  }
}
