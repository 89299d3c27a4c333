package dev.parley.io.article;

import dev.parley.io.InputParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Lays out one decoded article: which lines and parts of lines are boilerplate, which is the
 * headline, how the body falls into paragraphs and sentences, and when it was published.
 *
 * <p>Line by line, in this order: a header {@code date 2022-02-15} opening a line is boilerplate
 * ({@code date-header}) and the rest of the line is body; a line opening with a cue of {@code
 * boilerplate.txt} is boilerplate under the cue's rule; a line that is a date and perhaps a time is
 * boilerplate ({@code dateline}), and so is a masthead or a PDF's running head with a date among
 * its fields ({@link PageColumns}), and a day alone with no year ({@code Saturday, January 5},
 * {@code JAN. 6}) a {@code day-header} ({@link DayHeaders}); a line drawn of dashes or stars is a
 * {@code separator}, and a time stamp alone ({@code Saturday, 10:42 a.m. ET}) a live page's {@code
 * time-stamp} ({@link TimeStamps}); a line of hashtags is {@code tags}; a thread's furniture, a
 * post's number alone or ending its last line ({@code 3/}, {@code 3/12}), its counts ({@code 212
 * Reposts 41 Likes}) and the label over a reply, is {@code post-number}, {@code post-counts} and
 * {@code reply-to}, and the author's handle alone a {@code byline} ({@link Posts}); a short {@code
 * By Firstname Lastname} line is a {@code byline}, and so are a line of such a byline and stamps
 * between separators ({@code By Jane Roe | Published October 7, 2022}) and a line of credits
 * ({@code (Reporting by Jane Roe; Editing by John Doe)}, {@code With AFP}, {@code (Reuters)}); a
 * wire dateline opening the first body line after the headline ({@code LOS ANGELES, May 2, 2023 —},
 * {@code GENEVA, Jan 10 (Reuters) -}, {@code Berlin (dpa) -}) is boilerplate ({@code
 * agency-dateline}) and the rest of the line is body, and so is one that names a date or an agency
 * after a standfirst and a summary of bullets, which are then set aside ({@code summary}); an
 * inline cue after the end of a sentence sets the rest of its line aside. Then the first
 * substantial remaining line is the headline (shorter lines before it are {@code kicker}s; a site's
 * name over its menu, breadcrumbs or dated masthead is {@code site-name}, and the first title after
 * it the headline; a news release's issuer under its label and over its title is {@code
 * release-issuer}), and lines repeating it, with or without the site's name after its last
 * separator ({@code Truce signed | Horn Daily}), are {@code repeated-headline}. Under a
 * related-links header ({@code Related Articles}, {@code More from}), the short lines that do not
 * end as a told sentence are the linked headlines, under the header's rule. A body line under the
 * headline that repeats one of the three before it nearly word for word (a standfirst the story
 * then opens with) is {@code repeated-lead}. Last, working up from the end, quoted lists of short
 * phrases and the two- or three-word name line above one are an author's {@code author-bio}, and
 * the short lines after a news release's last end mark ({@code -30-}) its {@code release-contacts},
 * and those after a newsletter's footer its {@code newsletter-footer}; a table of contents whose
 * items stand again further down as headings is {@code contents} ({@link TablesOfContents}), and
 * numbered titles alone in their paragraphs over prose are {@code section-heading}s ({@link
 * SectionHeadings}), and so are titles marked with an encyclopedia's edit link and single
 * capitalised words alone between paragraphs of prose ({@link SubHeadings}), and so are short lines
 * in capitals over the sections of a factbox ({@link CapitalHeadings}), a list of references under
 * its heading is {@code references} ({@link ReferenceLists}), and short titles that name a day,
 * alone in their paragraphs over prose below the page's first prose, {@code dated-heading}s ({@link
 * DatedHeadings}); and a block of readers' comments (names over time stamps, bars of {@code Reply ·
 * Like (23)}, perhaps under {@code 12 comments}) is {@code comments} ({@link ReaderComments}); the
 * lines about cookies, consent or privacy around a consent cue's line, and the banner's title over
 * it at the page's top, are {@code consent} ({@link ConsentBanners}), so the headline is the first
 * line after a banner. A page whose date line or stamp holds a numeric date that could be read
 * either way ({@code 02/11/2021}) is read again in the order of day and month its other furniture
 * shows ({@code Updated 13/11/2021}), if it shows one.
 *
 * <p>The rules live in classes of their own, one for each kind of line, sharing one {@link
 * ArticleLines} view of the text; this class runs them in that order.
 */
