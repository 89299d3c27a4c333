package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which lines are a story's credits: who reported and edited it, and the agency it draws on. */
class CreditsTest {
  private static boolean isCredit(String line) {
    return new OneLineRules(line).credits.isCredit(0, line.length());
  }

  @Test
  void reportingAndEditingCreditsAreCredits() {
    assertThat(isCredit("Reporting by Jane Roe; Editing by John Doe")).isTrue();
    assertThat(isCredit("(Reporting by Tom Ode in Lagos and Mia Fenn in Accra; editing by Li Wu)"))
        .isTrue();
    assertThat(isCredit("Additional reporting by the Lisbon bureau.")).isTrue();
    assertThat(isCredit("(Writing by Ana Ruiz, Madrid; Editing by the Europe desk)")).isTrue();
  }

  @Test
  void anAgencyCreditIsACredit() {
    assertThat(isCredit("With AFP")).isTrue();
    assertThat(isCredit("With AFP and Reuters")).isTrue();
    assertThat(isCredit("With agencies")).isTrue();
    assertThat(isCredit("With files from The Harbour Press")).isTrue();
    assertThat(isCredit("(AFP)")).isTrue();
    assertThat(isCredit("(Reuters)")).isTrue();
  }

  @Test
  void aSentenceOpeningAsACreditDoesIsNoCredit() {
    assertThat(isCredit("With AFP's help, the two sides met in Paris.")).isFalse();
    assertThat(isCredit("With Russia and China at odds, the council adjourned.")).isFalse();
    assertThat(isCredit("Reporting by the BBC showed the talks had stalled.")).isFalse();
    assertThat(isCredit("Editing by hand took the clerks a week.")).isFalse();
    assertThat(isCredit("(AFP) - The talks resumed on Monday.")).isFalse();
    assertThat(isCredit("(see the full text below)")).isFalse();
    assertThat(isCredit("Reporting by")).isFalse();
  }
}
