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
  void anActBesideAnItemStaysAnAct() {
    // "demanded security guarantees": the act and the item touch but neither holds the other.
    Cue act = new Cue(Cue.Kind.ACT, "demand", 0, 8);
    Cue item = new Cue(Cue.Kind.ITEM, "guarantees", 9, 28);

    assertThat(Overlaps.resolve(List.of(act, item))).containsExactly(act, item);
  }
}