final class ArticleParser {
  /** The rule of a newsletter's footer, whose cues are in {@code boilerplate.txt}. */
  private static final String NEWSLETTER_FOOTER = "newsletter-footer";

  private final String source;
  private final String id;
  private final String text;
  private final CueTable cueTable;
  private final ArticleLines lines;
  private final DateClues clues;
  private final LineCues cues;
  private final Datelines datelines;
  private final Navigation navigation;
  private final Bylines bylines;
  private final Credits credits;
  private final WireDatelines wireDatelines;
  private final Headlines headlines;
  private final WireOpenings wireOpenings;

  ArticleParser(String source, String id, String text, CueTable cues) {
    this(source, id, text, cues, DateOrder.UNDECIDED);
  }

  /**
   * A parser that reads a numeric date line its own numbers do not decide ({@code 02/11/2021}) in
   * {@code pageOrder}, the order the page's other furniture shows.
   */
  private ArticleParser(String source, String id, String text, CueTable cues, DateOrder pageOrder) {
    this.source = source;
    this.id = id;
    this.text = text;
    this.cueTable = cues;
    this.lines = new ArticleLines(text, pageOrder);
    this.clues = new DateClues(lines);
    this.cues = new LineCues(lines, cues, clues);
    this.datelines = new Datelines(lines, this.cues);
    this.navigation = new Navigation(lines);
    this.bylines = new Bylines(lines, datelines, this.cues, clues);
    this.credits = new Credits(lines, navigation, bylines);
    this.wireDatelines = new WireDatelines(lines, clues);
    this.headlines = new Headlines(lines, navigation);
    this.wireOpenings = new WireOpenings(lines, navigation, headlines);
  }

  Article parse() {
    for (int l = 0; l < lines.count; l++) {
      if (lines.trim(l)) {
        classify(l);
      }
    }
    AuthorBios.mark(lines);
    ReleaseEnds.mark(lines);
    // A newsletter's footer: the publisher's address and links under its last footer line.
    ReleaseEnds.markAfterLast(lines, NEWSLETTER_FOOTER, NEWSLETTER_FOOTER);
    ReferenceLists.mark(lines);
    LinkLists.mark(lines);
    TablesOfContents.mark(lines);
    SectionHeadings.mark(lines);
    SubHeadings.mark(lines);
    CapitalHeadings.mark(lines);
    DatedHeadings.mark(lines);
    ConsentBanners.mark(lines);
    ReaderComments.mark(lines);
    if (lines.pageOrder == DateOrder.UNDECIDED) {
      // Only the boilerplate is read for the page's order; every short line only when it shows one.
      DateOrder shown = PageDateOrder.shown(lines);
      if (shown != DateOrder.UNDECIDED && PageDateOrder.leftUndecided(lines)) {
        // Read again, the page's date lines and stamps in the order its furniture shows.
        return new ArticleParser(source, id, text, cueTable, shown).parse();
      }
    }
    String headline = headlines.find();
    RepeatedLeads.mark(lines);
    List<Paragraph> paragraphs = Paragraphs.of(lines);
    char[] chars = TextChars.of(text);
    List<Sentence> sentences = Paragraphs.sentences(lines, chars, paragraphs);
    if (sentences.isEmpty()) {
      throw InputParseException.wholeFile(
          source, "no body: every line is blank or boilerplate; an article needs a body");
    }
    if (headline == null) {
      headline = headlines.fromBody(sentences);
    }
    return Article.builder()
        .id(id)
        .source(source)
        .headline(headline)
        .published(clues.publicationDate(sentences, navigation))
        .text(text)
        .paragraphs(paragraphs)
        .sentences(sentences)
        .boilerplate(lines.boilerplate())
        .language(LanguageGuess.guess(chars, text.length()))
        .build();
  }

