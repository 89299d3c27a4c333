package dev.parley.testing;

import com.google.common.testing.NullPointerTester;
import dev.parley.agenda.Item;
import dev.parley.agenda.ItemPackage;
import dev.parley.communication.Communication;
import dev.parley.communication.Entry;
import dev.parley.communication.Stance;
import dev.parley.communication.StanceKind;
import dev.parley.communication.Verdict;
import dev.parley.evidence.Evidence;
import dev.parley.evidence.Source;
import dev.parley.party.Actor;
import dev.parley.party.ActorRole;
import dev.parley.party.Party;
import java.time.LocalDate;

/** A {@link NullPointerTester} that knows a valid instance of every parley value type. */
public final class ValueTesters {
  private ValueTesters() {}

  /** A tester with a default for each value type of the model and for dates. */
  public static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(LocalDate.class, Fixtures.day(1))
        .setDefault(Source.class, Fixtures.SOURCE)
        .setDefault(Evidence.class, Fixtures.evidence("quote"))
        .setDefault(Party.class, Fixtures.party("RU"))
        .setDefault(Actor.class, Actor.of("lavrov", "Sergei Lavrov", "RU", ActorRole.MINISTER))
        .setDefault(Item.class, Fixtures.item("a"))
        .setDefault(ItemPackage.class, ItemPackage.separable("k", "Package", "a"))
        .setDefault(Entry.class, Entry.demand("a"))
        .setDefault(Stance.class, Stance.of("a", StanceKind.ACCEPTED))
        .setDefault(Verdict.class, Verdict.of(StanceKind.REJECTED))
        .setDefault(Communication.class, Fixtures.communication("c", 1, "RU", "US").build());
  }

  /**
   * Checks that every public static method of the value interface and of its implementation, and
   * every public instance method of {@code instance}, rejects a null argument.
   */
  public static void checkNulls(Class<?> valueType, Object instance) {
    NullPointerTester tester = nullPointerTester();
    tester.testAllPublicStaticMethods(valueType);
    tester.testAllPublicStaticMethods(instance.getClass());
    tester.testAllPublicInstanceMethods(instance);
  }
}
