package dev.parley.io.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.io.InputParseException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * A case lexicon's {@code includes}, on invented trade talks between Kestria and Lorvania: read,
 * followed through the items it names, and refused where it names no item, its own item, or goes
 * round in a cycle.
 */
class ItemIncludesTest {
  /** Seven lines of parties, so that the first item's header stands on line 8. */
  private static final String PARTIES =
      "[party KE]\nname = Kestria\nkind = state\n[party LO]\nname = Lorvania\nkind = state\n"
          + "# items follow\n";

  private static final String ITEMS =
      PARTIES
          + "[item trade-deal]\ntext = The sides sign a trade agreement\n"
          + "includes = tariff-talks | quota-review\n"
          + "[item tariff-talks]\ntext = The sides negotiate tariffs, including those on steel\n"
          + "includes = steel-tariff\n"
          + "[item steel-tariff]\ntext = Lorvania lifts its tariff on steel\nacting = LO\n"
          + "[item quota-review]\ntext = Kestria reviews its dairy quota\nacting = KE\n";

  private static CaseLexicon read(String text) {
    return CaseLexicon.read("trade.lexicon", new StringReader(text));
  }

  @Test
  void readsWhatAnItemIncludesAndFollowsItThroughTheItemsItNames() {
    CaseLexicon lexicon = read(ITEMS);

    assertThat(lexicon.item("tariff-talks").orElseThrow().includes())
        .containsExactly("steel-tariff");
    assertThat(lexicon.included("trade-deal"))
        .as("nearest first, then what those include")
        .containsExactly("tariff-talks", "quota-review", "steel-tariff");
    assertThat(lexicon.included("steel-tariff")).isEmpty();
    assertThat(lexicon.included("no-such-item")).isEmpty();
  }

  @Test
  void anIncludedIdMustNameAnItemOfTheFile() {
    assertThatThrownBy(() -> read(PARTIES + "[item talks]\ntext = Talks\nincludes = tarif\n"))
        .isInstanceOf(InputParseException.class)
        .hasMessage(
            "trade.lexicon:10:12: unknown item 'tarif' in [item talks]; expected the id of an item"
                + " defined in this file");
    assertThatThrownBy(
            () ->
                read(
                    PARTIES
                        + "[item talks]\ntext = Talks\nincludes = all\n"
                        + "[package all]\ntitle = All\nlinkage = separable\nmembers = talks\n"))
        .as("a package is no item")
        .hasMessageStartingWith("trade.lexicon:10:12: unknown item 'all' in [item talks]");
  }

  @Test
  void anItemMayNotIncludeItself() {
    assertThatThrownBy(() -> read(PARTIES + "[item talks]\ntext = Talks\nincludes = talks\n"))
        .isInstanceOf(InputParseException.class)
        .hasMessage("trade.lexicon:10:12: item 'talks' includes itself; expected no cycle");
  }

  @Test
  void anItemMayNotIncludeItselfThroughOthers() {
    assertThatThrownBy(
            () ->
                read(
                    PARTIES
                        + "[item talks]\ntext = Talks\nincludes = tariffs\n"
                        + "[item tariffs]\ntext = Tariffs\nincludes = steel\n"
                        + "[item steel]\ntext = Steel\nincludes = talks\n"))
        .isInstanceOf(InputParseException.class)
        .hasMessage(
            "trade.lexicon:16:12: item 'steel' includes 'talks', which includes it; expected no"
                + " cycle");
  }

  @Test
  void anItemMayNotBothIncludeAndOpposeAnother() {
    assertThatThrownBy(
            () ->
                read(
                    PARTIES
                        + "[item talks]\ntext = Talks\nincludes = tariffs\nopposes = tariffs\n"
                        + "[item tariffs]\ntext = Tariffs\n"))
        .isInstanceOf(InputParseException.class)
        .hasMessage(
            "trade.lexicon:10:12: item 'talks' both includes and opposes 'tariffs'; expected one"
                + " or the other");
  }

  @Test
  void aLexiconBuiltInCodeIsCheckedTheSameWay() {
    ItemEntry steel = ItemEntry.builder().id("steel").text("Steel").build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ItemEntry.builder().from(steel).addIncludes("steel").build())
        .withMessage("item 'steel' cannot include itself");
    ItemEntry talks = ItemEntry.builder().id("talks").text("Talks").addIncludes("steel").build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CaseLexicon.builder().name("trade").addItems(talks).build())
        .withMessage("item 'talks' includes unknown item 'steel'");
    ItemEntry looping = ItemEntry.builder().from(steel).addIncludes("talks").build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CaseLexicon.builder().name("trade").addItems(talks, looping).build())
        .withMessage("item 'talks' includes itself, directly or through other items");
  }
}