  /** Sets the boilerplate rules of the non-blank line {@code l}, and narrows its body part. */
  private void classify(int l) {
    int s = lines.ls[l];
    int e = lines.le[l];
    int headerEnd = datelines.dateHeaderEnd(s, e);
    if (headerEnd > 0) {
      lines.prefixRule[l] = "date-header";
      lines.bs[l] = Text.skipSpace(text, headerEnd, e);
      clues.dateHeader(s, headerEnd);
      if (lines.bs[l] == e) {
        lines.wholeRule[l] = "date-header";
        lines.prefixRule[l] = null;
        return;
      }
    } else {
      String rule = wholeLineRule(l, s, e);
      if (rule != null) {
        lines.wholeRule[l] = rule;
        return;
      }
      int wireEnd = wireDatelineEnd(l, s, e);
      if (wireEnd > 0) {
        lines.prefixRule[l] = "agency-dateline";
        lines.bs[l] = Text.skipSpace(text, wireEnd, e);
      }
    }
    cues.setAsideInlineRest(l);
    if (lines.suffixRule[l] == null && lines.bs[l] < lines.be[l]) {
      int number = Posts.numberSuffixStart(text, lines.bs[l], lines.be[l]);
      if (number > 0) {
        lines.suffixRule[l] = Posts.NUMBER; // "... as it goes. 1/": the post's number
        lines.suffixStart[l] = number;
        lines.be[l] = Text.trimEnd(text, lines.bs[l], number);
      }
    }
  }

  /**
   * The end of a wire dateline opening line {@code l}, [s, e), or -1: in the first paragraph under
   * the headline, or after a standfirst and a summary of bullets when it names a date or an agency
   * (the bullets are then set aside as a {@code summary}).
   */
  private int wireDatelineEnd(int l, int s, int e) {
    if (headlines.distinctBodyLinesBefore(l) <= 1) {
      int end = wireDatelines.end(l, s, e, false);
      if (end > 0) {
        wireOpenings.close();
      }
      return end;
    }
    if (!wireOpenings.mayPrecede(l)) {
      return -1;
    }
    int end = wireDatelines.end(l, s, e, true);
    if (end > 0) {
      wireOpenings.markSummary();
    }
    return end;
  }

  /** Whether line {@code l} starts a paragraph: it is the first line, or a blank line is before. */
  private boolean startsParagraph(int l) {
    return l == 0 || lines.previousNonBlank(l) < l - 1;
  }

  /** The rule that sets the whole of line {@code l}, [s, e), aside, or null. */
  private @Nullable String wholeLineRule(int l, int s, int e) {
    String rule = cues.lineRule(s, e);
    if (rule != null) {
      return rule;
    }
    if (datelines.isDateline(s, e)) {
      clues.dateline(s, e, l);
      return "dateline";
    }
    int[] masthead = datelines.mastheadDate(s, e);
    if (masthead == null) {
      masthead = PageColumns.date(lines, datelines, s, e); // a PDF's running head, in columns
    }
    if (masthead != null) {
      clues.dateline(masthead[0], masthead[1], l);
      return "dateline";
    }
    if (DayHeaders.isDayHeader(text, s, e)) {
      return DayHeaders.RULE; // a live page's day over its entries: "Saturday, January 5", "JAN. 6"
    }
    if (Separators.isSeparator(text, s, e)) {
      return Separators.RULE; // "* * *", "———" between sections
    }
    if (TimeStamps.isTimeStamp(text, s, e)) {
      return TimeStamps.RULE; // a live page's entry stamp: "Saturday, 10:42 a.m. ET", "2 hours ago"
    }
    if (navigation.isMenu(s, e)
        || navigation.isBreadcrumb(s, e)
        || (datelines.isDatelessMasthead(s, e) && headlines.headlineBefore(l))) {
      return "navigation"; // a masthead under the headline: "Harbour Herald | Politics"
    }
    if (text.charAt(s) == '#' && Hashtags.isHashtagLine(text, s, e)) {
      return "tags"; // "#FishingTalks #Quotas"
    }
    String post = Posts.wholeLineRule(text, s, e);
    if (post != null) {
      return post; // "3/12", "212 Reposts 41 Likes", "Replying to @jroe"
    }
    if (lines.hasDigit(s, e) && lines.hasLetter(s, e) && datelines.isPageMeta(s, e)) {
      return "page-meta"; // "3 min read", "Views: 2314", "Comments (214)" on a line of their own
    }
    if (bylines.isByline(s, e)
        || credits.isCredit(s, e)
        || (startsParagraph(l) && bylines.isLowerCaseByline(s, e))) {
      return "byline";
    }
    if (bylines.isStampedByline(s, e)) {
      if (bylines.hasDate()) {
        // "By Jane Roe | May 21, 2023 | 9:14 am": the byline's date is the day it was published.
        clues.dateline(bylines.dateFrom(), bylines.dateTo(), l);
      }
      return "byline";
    }
    return null;
  }
}
