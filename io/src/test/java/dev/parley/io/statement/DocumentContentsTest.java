package dev.parley.io.statement;

import static dev.parley.io.statement.TestArticles.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A sentence that lists what a document or proposal contains states its author's position: a demand
 * of what the other side would do, a proposal of what the author alone would.
 */
class DocumentContentsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 5, 4);

  private static ArticleStatements read(String... paragraphs) {
    FakeKnowledge k = FakeKnowledge.standard();
    k.item("arms-control", "arms control");
    k.item("ceasefire", "ceasefire");
    k.acting("nato-no-expansion", "NATO");
    k.acting("arms-control", "US");
    k.document("ru-draft", "RU", "draft treaty");
    return TestArticles.read(k, PUBLISHED, paragraphs);
  }

  @Test
  void anOwnedDocumentListsItsAuthorsDemand() {
    Statement s = only(read("The Russian proposals include the non-expansion of NATO."));
    assertThat(s.speakerParty()).contains("RU");
    assertThat(s.act()).isEqualTo(Act.DEMAND);
    assertThat(s.items()).containsExactly("nato-no-expansion");
    assertThat(s.rule()).isEqualTo("document-author+content");

    Statement possessive = only(read("Moscow's plan envisages the non-expansion of NATO."));
    assertThat(possessive.speakerParty()).contains("RU");
    assertThat(possessive.act()).isEqualTo(Act.DEMAND);
  }

  @Test
  void theCaseLexiconNamesTheAuthorOfANamedDocument() {
    Statement s = only(read("Kyiv was not consulted. The draft treaty provides for arms control."));
    assertThat(s.speakerParty()).contains("RU");
    assertThat(s.items()).containsExactly("arms-control");
  }

  @Test
  void whatOnlyTheAuthorWouldDoIsAProposal() {
    Statement s = only(read("The American offer includes arms control."));
    assertThat(s.speakerParty()).contains("US");
    assertThat(s.act()).isEqualTo(Act.PROPOSE);
  }

  @Test
  void aDocumentOfNoNamedAuthorIsTheLastSpeakers() {
    Statement s =
        only(
            read(
                "Lavrov spoke to reporters on Monday. A separate proposal concerns the"
                    + " non-expansion of NATO."));
    assertThat(s.speakerActor()).contains("lavrov");
    assertThat(s.act()).isEqualTo(Act.DEMAND);
  }

  @Test
  void thePartsOfADocumentListedByItsSpeaker() {
    Statement s =
        only(
            read(
                "Among the main points of the proposals, the Foreign Ministry names the refusal to"
                    + " allow the expansion of NATO."));
    assertThat(s.speakerActor()).contains("mfa");
    assertThat(s.act()).isEqualTo(Act.DEMAND);
    assertThat(s.items()).containsExactly("nato-no-expansion");
  }

  @Test
  void contentThatNamesNoItemIsNoStatement() {
    assertThat(read("The Russian proposals include many pages.").statements()).isEmpty();
  }

  @Test
  void aDocumentInARelativeClauseOrAsObjectIsNoContentFrame() {
    Statement s = only(read("Blinken rejected the Russian proposals, which include a ceasefire."));
    assertThat(s.speakerActor()).contains("blinken");
    assertThat(s.act()).isEqualTo(Act.REJECT);

    assertThat(read("Washington is concerned about the expansion of NATO.").statements()).isEmpty();
  }

  @Test
  void aNegatedContentIsNoDemand() {
    assertThat(read("The Russian proposals do not include a ceasefire.").statements()).isEmpty();
  }

  @Test
  void theOfferIsTheOneLastMadeAsAnOffer() {
    ArticleStatements result =
        read(
            "Washington offered a proposal on arms control to Moscow.",
            "Lavrov spoke to reporters on Monday. Besides arms control, the offer includes the"
                + " non-expansion of NATO.");
    Statement s = result.statements().get(result.statements().size() - 1);
    assertThat(s.speakerParty()).contains("US");
    assertThat(s.rule()).startsWith("last-proposer");
  }

  @Test
  void theOfferWithNoOfferMadeBeforeIsNoStatement() {
    assertThat(
            read("Lavrov spoke to reporters on Monday. Besides arms control, the offer includes"
                    + " the non-expansion of NATO.")
                .statements())
        .isEmpty();
    // A rejection told before is no offer "the offer" can mean.
    assertThat(
            read(
                    "Lavrov rejected the talks with Washington.",
                    "The proposal envisages the non-expansion of NATO.")
                .statements())
        .hasSize(1);
  }
}
