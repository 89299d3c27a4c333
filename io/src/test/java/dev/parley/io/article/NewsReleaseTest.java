package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A news release's furniture: its label, its distributor's dateline, its end mark and contacts. */
class NewsReleaseTest {
  private static Article read(String text) {
    return Coverage.readCovered(text);
  }

  private static List<String> sentences(Article a) {
    return a.sentences().stream().map(Sentence::text).toList();
  }

  private static List<String> setAside(Article a, String rule) {
    return a.boilerplate().stream()
        .filter(b -> b.rule().equals(rule))
        .map(Boilerplate::text)
        .toList();
  }

  private static final String RELEASE =
      String.join(
          "\n",
          "PRESS RELEASE",
          "",
          "Harbour pilots reject the port authority's final offer",
          "",
          "HALIFAX, March 3, 2025 /PRNewswire/ -- The Harbour Pilots' Association rejected the"
              + " port authority's final offer on Monday.",
          "",
          "The association said it remained ready to meet the authority at any time.",
          "",
          "-30-",
          "",
          "For further information: Jo Tran, 555-0100",
          "jo.tran@pilots.example",
          "SOURCE Harbour Pilots' Association",
          "");

  @Test
  void theLabelAndTheDistributorsDatelineAreSetAsideAndTheDateIsStated() {
    Article a = read(RELEASE);
    assertThat(setAside(a, "press-release")).contains("PRESS RELEASE");
    assertThat(a.headline()).isEqualTo("Harbour pilots reject the port authority's final offer");
    assertThat(setAside(a, "agency-dateline"))
        .containsExactly("HALIFAX, March 3, 2025 /PRNewswire/ --");
    assertThat(a.published().date()).contains(LocalDate.of(2025, 3, 3));
    assertThat(a.published().provenance()).isEqualTo(DateProvenance.STATED);
    assertThat(sentences(a))
        .containsExactly(
            "The Harbour Pilots' Association rejected the port authority's final offer on Monday.",
            "The association said it remained ready to meet the authority at any time.");
  }

  @Test
  void anIssuersNameUnderTheLabelIsSetAsideAndTheTitleUnderItIsTheHeadline() {
    Article union =
        read(
            String.join(
                "\n",
                "NEWS RELEASE",
                "",
                "United Ferry Workers Local 12",
                "",
                "Ferry workers vote to reject the operator's offer and set a strike deadline",
                "",
                "PORT ELLIS, May 6, 2025 /PRNewswire/ - Members of the union voted to reject the"
                    + " operator's latest offer.",
                "",
                "The union said talks could resume at any time.",
                ""));
    assertThat(union.headline())
        .isEqualTo("Ferry workers vote to reject the operator's offer and set a strike deadline");
    assertThat(setAside(union, "release-issuer")).containsExactly("United Ferry Workers Local 12");
    assertThat(setAside(union, "agency-dateline"))
        .containsExactly("PORT ELLIS, May 6, 2025 /PRNewswire/ -");
    assertThat(sentences(union))
        .containsExactly(
            "Members of the union voted to reject the operator's latest offer.",
            "The union said talks could resume at any time.");

    Article ministry =
        read(
            "MEDIA ADVISORY\nMinistry of Fisheries and Oceans\nMinister to meet harbour"
                + " pilots on the new pilotage fees\n\nThe minister will meet the pilots' board"
                + " in Halifax on Thursday.\n");
    assertThat(setAside(ministry, "press-release")).containsExactly("MEDIA ADVISORY");
    assertThat(setAside(ministry, "release-issuer"))
        .containsExactly("Ministry of Fisheries and Oceans");
    assertThat(ministry.headline())
        .isEqualTo("Minister to meet harbour pilots on the new pilotage fees");
  }

  @Test
  void aTitleUnderTheLabelWithATellingParagraphAfterItStaysTheHeadline() {
    // The line under the label is the title when what follows it is the story, not a title.
    Article a =
        read(
            "FOR IMMEDIATE RELEASE\n\nNorthwind Cargo Signs Pilots' Contract\n\nNorthwind"
                + " Cargo and its pilots signed a four-year contract on Tuesday after eight"
                + " months of talks.\n");
    assertThat(a.headline()).isEqualTo("Northwind Cargo Signs Pilots' Contract");
    assertThat(setAside(a, "release-issuer")).isEmpty();
  }

  @Test
  void aShortLineUnderALabelThatTellsSomethingIsNoIssuer() {
    Article a =
        read(
            "PRESS RELEASE\n\nStrike called off.\n\nDockers and the port agree on wages\n\n"
                + "The dockers' union called off its strike on Friday.\n");
    assertThat(setAside(a, "release-issuer")).isEmpty();
  }

  @Test
  void theShortLinesAfterTheEndMarkAreTheContacts() {
    Article a = read(RELEASE);
    assertThat(setAside(a, "end-mark")).containsExactly("-30-");
    assertThat(setAside(a, "release-contacts"))
        .containsExactly("jo.tran@pilots.example", "SOURCE Harbour Pilots' Association");
    assertThat(setAside(a, "press-release")).contains("For further information: Jo Tran, 555-0100");
  }

  @Test
  void aBracketedDistributorWithTwoHyphensIsADatelineToo() {
    Article a =
        read(
            "Growers and packers agree a two-year contract\n\n"
                + "FRESNO, Calif., June 12, 2024 (GLOBE NEWSWIRE) -- The growers' council and"
                + " the packers' union agreed a two-year contract.\n");
    assertThat(setAside(a, "agency-dateline"))
        .containsExactly("FRESNO, Calif., June 12, 2024 (GLOBE NEWSWIRE) --");
    assertThat(a.published().date()).contains(LocalDate.of(2024, 6, 12));
  }

  @Test
  void longParagraphsAfterAMarkStayBody() {
    String later =
        "The second round opened a week later, and the two delegations spent most of it on the"
            + " schedule of the withdrawal and the order in which prisoners would be released.";
    Article a =
        read(
            "Talks resume in Doha\n\nThe delegations met on Monday in Doha.\n\n###\n\n"
                + later
                + "\n\nBoth sides said they would meet again.\n");
    assertThat(setAside(a, "release-contacts")).isEmpty();
    assertThat(sentences(a)).contains(later, "Both sides said they would meet again.");
  }

  @Test
  void aSentenceThatNamesAReleaseIsBody() {
    Article a =
        read(
            "Ministry answers the union\n\nThe ministry said in a press release that it would"
                + " not reopen the agreement.\n\nPress release\n");
    assertThat(sentences(a))
        .containsExactly(
            "The ministry said in a press release that it would not reopen the agreement.");
  }
}
