package dev.parley.io.lexicon;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValueTypesTest {
  private static PartyEntry party(String id) {
    return PartyEntry.builder().id(id).name("Name " + id).kind(PartyKind.STATE).build();
  }

  @Test
  void equalityFollowsAttributes() {
    new EqualsTester()
        .addEqualityGroup(party("RU"), party("RU"))
        .addEqualityGroup(party("US"))
        .addEqualityGroup(
            ActorEntry.builder().id("a").name("A").party("RU").role(ActorRole.MINISTER).build(),
            ActorEntry.builder().id("a").name("A").party("RU").role(ActorRole.MINISTER).build())
        .addEqualityGroup(
            ItemEntry.builder().id("i").text("T").addPhrase("p").pattern("x+").build())
        .addEqualityGroup(
            PackageEntry.builder()
                .id("p")
                .title("T")
                .linkage(Linkage.SEPARABLE)
                .addMember("i")
                .build())
        .addEqualityGroup(
            DocumentEntry.builder()
                .id("d")
                .title("T")
                .kind(DocumentKind.REPLY)
                .date(LocalDate.of(2022, 1, 26))
                .author("US")
                .build())
        .addEqualityGroup(ActEntry.builder().id("demand").cameo("10").addPhrase("ask").build())
        .addEqualityGroup(
            CueEntry.builder().kind(MatchKind.NEGATION).id("negation").addPhrase("not").build())
        .addEqualityGroup(
            LexiconMatch.builder()
                .kind(MatchKind.PARTY)
                .entryId("RU")
                .start(0)
                .end(6)
                .firstToken(0)
                .lastToken(0)
                .fuzzy(false)
                .matchedText("Russia")
                .build())
        .testEquals();
  }

  @Test
  void invariantsNameTheOffendingId() {
    assertThatThrownBy(() -> party("bad id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'bad id'");
    assertThatThrownBy(() -> ItemEntry.builder().id("i").text("T").pattern("(").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'i'");
    assertThatThrownBy(
            () ->
                CaseLexicon.builder()
                    .name("c")
                    .addParty(party("RU"))
                    .addActor(
                        ActorEntry.builder()
                            .id("a")
                            .name("A")
                            .party("US")
                            .role(ActorRole.OFFICIAL)
                            .build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor 'a' has unknown party 'US'");
    assertThatThrownBy(
            () -> CueEntry.builder().kind(MatchKind.ROLE).id("minster").addPhrase("x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minster");
  }

  @Test
  void rejectsNulls() {
    NullPointerTester t = new NullPointerTester();
    t.testAllPublicStaticMethods(CompiledLexicon.class);
    t.testAllPublicInstanceMethods(
        CompiledLexicon.of(
            GenericLexicon.bundled(), CaseLexicon.bundled("security-guarantees-2021")));
    t.testAllPublicInstanceMethods(party("RU"));
    t.testAllPublicInstanceMethods(PartyEntry.builder());
    t.testAllPublicInstanceMethods(ActorEntry.builder());
    t.testAllPublicInstanceMethods(CaseLexicon.builder());
    t.testAllPublicInstanceMethods(GenericLexicon.builder());
  }
}
