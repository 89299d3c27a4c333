package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a wire dateline opening a line ends, or that the line opens with none. */
class WireDatelinesTest {
  /** The wire dateline opening {@code line}, through its dash, or null. */
  private static String dateline(String line) {
    int end = new OneLineRules(line).wireDatelines.end(0, 0, line.length(), false);
    return end < 0 ? null : line.substring(0, end);
  }

  /** The wire dateline opening {@code line} when it names a date or an agency, or null. */
  private static String strongDateline(String line) {
    int end = new OneLineRules(line).wireDatelines.end(0, 0, line.length(), true);
    return end < 0 ? null : line.substring(0, end);
  }

  @Test
  void aPlaceInCapitalsWithRegionDateOrAgencyBeforeADashIsAWireDateline() {
    assertThat(dateline("GENEVA, Jan 10 (Reuters) - Talks resumed."))
        .isEqualTo("GENEVA, Jan 10 (Reuters) -");
    assertThat(dateline("KABUL, Afghanistan — The envoys met.")).isEqualTo("KABUL, Afghanistan —");
    assertThat(dateline("BRUSSELS/LONDON, Oct 3 (Reuters) - Ministers met."))
        .isEqualTo("BRUSSELS/LONDON, Oct 3 (Reuters) -");
    assertThat(dateline("OHRID - The talks ended.")).isEqualTo("OHRID -");
  }

  @Test
  void aPlaceInOrdinaryCaseNeedsItsAgencyInBrackets() {
    assertThat(dateline("Berlin (dpa) - The talks ended.")).isEqualTo("Berlin (dpa) -");
    assertThat(dateline("Sharm el Sheikh (Egypt), 19 Nov (EFE).- Delegates met."))
        .isEqualTo("Sharm el Sheikh (Egypt), 19 Nov (EFE).-");
    assertThat(dateline("Berlin - The talks ended.")).isNull();
  }

  @Test
  void anAcronymOrASentenceBeforeADashIsNoWireDateline() {
    assertThat(dateline("NATO - the alliance met.")).isNull();
    assertThat(dateline("The envoys met in Oslo - and agreed.")).isNull();
    assertThat(dateline("GENEVA, where the envoys met for the second time, - talks")).isNull();
  }

  @Test
  void afterAStandfirstOnlyADatelineNamingADateOrAnAgencyIsOne() {
    assertThat(strongDateline("GENEVA, Jan 10 - Talks resumed.")).isEqualTo("GENEVA, Jan 10 -");
    assertThat(strongDateline("GENEVA (Harbour Wire) - Talks resumed."))
        .isEqualTo("GENEVA (Harbour Wire) -");
    assertThat(strongDateline("Berlin (dpa) - The talks ended.")).isEqualTo("Berlin (dpa) -");
    assertThat(strongDateline("OHRID - The talks ended.")).isNull();
    assertThat(strongDateline("KABUL, Afghanistan — The envoys met.")).isNull();
  }
}
