package dev.parley.examples.report;

import dev.parley.evidence.Evidence;
import dev.parley.evidence.Quotation;
import dev.parley.record.NegotiationRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A quote as a report shows it: the words, who said them, and where in which source they stand.
 *
 * @param text the quoted words
 * @param sourceId the id of the source, such as an article's file name without extension
 * @param sourceTitle the source's title
 * @param sourceDate the source's date, when known
 * @param sourceLocation where the source can be found again, when known
 * @param locator where in the source the quote stands, such as {@code "line 12"}, when known
 * @param start the offset of the quote's first character in the source, when known
 * @param end the offset just past the quote's last character, when known
 * @param speaker the name of the person or body quoted, when known
 * @param direct whether these are the speaker's own words rather than the source's account
 */
public record Quote(
    String text,
    String sourceId,
    String sourceTitle,
    Optional<LocalDate> sourceDate,
    Optional<String> sourceLocation,
    Optional<String> locator,
    OptionalInt start,
    OptionalInt end,
    Optional<String> speaker,
    boolean direct) {

  /** Makes the quote for one piece of evidence, naming the speaker as the record names them. */
  public static Quote of(Evidence evidence, NegotiationRecord record) {
    Optional<String> speaker =
        evidence
            .speaker()
            .map(id -> record.actorsById().containsKey(id) ? record.actor(id).name() : id);
    return new Quote(
        evidence.quote(),
        evidence.source().id(),
        evidence.source().title(),
        evidence.source().date(),
        evidence.source().location(),
        evidence.locator(),
        evidence.start(),
        evidence.end(),
        speaker,
        evidence.quotation() == Quotation.DIRECT);
  }

  /** Makes the quotes for a list of evidence, in order. */
  public static List<Quote> all(List<Evidence> evidence, NegotiationRecord record) {
    List<Quote> quotes = new ArrayList<>();
    for (Evidence e : evidence) {
      quotes.add(of(e, record));
    }
    return List.copyOf(quotes);
  }

  /**
   * Where the quote stands, as one line a reader can follow back to the text, such as {@code
   * "000_78de9c1f8bebefd8 (2022-02-17), line 20, chars 1190-1305"}.
   */
  public String citation() {
    StringBuilder s = new StringBuilder(sourceId);
    s.append(" (").append(sourceDate.map(LocalDate::toString).orElse("undated")).append(')');
    locator.ifPresent(l -> s.append(", ").append(l));
    if (start.isPresent() && end.isPresent()) {
      s.append(", chars ").append(start.getAsInt()).append('-').append(end.getAsInt());
    }
    return s.toString();
  }

  /** Who is quoted and how: {@code "Antony Blinken, quoted"} or {@code "reported"}. */
  public String attribution() {
    String how = direct ? "quoted" : "reported";
    return speaker.map(s -> s + ", " + how).orElse(how);
  }
}
