package dev.parley.io.article;

/**
 * The order of day and month a page writes its numeric dates in, as the furniture the line rules
 * set aside shows it: a site writes all its date lines and stamps one way, so an {@code Updated
 * 13/11/2021} decides how the page's {@code 02/11/2021} reads.
 */
final class PageDateOrder {
  /** The longest line whose numeric dates are looked at. */
  private static final int MAX_LINE = 2 * Datelines.MAX_DATELINE;

  private PageDateOrder() {}

  /**
   * The order the numeric dates of the page's boilerplate show, line by line ({@link
   * DateMentions#orderShown}); {@link DateOrder#UNDECIDED} when none shows one or they disagree.
   */
  static DateOrder shown(ArticleLines lines) {
    boolean dayFirst = false;
    boolean monthFirst = false;
    for (int l = 0; l < lines.count; l++) {
      int end =
          lines.wholeRule[l] != null ? lines.le[l] : lines.prefixRule[l] != null ? lines.bs[l] : -1;
      if (end < 0 || end - lines.ls[l] > MAX_LINE) {
        continue;
      }
      DateOrder order = DateMentions.orderShown(lines.text, lines.ls[l], end);
      dayFirst |= order == DateOrder.DAY_FIRST;
      monthFirst |= order == DateOrder.MONTH_FIRST;
    }
    if (dayFirst == monthFirst) {
      return DateOrder.UNDECIDED;
    }
    return dayFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
  }

  /**
   * Whether a short line of the page has a numeric date that could be read either way and that
   * nothing on its line decides ({@link DateMentions#hasUndecidedDate}), so that the page's order
   * may change how the page reads.
   */
  static boolean leftUndecided(ArticleLines lines) {
    for (int l = 0; l < lines.count; l++) {
      if (!lines.isBlank(l)
          && lines.le[l] - lines.ls[l] <= MAX_LINE
          && DateMentions.hasUndecidedDate(lines.text, lines.ls[l], lines.le[l])) {
        return true;
      }
    }
    return false;
  }
}
