package dev.parley.io.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameSimilarityTest {
  private static final List<String> NAMES =
      List.of(
          "Blinken",
          "Lavrov",
          "Stoltenberg",
          "Zakharova",
          "Peskov",
          "Ryabkov",
          "Grushko",
          "Zelensky",
          "Borrell",
          "Sullivan",
          "Putin",
          "Biden",
          "Shoigu",
          "Kuleba",
          "Chizhov",
          "Mogherini",
          "Rouhani",
          "Khamenei",
          "Barnier",
          "Merkel",
          "Macron",
          "Erdogan",
          "Netanyahu",
          "Guterres",
          "Russia",
          "Ukraine",
          "Georgia",
          "Washington",
          "Moscow");

  private static FuzzyNameIndex<String> index() {
    FuzzyNameIndex.Builder<String> b = FuzzyNameIndex.builder();
    NAMES.forEach(n -> b.add(n, n));
    return b.build();
  }

  @ParameterizedTest
  @CsvSource({
    "Bellingen, Blinken",
    "Blingen, Blinken",
    "Blinkin, Blinken",
    "Lawrow, Lavrov",
    "Lavrow, Lavrov",
    "Stoltenburg, Stoltenberg",
    "Stoltenbergh, Stoltenberg",
    "Zacharova, Zakharova",
    "Sakharova, ",
    "Peskoff, Peskov",
    "Riabkov, Ryabkov",
    "Gruschko, Grushko",
    "Zelenskyy, Zelensky",
    "Zelenskiy, Zelensky",
    "Borrel, Borrell",
    "Sulivan, Sullivan",
    "Puttin, Putin",
    "Schoigu, Shoigu",
    "Tschizhov, ",
    "Mogerini, Mogherini",
    "Rohani, Rouhani",
    "Chamenei, ",
    "Barneir, Barnier",
    "Makron, Macron",
    "Erdoğan, ",
    "Netanjahu, Netanyahu",
    "Gutteres, Guterres",
    "Rusia, Russia",
    "Ukriane, Ukraine",
    "Moskow, Moscow",
    "Vashington, ",
  })
  void recognisesGarbledNames(String garbled, String name) {
    if (name == null) {
      assertThat(index().lookup(garbled)).as(garbled).isEmpty();
    } else {
      assertThat(index().lookup(garbled)).as(garbled).contains(name);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Beaten",
        "Blanket",
        "Bidding",
        "Putting",
        "Pushing",
        "Peace",
        "Prices",
        "Lawyer",
        "Larger",
        "Moment",
        "Mosque",
        "Russet",
        "Ruling",
        "Unless",
        "Unclear",
        "Update",
        "Gorgeous",
        "George",
        "Shortly",
        "Zealand",
        "Stolen",
        "Sullen",
        "Sullied",
        "Borrow",
        "Border",
        "Borders",
        "Kindly",
        "Reason",
        "Washing",
        "Washed",
        "Merchant",
        "Mercury",
        "Making",
        "Macro",
        "Guitar",
        "Gutter",
        "Network",
        "Nettle",
        "Rohan",
        "Blind",
        "Biding",
        "Basic",
        "Batch",
        "Chance",
        "Change",
        "Church",
        "Little",
        "Lately",
        "Market",
        "Should",
        "Should",
        "Still",
        "Stolen",
        "Strong",
        "Summit",
        "Sunday",
        "Tuesday",
        "Wednesday",
        "Zealot",
        "Zenith",
        "Emerging",
        "Europe",
        "Events",
        "Moreover",
        "Meanwhile"
      })
  void leavesOrdinaryWordsAlone(String word) {
    assertThat(index().lookup(word)).as(word).isEmpty();
  }

  @Test
  void skeletonFoldsTransliterationVariants() {
    assertThat(NameSimilarity.skeleton("Bellingen")).isEqualTo(NameSimilarity.skeleton("Blinken"));
    assertThat(NameSimilarity.skeleton("Lawrow")).isEqualTo(NameSimilarity.skeleton("Lavrov"));
    assertThat(NameSimilarity.skeleton("Putin")).isNotEqualTo(NameSimilarity.skeleton("Biden"));
  }

  @Test
  void editDistanceIsBounded() {
    assertThat(NameSimilarity.editDistance("lavrov", "lavrov", 2)).isZero();
    assertThat(NameSimilarity.editDistance("lavrov", "lavorv", 2)).isEqualTo(1);
    assertThat(NameSimilarity.editDistance("lavrov", "blinken", 2)).isEqualTo(3);
  }

  @Test
  void ambiguousWordsMatchNothing() {
    FuzzyNameIndex<String> idx =
        FuzzyNameIndex.<String>builder().add("Sullivan", "jake").add("Sullivan", "john").build();
    assertThat(idx.lookup("Sulivan")).isEmpty();
  }
}
