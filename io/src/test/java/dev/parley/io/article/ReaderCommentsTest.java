package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A block of readers' comments under an article is set aside as {@code comments}, and no body
 * paragraph that only mentions a reply or a comment, nor a live page's entries, is taken for one.
 */
class ReaderCommentsTest {
  private static Article read(String text) {
    return Coverage.readCovered(text);
  }

  private static List<String> sentences(Article a) {
    return a.sentences().stream().map(Sentence::text).toList();
  }

  private static List<String> commentLines(Article a) {
    return a.boilerplate().stream()
        .filter(b -> b.rule().equals("comments"))
        .map(Boilerplate::text)
        .toList();
  }

  private static final String STORY =
      "Dockers end walkout at Ostport\n\n"
          + "The dockers' union accepted the operator's offer on Tuesday.\n\n"
          + "The operator did not reply to a request for comment on the pension fund.\n\n";

  @Test
  void commentsUnderAHeadingWithNamesStampsAndControlsAreSetAside() {
    Article a =
        read(
            STORY
                + "12 comments\n\n"
                + "Log in to comment\n\n"
                + "harbour_rat\n2h ago\nThe union should have rejected the offer.\nReply · Like"
                + " (23)\n\n"
                + "Mira K.\n3 hours ago\nThe operator will never pay the pensions.\nReply ·"
                + " Report\n\n"
                + "Load more comments\n");
    assertThat(sentences(a))
        .containsExactly(
            "The dockers' union accepted the operator's offer on Tuesday.",
            "The operator did not reply to a request for comment on the pension fund.");
    assertThat(commentLines(a))
        .contains(
            "12 comments",
            "harbour_rat",
            "2h ago",
            "The union should have rejected the offer.",
            "Reply · Like (23)",
            "Mira K.");
  }

  @Test
  void aCommentDatedByDayAndTimeAndOneWithNoControlsAtTheEndAreComments() {
    Article a =
        read(
            STORY
                + "Comments\n\n"
                + "Tom Vale\nOct 4, 2024 at 9:12 am\nThe offer is a trap.\nReply\n\n"
                + "Ana Ruiz\nOct 4, 2024 at 10:01 am\nThe union won the pension fight.\n");
    assertThat(sentences(a))
        .containsExactly(
            "The dockers' union accepted the operator's offer on Tuesday.",
            "The operator did not reply to a request for comment on the pension fund.");
    assertThat(commentLines(a)).contains("The union won the pension fight.", "Ana Ruiz");
  }

  @Test
  void twoBarsOfControlsMakeABlockWithoutAHeading() {
    Article a =
        read(
            STORY
                + "Jo P · 5 minutes ago\nThe deal is a sell-out.\nReply | 4 likes\n\n"
                + "Sam · an hour ago\nIt is a fair deal.\nReply | 1 like\n");
    assertThat(sentences(a)).hasSize(2);
  }

  @Test
  void aLivePagesEntriesUnderNamesAndStampsAreNoComments() {
    Article a =
        read(
            "Live: port strike talks\n\n"
                + "Jane Roe\n2h ago\nThe union rejected the offer.\n\n"
                + "Jane Roe\n3h ago\nTalks resumed at noon.\n");
    assertThat(commentLines(a)).isEmpty();
    assertThat(sentences(a)).contains("The union rejected the offer.", "Talks resumed at noon.");
  }

  @Test
  void bodyLinesThatMentionRepliesOrCommentsStayBody() {
    Article a =
        read(
            "Ministers trade letters\n\n"
                + "Reply to the union\n\n"
                + "The minister sent her reply on Monday and declined to comment further.\n\n"
                + "Like the union, the employers want a mediator.\n\n"
                + "A spokesman said the report was a draft.\n");
    assertThat(commentLines(a)).isEmpty();
    assertThat(sentences(a))
        .contains(
            "The minister sent her reply on Monday and declined to comment further.",
            "Like the union, the employers want a mediator.",
            "A spokesman said the report was a draft.");
  }

  @Test
  void barsOfControlsFarApartLeaveTheArticleBetweenThemAsBody() {
    StringBuilder text = new StringBuilder("Quota talks resume\n\nReply\n\n");
    for (int i = 0; i < 10; i++) {
      text.append("The fishing ministers met for round ").append(i + 1).append(".\n\n");
    }
    text.append("Reply\n");
    Article a = read(text.toString());
    assertThat(commentLines(a)).isEmpty();
    assertThat(sentences(a))
        .contains(
            "The fishing ministers met for round 1.", "The fishing ministers met for round 10.");
  }
}
