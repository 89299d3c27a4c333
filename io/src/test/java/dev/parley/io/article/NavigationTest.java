package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which lines are a site's menu or breadcrumb trail, and which short lines are labels. */
class NavigationTest {
  private static Navigation navigation(String line) {
    return new OneLineRules(line).navigation;
  }

  private static boolean isMenu(String line) {
    return navigation(line).isMenu(0, line.length());
  }

  private static boolean isBreadcrumb(String line) {
    return navigation(line).isBreadcrumb(0, line.length());
  }

  private static boolean isLabel(String line) {
    return navigation(line).isMenuPart(0, line.length());
  }

  @Test
  void threeOrMoreShortCapitalisedPartsBetweenBarsOrDotsAreAMenu() {
    assertThat(isMenu("Home | Local | Business | Sports")).isTrue();
    assertThat(isMenu("Home · World news · Weather")).isTrue();
    assertThat(isMenu("English • Deutsch • فارسی")).isTrue();
  }

  @Test
  void twoPartsOrAPartThatReadsAsASentenceIsNoMenu() {
    assertThat(isMenu("Home | Sports")).isFalse();
    assertThat(isMenu("Home | Local | the talks resumed")).isFalse();
    assertThat(isMenu("Home | Local | Talks resumed today in Oslo")).isFalse();
    assertThat(isMenu("Home | Local | Talks, again")).isFalse();
    assertThat(isMenu("Home | | Sports")).isFalse();
  }

  @Test
  void aTrailOfShortPartsEndingInACapitalisedTitleIsABreadcrumb() {
    assertThat(isBreadcrumb("Business > Aerospace")).isTrue();
    assertThat(isBreadcrumb("Home page » World › Talks in Istanbul ended")).isTrue();
  }

  @Test
  void aTrailEndingAsASentenceOrWithoutSpacedSeparatorsIsNoBreadcrumb() {
    assertThat(isBreadcrumb("Home > World > Talks in Istanbul ended.")).isFalse();
    assertThat(isBreadcrumb("Home > World > talks in Istanbul")).isFalse();
    assertThat(isBreadcrumb("Home>World>Talks")).isFalse();
    assertThat(isBreadcrumb("Prices rose by more than four percent > Talks")).isFalse();
  }

  @Test
  void aLabelIsOneToThreeCapitalisedWordsWithoutASentencesMarks() {
    assertThat(isLabel("Africa")).isTrue();
    assertThat(isLabel("Middle East news")).isTrue();
    assertThat(isLabel("中文")).isTrue();
    assertThat(isLabel("africa")).isFalse();
    assertThat(isLabel("Talks resume in Oslo")).isFalse();
    assertThat(isLabel("Africa:")).isFalse();
  }
}
