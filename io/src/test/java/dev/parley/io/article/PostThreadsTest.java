package dev.parley.io.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A thread of posts copied from a social network: each post's number, its stamp and its counts, the
 * label over a reply and the thread's controls are set aside under their kinds, every post's words
 * stay body, and the first post's stamp dates the page.
 */
class PostThreadsTest {
  private static Article read(String text) {
    return Coverage.readCovered(text);
  }

  private static final String THREAD =
      "Ferry strike: live thread\n\n"
          + "Ana Moreno\n"
          + "@ana_on_the_quay\n\n"
          + "The crews' union is meeting the operator at the harbour office. 1/\n"
          + "9:05 AM - 3 Mar 24\n"
          + "41 Reposts 12 Likes\n\n"
          + "The operator has offered a four percent rise over two years. 2/\n"
          + "10:12 AM - 3 Mar 24\n"
          + "1,204 Reposts 3.4K Likes\n\n"
          + "Show this thread\n\n"
          + "The union rejected the offer and called a strike for Friday. 3/3\n"
          + "11:47 AM - 3 Mar 24\n"
          + "98 Retweets · 30 Favorites\n\n"
          + "Replying to @ana_on_the_quay\n"
          + "what about the night sailings?\n"
          + "12:02 PM - 3 Mar 24\n";

  @Test
  void aPostsNumberStampAndCountsAreSetAsideAndItsWordsKept() {
    Article a = read(THREAD);
    assertThat(Coverage.sentenceTexts(a))
        .contains(
            "The crews' union is meeting the operator at the harbour office.",
            "The operator has offered a four percent rise over two years.",
            "The union rejected the offer and called a strike for Friday.",
            "what about the night sailings?");
    assertThat(Coverage.rules(a))
        .contains("post-number", "post-counts", "dateline", "controls", "reply-to", "byline");
    assertThat(a.boilerplate())
        .filteredOn(b -> b.rule().equals("byline"))
        .extracting(Boilerplate::text)
        .containsExactly("@ana_on_the_quay");
    assertThat(a.boilerplate())
        .filteredOn(b -> b.rule().equals("post-number"))
        .extracting(Boilerplate::text)
        .containsExactly("1/", "2/", "3/3");
    assertThat(a.boilerplate()).filteredOn(b -> b.rule().equals("post-counts")).hasSize(3);
  }

  @Test
  void theFirstPostsStampDatesTheThread() {
    Article a = read(THREAD);
    assertThat(a.published().date()).contains(LocalDate.of(2024, 3, 3));
    assertThat(a.published().provenance()).isEqualTo(DateProvenance.STATED);
    assertThat(a.published().evidence()).contains("9:05 AM - 3 Mar 24");
  }

  @Test
  void aThreadThatRunsPastMidnightIsDatedByItsEarliestStamp() {
    Article a =
        read(
            "Count night\n\nThe count has begun in the harbour ward. 1/\n"
                + "11:40 PM - 7 May 24\n\n"
                + "Velmar has conceded the ward. 2/\n"
                + "12:20 AM - 8 May 24\n\n"
                + "The union says it accepts the result. 3/\n"
                + "12:55 AM - 8 May 24\n");
    assertThat(a.published().date()).contains(LocalDate.of(2024, 5, 7));
  }

  @Test
  void numbersThatAreNoPostsNumberStayBody() {
    Article a =
        read(
            "Fish quota vote\n\n"
                + "The council cut the quota by 3/4 on Monday.\n\n"
                + "Replying to a question, the minister said talks would resume.\n\n"
                + "2 Reposts of the decree were filed.\n");
    assertThat(Coverage.sentenceTexts(a))
        .containsExactly(
            "The council cut the quota by 3/4 on Monday.",
            "Replying to a question, the minister said talks would resume.",
            "2 Reposts of the decree were filed.");
    assertThat(Coverage.rules(a)).containsExactly("headline");
  }

  @Test
  void aLoneDateLineUnderAStoryIsNoThread() {
    Article a =
        read(
            "Port talks resume\n\nDockers and employers met on Tuesday.\n\n"
                + "The union presented its demands.\n\n"
                + "The employers said they would reply next week.\n\n"
                + "10:12 AM - 3 Mar 24\n");
    assertThat(a.published().provenance()).isNotEqualTo(DateProvenance.STATED);
  }
}
