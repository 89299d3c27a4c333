package dev.parley.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import dev.parley.testing.ValueTesters;
import org.junit.jupiter.api.Test;

class AgendaValuesTest {
  @Test
  void itemsAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(
            Item.of("a", "No expansion", "NATO"), Item.of("a", "No expansion", "NATO"))
        .addEqualityGroup(Item.of("a", "No expansion"))
        .addEqualityGroup(Item.of("b", "No expansion", "NATO"))
        .testEquals();
  }

  @Test
  void packagesAreEqualByValueAndMemberOrderMatters() {
    new EqualsTester()
        .addEqualityGroup(
            ItemPackage.indivisible("k", "Treaty", "a", "b"),
            ItemPackage.builder()
                .id("k")
                .title("Treaty")
                .linkage(Linkage.INDIVISIBLE)
                .addMembers("a", "b")
                .build())
        .addEqualityGroup(ItemPackage.separable("k", "Treaty", "a", "b"))
        .addEqualityGroup(ItemPackage.indivisible("k", "Treaty", "b", "a"))
        .addEqualityGroup(ItemPackage.indivisible("k", "Treaty"))
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    ValueTesters.checkNulls(Item.class, Item.of("a", "No expansion", "NATO"));
    ValueTesters.checkNulls(ItemPackage.class, ItemPackage.indivisible("k", "Treaty", "a"));
  }

  @Test
  void anItemNeedsAnIdAndText() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Item.of("", "No expansion"))
        .withMessage("item id must not be blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Item.of("a", " "))
        .withMessage("item a: text must not be blank");
  }

  @Test
  void aPackageNeedsAnIdAndListsEachMemberOnceAndNeverItself() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ItemPackage.separable(" ", "Treaty"))
        .withMessage("package id must not be blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ItemPackage.separable("k", "Treaty", "a", "k"))
        .withMessage("package k contains itself");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ItemPackage.separable("k", "Treaty", "a", "b", "a"))
        .withMessage("package k lists member a twice");
  }

  @Test
  void anEmptyPackageIsAllowed() {
    assertThat(ItemPackage.indivisible("k", "Nothing yet").members()).isEmpty();
  }
}
