package dev.parley.io.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds an article's paragraphs from the body parts of its lines, and its sentences from the
 * paragraphs.
 */
final class Paragraphs {
  private Paragraphs() {}

  /**
   * The paragraphs of the lines' body parts: a line with body text starts one, unless it continues
   * the paragraph of the line before ({@link #continues}).
   */
  static List<Paragraph> of(ArticleLines lines) {
    List<Paragraph> paragraphs = new ArrayList<>();
    int start = -1;
    int end = -1;
    int line = -1;
    int last = -2;
    for (int l = 0; l < lines.count; l++) {
      if (!lines.hasBody(l)) {
        continue;
      }
      if (start >= 0 && continues(lines, last, l)) {
        end = lines.be[l];
      } else {
        if (start >= 0) {
          paragraphs.add(paragraph(paragraphs.size(), start, end, line));
        }
        start = lines.bs[l];
        end = lines.be[l];
        line = l + 1;
      }
      last = l;
    }
    if (start >= 0) {
      paragraphs.add(paragraph(paragraphs.size(), start, end, line));
    }
    return paragraphs;
  }

  private static Paragraph paragraph(int index, int start, int end, int line) {
    return Paragraph.builder().index(index).start(start).end(end).line(line).build();
  }

  /**
   * Whether line {@code l} continues the paragraph of line {@code previous}: they are adjacent, no
   * boilerplate stands between them, line {@code l} opens with no bullet ({@link
   * #opensWithBullet}), and the previous line stops mid-sentence, being long or followed by a
   * lower-case letter.
   */
  static boolean continues(ArticleLines lines, int previous, int l) {
    if (previous != l - 1
        || lines.suffixRule[previous] != null
        || lines.prefixRule[l] != null
        || opensWithBullet(lines, l)) {
      return false;
    }
    String text = lines.text;
    char lastChar = text.charAt(lines.be[previous] - 1);
    if (SentenceSplitter.isTerminator(lastChar) || Text.isCloser(lastChar) || lastChar == ':') {
      return false;
    }
    return Character.isLowerCase(text.charAt(lines.bs[l]))
        || lines.be[previous] - lines.bs[previous] >= 50;
  }

  /**
   * Whether the body of line {@code l} opens with a list's bullet, a star or a bullet sign and a
   * space ({@code * Both sides will ...}): an entry of a list is a paragraph of its own, whatever
   * the entry before it ends with.
   */
  static boolean opensWithBullet(ArticleLines lines, int l) {
    int s = lines.bs[l];
    if (s + 1 >= lines.be[l]) {
      return false;
    }
    char c = lines.text.charAt(s);
    return (c == '*' || c == '\u2022') && Text.isInlineSpace(lines.text.charAt(s + 1));
  }

  /**
   * The sentences of the paragraphs, numbered through the article; {@code chars} holds the text's
   * chars at their indices ({@link TextChars}).
   */
  static List<Sentence> sentences(ArticleLines lines, char[] chars, List<Paragraph> paragraphs) {
    List<Sentence> sentences = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      SentenceSplitter.split(
          lines.text,
          chars,
          p.start(),
          p.end(),
          (s, e) ->
              sentences.add(
                  Sentence.builder()
                      .index(sentences.size())
                      .paragraph(p.index())
                      .start(s)
                      .end(e)
                      .line(Lines.lineOf(lines.lineStarts, s))
                      .text(lines.text.substring(s, e))
                      .build()));
    }
    return sentences;
  }
}
