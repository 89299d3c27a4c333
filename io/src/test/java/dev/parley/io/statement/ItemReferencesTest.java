package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A definite noun phrase that repeats an earlier item's head noun names that item. */
class ItemReferencesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 14);

  private static FakeKnowledge knowledge() {
    FakeKnowledge k = FakeKnowledge.standard();
    k.party("NV", "Norvania", "Norvanian");
    k.party("OS", "Ostland", "Ostlandic");
    k.item("water-fund", "river restoration fund");
    k.item("dam-height", "height of the dam", "dam height");
    k.item("border-fence", "border fence");
    k.item("grazing-fence", "grazing fence");
    k.document("river-accord", "NV", "river accord");
    k.item("accord-review", "review of the accord");
    return k;
  }

  private static List<Statement> read(String... paragraphs) {
    return StatementExtractor.of(knowledge())
        .extract(TestArticles.of(PUBLISHED, paragraphs))
        .statements();
  }

  private static List<String> itemsOf(List<Statement> statements, Act act) {
    return statements.stream().filter(s -> s.act() == act).findFirst().orElseThrow().items();
  }

  @Test
  void theHeadNounOfAnItemNamedBeforeIsThatItem() {
    List<Statement> found =
        read(
            "Norvania wants a river restoration fund paid for by both sides.",
            "Ostland rejected the fund on Monday.");
    assertThat(itemsOf(found, Act.REJECT)).containsExactly("water-fund");
  }

  @Test
  void aPluralOrSingularHeadAnswersForTheOther() {
    List<Statement> found =
        read(
            "Ostland has built a border fence along the river.",
            "Norvania demanded that Ostland take down these fences.");
    assertThat(itemsOf(found, Act.DEMAND)).containsExactly("border-fence");
  }

  @Test
  void aHeadTwoItemsShareNamesNeither() {
    List<Statement> found =
        read(
            "Ostland has built a border fence and a grazing fence.",
            "Norvania rejected the fence.");
    assertThat(itemsOf(found, Act.REJECT)).isEmpty();
  }

  @Test
  void aHeadADocumentSharesIsLeftAlone() {
    List<Statement> found =
        read(
            "Norvania tabled the river accord, which calls for a review of the accord each year.",
            "Ostland rejected the accord.");
    assertThat(itemsOf(found, Act.REJECT)).isEmpty();
  }

  @Test
  void aHeadThatGoesOnIntoALongerNounIsNoReference() {
    List<Statement> found =
        read(
            "Norvania wants a river restoration fund.",
            "Ostland rejected the fund manager Norvania named.",
            "Ostland rejected the fund's board.");
    assertThat(found.stream().filter(s -> s.act() == Act.REJECT))
        .allSatisfy(s -> assertThat(s.items()).isEmpty());
  }

  @Test
  void aHeadWithoutADefiniteWordIsNoReference() {
    List<Statement> found =
        read("Norvania wants a river restoration fund.", "Ostland rejected a fund of any kind.");
    assertThat(itemsOf(found, Act.REJECT)).isEmpty();
  }

  @Test
  void nothingPointsBackBeforeTheItemIsNamed() {
    List<Statement> found =
        read("Ostland rejected the fund.", "Norvania wants a river restoration fund.");
    assertThat(itemsOf(found, Act.REJECT)).isEmpty();
  }
}
