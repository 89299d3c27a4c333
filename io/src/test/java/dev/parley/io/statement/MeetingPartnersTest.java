package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A meeting or a call held with another side is a discussion of both, each addressed to the other:
 * the one met or called, named or told by "him" or "her", talks as much as the subject does.
 */
class MeetingPartnersTest {
  private static final InventedCase TRUCE = InventedCases.TRUCE_SPEAKERS;

  /**
   * Speaker actor (else party), act and addressees of each statement of the paragraphs, read with
   * the truce's speakers.
   */
  static List<String> read(String... paragraphs) {
    return StatementExtractor.of(TRUCE.lexicon())
        .extract(TestArticles.of(TRUCE.published(), paragraphs))
        .statements()
        .stream()
        .map(
            s ->
                s.speakerActor().or(s::speakerParty).orElse("?")
                    + " "
                    + s.act().id()
                    + " "
                    + s.addressees())
        .collect(Collectors.toList());
  }

  @Test
  void theOneMetTalksAsTheSubjectDoes() {
    assertThat(read("Varga met Brenn at a farmhouse near the border on Sunday."))
        .containsExactly("varga discuss [CLF]", "brenn discuss [VL]");
    assertThat(read("The Velmari minister met with the insurgents for three hours."))
        .containsExactly("varga discuss [CLF]", "CLF discuss [VL]");
  }

  @Test
  void theOneCalledTalksAsTheCallerDoes() {
    assertThat(read("Quill spoke by phone with Varga late on Friday."))
        .containsExactly("quill discuss [VL]", "varga discuss [TS]");
    assertThat(read("Brenn spoke to the Velmari government by telephone."))
        .containsExactly("brenn discuss [VL]", "VL discuss [CLF]");
    assertThat(read("Quill held a video call with the insurgents on the truce."))
        .extracting(s -> s.substring(0, s.indexOf(' ')))
        .containsExactly("quill", "CLF");
  }

  @Test
  void himOrHerIsThePersonOfAnotherSideLastNamedInTheParagraph() {
    assertThat(
            read(
                "Varga flew back to the capital on Monday. Quill stayed on the coast, and Brenn"
                    + " held talks with him in the evening."))
        .as("him: Quill, the last person named who is not of the insurgents")
        .containsExactlyInAnyOrder("brenn discuss [TS]", "quill discuss [CLF]");
    assertThat(read("Varga waited in the capital.", "Brenn spoke by phone with her on Tuesday."))
        .as("a person of an earlier paragraph is not meant")
        .containsExactly("brenn discuss []");
  }

  @Test
  void talksOnlyNamedPlannedOrRefusedAreNoMeetingOfTheOther() {
    assertThat(read("Varga said the offer would spark talks with the insurgents."))
        .as("talks named, not held")
        .noneMatch(s -> s.startsWith("CLF") || s.startsWith("brenn"));
    assertThat(read("Varga said she would meet Brenn if the shelling stopped."))
        .as("a meeting that may come")
        .noneMatch(s -> s.startsWith("brenn"));
    assertThat(read("Varga agreed to meet Brenn next week."))
        .as("a meeting aimed at")
        .noneMatch(s -> s.startsWith("brenn"));
    assertThat(read("Varga wants to resume talks with the insurgents."))
        .noneMatch(s -> s.startsWith("CLF"));
    assertThat(read("Varga refused to meet Brenn.")).noneMatch(s -> s.startsWith("brenn"));
    assertThat(read("Varga spoke to people in the insurgents' villages."))
        .as("a place of theirs, not them")
        .noneMatch(s -> s.startsWith("CLF") || s.startsWith("brenn"));
  }

  @Test
  void aNameThatOwnsWhatIsMetIsNotMet() {
    assertThat(read("Varga met Tarsia's envoy to the coast on Sunday."))
        .noneMatch(s -> s.startsWith("TS") || s.startsWith("quill"));
  }
}
