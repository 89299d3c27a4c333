package dev.parley.io.statement;

import dev.parley.io.article.Article;
import dev.parley.io.article.Boilerplate;
import dev.parley.io.article.Paragraph;
import java.util.BitSet;
import java.util.List;

/**
 * The paragraphs that open a new section of a page: those a separator line ({@code * * *}, {@code
 * ———}) or a numbered section heading ({@code 2. Markets}) stands above. A newsletter puts one
 * between items that may have nothing to do with each other, so a "he" or "officials" after it does
 * not refer back to a speaker before it.
 */
final class SectionBreaks {
  /** The rule of a separator's line, as the article reader reports it. */
  private static final String SEPARATOR_RULE = "separator";

  /** The rule of a numbered section heading's line, as the article reader reports it. */
  private static final String HEADING_RULE = "section-heading";

  private final BitSet opening;

  private SectionBreaks(BitSet opening) {
    this.opening = opening;
  }

  /** The section breaks of {@code article}. */
  static SectionBreaks of(Article article) {
    BitSet opening = new BitSet();
    List<Paragraph> paragraphs = article.paragraphs();
    int p = 0;
    for (Boilerplate b : article.boilerplate()) {
      if (!SEPARATOR_RULE.equals(b.rule()) && !HEADING_RULE.equals(b.rule())) {
        continue;
      }
      while (p < paragraphs.size() && paragraphs.get(p).start() < b.end()) {
        p++;
      }
      if (p < paragraphs.size()) {
        opening.set(p);
      }
    }
    return new SectionBreaks(opening);
  }

  /** Whether paragraph {@code paragraph} opens a section after a separator or a heading. */
  boolean opensSection(int paragraph) {
    return opening.get(paragraph);
  }
}
