package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which lines are a byline, alone or among stamps, and where a stamped byline's date stands. */
class BylinesTest {
  private static Bylines bylines(String line) {
    return new OneLineRules(line).bylines;
  }

  private static boolean isByline(String line) {
    return bylines(line).isByline(0, line.length());
  }

  @Test
  void byAndCapitalisedNamesPerhapsWithARoleIsAByline() {
    assertThat(isByline("By Jane Roe")).isTrue();
    assertThat(isByline("By Jane Roe and John O'Doe")).isTrue();
    assertThat(isByline("By Jane Roe, special correspondent")).isTrue();
    assertThat(isByline("By Jane Roe in Oslo")).isTrue();
    assertThat(isByline("By Pieter van den Berg and Ana da Silva")).isTrue();
  }

  @Test
  void aBylineMayCreditAnAgencyOrANewsroom() {
    assertThat(isByline("By Jane Doe with AFP")).isTrue();
    assertThat(isByline("By John Smith and Ana Ruiz, Reuters")).isTrue();
    assertThat(isByline("By the Associated Press")).isTrue();
    assertThat(isByline("By the Harbour Herald staff")).isTrue();
  }

  @Test
  void aBylineMaySayWrittenByOrHaveAColon() {
    assertThat(isByline("Written by: Ana Moreno")).isTrue();
    assertThat(isByline("Written by Ana Moreno and Jon Ek")).isTrue();
    assertThat(isByline("By: Ana Moreno")).isTrue();
    assertThat(isByline("Written by the union in 2019, the letter demands a raise")).isFalse();
  }

  @Test
  void aSentenceOpeningWithADeadlineIsNoByline() {
    assertThat(isByline("By Friday, the union said...")).isFalse();
    assertThat(isByline("By March, both sides agreed")).isFalse();
    assertThat(isByline("By the end of the week")).isFalse();
    assertThat(isByline("By the time the envoys met")).isFalse();
    assertThat(isByline("By de facto agreement")).isFalse();
  }

  @Test
  void aSentenceOpeningWithByOrALongRoleIsNoByline() {
    assertThat(isByline("By the way, the talks resumed")).isFalse();
    assertThat(isByline("By Monday the talks had resumed")).isFalse();
    assertThat(isByline("By Jane Roe, who covered the talks for many years")).isFalse();
    assertThat(isByline("Jane Roe")).isFalse();
  }

  @Test
  void aBylineAmongStampsAndDatesIsABylineAndKeepsWhereItsDateStands() {
    String line = "By Jane Roe | May 21, 2023 | 9:14 am";
    Bylines bylines = bylines(line);
    assertThat(bylines.isStampedByline(0, line.length())).isTrue();
    assertThat(line.substring(bylines.dateFrom(), bylines.dateTo())).isEqualTo("May 21, 2023");

    String stamped = "By Jane Roe • Published October 7, 2022 • Updated 2 hours ago";
    Bylines noDate = bylines(stamped);
    assertThat(noDate.isStampedByline(0, stamped.length())).isTrue();
    assertThat(noDate.hasDate()).isFalse();
  }

  @Test
  void aBylineBesideOtherTextOrAloneIsNoStampedByline() {
    String line = "By Jane Roe | Talks resume in Oslo";
    Bylines bylines = bylines(line);
    assertThat(bylines.isStampedByline(0, line.length())).isFalse();
    assertThat(bylines.hasDate()).isFalse();
    assertThat(bylines("By Jane Roe").isStampedByline(0, "By Jane Roe".length())).isFalse();
    String twoDates = "May 21, 2023 | 9:14 am";
    assertThat(bylines(twoDates).isStampedByline(0, twoDates.length())).isFalse();
  }
}
