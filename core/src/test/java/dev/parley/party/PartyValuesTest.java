package dev.parley.party;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import dev.parley.testing.ValueTesters;
import org.junit.jupiter.api.Test;

class PartyValuesTest {
  private static final Actor LAVROV = Actor.of("lavrov", "Sergei Lavrov", "RU", ActorRole.MINISTER);

  @Test
  void partiesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(
            Party.of("RU", "Russia", PartyKind.STATE), Party.of("RU", "Russia", PartyKind.STATE))
        .addEqualityGroup(Party.of("RU", "Russia", PartyKind.UNION))
        .addEqualityGroup(Party.of("NATO", "NATO", PartyKind.ALLIANCE))
        .testEquals();
  }

  @Test
  void actorsAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(LAVROV, Actor.builder().from(LAVROV).build())
        .addEqualityGroup(Actor.builder().from(LAVROV).title("Foreign Minister").build())
        .addEqualityGroup(Actor.of("lavrov", "Sergei Lavrov", "RU", ActorRole.SPOKESPERSON))
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    ValueTesters.checkNulls(Party.class, Party.of("RU", "Russia", PartyKind.STATE));
    ValueTesters.checkNulls(Actor.class, LAVROV);
  }

  @Test
  void aPartyNeedsAnIdAndAName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Party.of(" ", "Russia", PartyKind.STATE))
        .withMessage("party id must not be blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Party.of("RU", "", PartyKind.STATE))
        .withMessage("party RU: name must not be blank");
  }

  @Test
  void anActorNeedsAnIdANameAndAParty() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Actor.of("", "Sergei Lavrov", "RU", ActorRole.MINISTER))
        .withMessage("actor id must not be blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Actor.of("lavrov", " ", "RU", ActorRole.MINISTER))
        .withMessage("actor lavrov: name must not be blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Actor.of("lavrov", "Sergei Lavrov", "", ActorRole.MINISTER))
        .withMessage("actor lavrov: party must not be blank");
  }
}
