package dev.parley.io.statement;

import dev.parley.io.article.Article;
import dev.parley.io.article.Sentence;
import java.util.List;

/**
 * Finds the questions that head the sections of an explainer ("What happens next?", "How did the
 * government react?"): a short question standing alone as its paragraph is a heading the text under
 * it answers, context for what follows and no one's act. A question in quotes is someone's and is
 * read as a sentence.
 */
final class QuestionHeadings {
  /** Most words of a question heading; a longer question alone in its paragraph is body. */
  private static final int MAX_WORDS = 12;

  /** Marks that show a question is quoted, someone's own words rather than a heading. */
  private static final String QUOTE_MARKS = "\"\u201c\u201d\u00ab\u00bb";

  private QuestionHeadings() {}

  /** Whether {@code sentence} of {@code article} is a question heading. */
  static boolean isHeading(Article article, Sentence sentence) {
    String text = sentence.text().strip();
    if (text.isEmpty() || text.charAt(text.length() - 1) != '?') {
      return false;
    }
    if (!aloneInParagraph(article.sentences(), sentence)) {
      return false;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (QUOTE_MARKS.indexOf(c) >= 0) {
        return false;
      }
      boolean letter = Character.isLetterOrDigit(c);
      if (letter && !inWord) {
        words++;
      }
      inWord = letter || (inWord && (c == '\'' || c == '\u2019' || c == '-'));
    }
    return words <= MAX_WORDS && Character.isUpperCase(text.charAt(0));
  }

  private static boolean aloneInParagraph(List<Sentence> sentences, Sentence sentence) {
    int i = sentence.index();
    return (i == 0 || sentences.get(i - 1).paragraph() != sentence.paragraph())
        && (i + 1 >= sentences.size() || sentences.get(i + 1).paragraph() != sentence.paragraph());
  }
}
