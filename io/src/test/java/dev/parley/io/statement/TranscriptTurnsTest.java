package dev.parley.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.article.ArticleReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The turns of a press-conference or interview transcript: the label names who speaks, "I" and "we"
 * are the labelled speaker, a question or a moderator's line makes no statement of its own, and a
 * paragraph that only looks like a turn ("Note:", a dateline) is read as before.
 */
class TranscriptTurnsTest {
  private static final InventedCase CASE = InventedCases.TRUCE_SPEAKERS;

  private static List<Statement> read(String... paragraphs) {
    return StatementExtractor.of(CASE.lexicon())
        .extract(TestArticles.of(CASE.published(), paragraphs))
        .statements();
  }

  private static List<String> acts(String... paragraphs) {
    return read(paragraphs).stream()
        .map(s -> s.speakerParty().orElse("?") + " " + s.act().id())
        .toList();
  }

  @Test
  void theFirstPersonInATurnIsTheLabelledSpeaker() {
    List<Statement> found =
        read(
            "MODERATOR: The minister will make a short statement and take questions.",
            "FOREIGN MINISTER ILONA VARGA: We reject the truce in its present form.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).speakerParty()).contains("VL");
    assertThat(found.get(0).speakerActor()).contains("varga");
    assertThat(found.get(0).act()).isEqualTo(Act.REJECT);
    // The label is no part of the evidence.
    assertThat(found.get(0).quote()).isEqualTo("We reject the truce in its present form.");
  }

  @Test
  void aContractedFirstPersonInATurnIsTheLabelledSpeakerNotTheOneLastNamed() {
    assertThat(
            acts(
                "Q: What does Velmar want?",
                "BRENN: Velmar wants to keep its troops on the coast. We've said no to that.",
                "Q: And the truce?",
                "BRENN: We\u2019re ready to sign the truce."))
        .containsExactly("VL demand", "CLF reject", "CLF accept");
  }

  @Test
  void aTitledLabelWithTheSurnameAloneNamesTheSpeaker() {
    assertThat(
            acts(
                "Q: Minister, what comes next?",
                "Minister Varga: I am ready to discuss the truce with the insurgents.",
                "Q: And the insurgents?",
                "Minister Varga: We will keep talking."))
        .containsExactly("VL discuss", "VL discuss");
  }

  @Test
  void aTurnGoesOnOverParagraphsWithNoLabelUntilTheNext() {
    assertThat(
            acts(
                "MODERATOR: First question, please.",
                "QUESTION (Coast Daily): Tomas Brenn said on Sunday that the insurgents rejected"
                    + " the truce. What is your answer?",
                "ILONA VARGA: We accept the truce.",
                "I also propose a ceasefire.",
                "MODERATOR: Next question."))
        .containsExactly("CLF reject", "VL accept", "VL propose");
  }

  @Test
  void aQuestionMakesNoStatementOfItsOwn() {
    assertThat(
            acts(
                "MODERATOR: Questions, please.",
                "QUESTION (Coast Daily): Minister Varga, when do you expect the insurgents to"
                    + " sign the truce?",
                "Q: Will Velmar accept the truce?",
                "Q (Coast Daily): We demand a truce. Is that fair?"))
        .isEmpty();
  }

  @Test
  void whatAQuestionReportsANamedPartyDidIsThatPartysAct() {
    assertThat(
            acts(
                "MODERATOR: Questions, please.",
                "QUESTION (Coast Daily): Brenn said on Sunday that the insurgents rejected the"
                    + " truce. Is that the end of it?"))
        .containsExactly("CLF reject");
  }

  @Test
  void aModeratorWhomTheLexiconKnowsMakesNoStatement() {
    assertThat(
            acts(
                "MODERATOR (ASTER QUILL, TARSIAN ENVOY): We welcome the truce and we will take"
                    + " two questions.",
                "Q: Minister, what next?",
                "ILONA VARGA: We reject the truce."))
        .containsExactly("VL reject");
  }

  @Test
  void theLabelIsNotReadAsTheSubject() {
    // Read as text, "Tarsian" in the outlet would be the sentence's subject.
    assertThat(
            acts(
                "MODERATOR: Questions, please.",
                "Q (Tarsian Radio): The insurgents agreed to the truce on Monday. Why now?"))
        .containsExactly("CLF accept");
  }

  @Test
  void aPartyInBracketsIsTheSpeakerAndAnOutletAJournalist() {
    assertThat(
            acts(
                "CHAIR: The floor is open.",
                "Ms Roe (Velmar): We reject the truce.",
                "Mr Doe (Velmari Radio): We reject the truce.",
                "Ms Roe (Velmar): We accept the truce."))
        .containsExactly("VL reject", "VL accept");
  }

  @Test
  void anUnknownSpeakerMakesNoStatementForTheLastOneNamed() {
    assertThat(
            acts(
                "MODERATOR: Questions, please.",
                "QUESTION: Varga said on Monday that Velmar accepted the truce. Is that right?",
                "JOHN DOE: We reject the truce."))
        .containsExactly("VL accept");
  }

  @Test
  void labelsWithTitlesAreFoundAsTheArticleReaderSplitsThem() {
    String text =
        String.join(
            "\n\n",
            "Press briefing on the truce",
            "MR. DOE: Good afternoon. Minister Varga will take your questions.",
            "QUESTION: Minister, will you sign the truce?",
            "MS. VARGA: We reject the truce as it stands.",
            "MR. DOE: Thank you.");
    List<Statement> found =
        StatementExtractor.of(CASE.lexicon())
            .extract(
                ArticleReader.defaults()
                    .read("briefing.txt", text.getBytes(StandardCharsets.UTF_8)))
            .statements();
    assertThat(found)
        .extracting(s -> s.speakerParty().orElse("?") + " " + s.act().id())
        .containsExactly("VL reject");
  }

  @Test
  void oneLabelIsNoTranscript() {
    // Taken for a turn, "GENEVA:" would be a speaker the record cannot name, and "It" its.
    assertThat(
            acts("GENEVA: Velmar rejected the truce on Monday.", "It also rejected the ceasefire."))
        .containsExactly("VL reject", "VL reject");
  }

  @Test
  void notesUpdatesAndHeadingsAreNoTurns() {
    // "Note:" and "Update:" name no one, even twice.
    assertThat(
            acts(
                "Update: Velmar rejected the truce on Monday.",
                "Update: It also rejected the ceasefire."))
        .containsExactly("VL reject", "VL reject");
    // Two headings, but neither asks and none repeats: a list, not a transcript.
    assertThat(
            acts(
                "Outlook: Velmar rejected the truce on Monday.",
                "Next Steps: It also rejected the ceasefire."))
        .containsExactly("VL reject", "VL reject");
  }

  @Test
  void aColonInsideABodySentenceOrAQuoteIsNoLabel() {
    assertThat(TurnLabels.at("Velmar set out its terms: a truce.", 0, 34)).isNull();
    assertThat(TurnLabels.at("Varga said: \"We reject the truce.\"", 0, 34)).isNull();
    assertThat(TurnLabels.at("At 10:30 the talks resumed.", 0, 27)).isNull();
    assertThat(TurnLabels.at("Note: the talks resumed.", 0, 24)).isNull();
    assertThat(TurnLabels.at("Q (Reuters): When?", 0, 18))
        .extracting(TurnLabels.Label::bodyStart)
        .isEqualTo(13);
    assertThat(TurnLabels.at("SECRETARY BLINKEN: Thank you.", 0, 29)).isNotNull();
    assertThat(TurnLabels.at("Ms. Psaki: Thank you.", 0, 21)).isNotNull();
    assertThat(TurnLabels.at("MR.\u00a0PRICE: Thank you.", 0, 21)).isNotNull();
    // A bracket left open before the colon is no outlet.
    assertThat(TurnLabels.at("Q (Reuters: When?", 0, 17)).isNull();
    assertThat(TurnLabels.at("Minister of Foreign Affairs: Thank you.", 0, 39)).isNotNull();
  }

  @Test
  void aNumeralIIsNoSpeaker() {
    List<Statement> found =
        read(
            "Q: What next?",
            "ILONA VARGA: We reject the truce.",
            "Q: And then?",
            "ILONA VARGA: The insurgents rejected Phase I of the truce.");
    assertThat(found).extracting(Statement::speakerParty).contains(Optional.of("CLF"));
  }

  @Test
  void anInterviewsQuestionAndAnswerWithoutAColonAreTurns() {
    List<Statement> found =
        read(
            "Q. Minister, did the insurgents reject the truce?",
            "A. We accept the truce, whatever they say.",
            "Q. And Tarsia?",
            "A. Aster Quill told me Tarsia backs the truce.");
    // The question is no statement; the answer's label is no part of its evidence.
    assertThat(found)
        .extracting(Statement::quote)
        .doesNotContain("Minister, did the insurgents reject the truce?");
    assertThat(found)
        .extracting(Statement::quote)
        .allSatisfy(q -> assertThat(q).doesNotStartWith("A."));
  }

  private static List<String> actsOfText(String... paragraphs) {
    String text = String.join("\n\n", paragraphs);
    return StatementExtractor.of(CASE.lexicon())
        .extract(
            ArticleReader.defaults().read("interview.txt", text.getBytes(StandardCharsets.UTF_8)))
        .statements()
        .stream()
        .map(s -> s.speakerActor().orElse("?") + " " + s.act().id())
        .toList();
  }

  @Test
  void unnamedAnswersAreThoseOfTheOnePersonTheHeadlineNamesAsInterviewed() {
    assertThat(
            actsOfText(
                "Interview of Foreign Minister Ilona Varga with Radio Coast",
                "Q. Will Velmar sign the truce this week?",
                "A. We accept the truce as it stands.",
                "QUESTION: And the insurgents?",
                "ANSWER: I propose a ceasefire to them."))
        .containsExactly("varga accept", "varga propose");
  }

  @Test
  void unnamedAnswersAreThoseOfTheOnePersonTheLeadOrTheFirstQuestionNames() {
    assertThat(
            acts(
                "Minister Ilona Varga took questions from reporters in Port Ellis after the"
                    + " answers of the insurgents arrived.",
                "Q: Will Velmar sign?",
                "A: We accept the truce."))
        .contains("VL accept");
    assertThat(
            acts(
                "Q. Minister Varga, what is your answer to the insurgents?",
                "A. We accept the truce.",
                "Q. And Tarsia?",
                "A. I propose a ceasefire."))
        .containsExactly("VL accept", "VL propose");
  }

  @Test
  void answersStayUnnamedWhenTheTranscriptNamesTwoWhoMayAnswer() {
    assertThat(
            actsOfText(
                "Press conference of Ilona Varga and Aster Quill in Port Ellis",
                "Q. Will the truce hold?",
                "A. We accept the truce.",
                "Q. And the ceasefire?",
                "A. I propose a ceasefire."))
        .doesNotContain("varga accept", "quill accept", "varga propose", "quill propose");
  }

  @Test
  void anInitialOpeningAParagraphIsNoAnswer() {
    assertThat(
            acts(
                "A. Brenn, the insurgents' envoy, said the insurgents rejected the truce.",
                "Q. Quill said Tarsia would accept the truce."))
        .contains("CLF reject");
  }

  @Test
  void aBoldLabelInMarkdownNamesTheSpeaker() {
    List<Statement> found =
        read(
            "**Moderator:** The minister will take questions.",
            "**Ilona Varga:** We reject the truce in its present form.",
            "**Ilona Varga**: We will keep talking to Tarsia.");
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).speakerActor()).contains("varga");
    assertThat(found.get(0).quote()).isEqualTo("We reject the truce in its present form.");
  }

  @Test
  void aLabelAloneInItsParagraphOpensTheTurnOfTheParagraphsAfterIt() {
    assertThat(
            acts(
                "QUESTION:", "Will Velmar sign the truce?", "ILONA VARGA:", "We accept the truce."))
        .containsExactly("VL accept");
  }
}
