package dev.parley.examples.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One item a party put forward, a demand or an offer, as a report shows it: who put it forward
 * where, where it stands, the quotes showing it was put forward and each addressee's position.
 */
public interface TermRow {
  /** The party that put the item forward. */
  PartyRef proposer();

  /** The communication that put the item forward. */
  String proposalId();

  /** That communication's title. */
  String proposalTitle();

  /** The day the item was put forward. */
  LocalDate proposed();

  /** The package the item was put forward in, when it was. */
  Optional<Member> itemPackage();

  /** The linkage of that package, such as {@code INDIVISIBLE}, when there is one. */
  Optional<String> linkage();

  /** The item put forward. */
  Member item();

  /** Where the item stands, such as {@code UNMET} or {@code OPEN}. */
  String state();

  /** The quotes showing the item was put forward. */
  List<Quote> termEvidence();

  /**
   * Whether every quote showing the item was put forward comes from the case lexicon: no source
   * read reports it, and the report marks it {@value Words#LEXICON_ONLY}.
   */
  boolean lexiconOnly();

  /** Where each addressee stands, one per addressee. */
  List<Position> positions();

  /** Whether the item still waits on its addressees: a demand not met, an offer still open. */
  boolean isOutstanding();

  /** The verb for putting the item forward, such as {@code "demanded"} or {@code "offered"}. */
  String verb();
}
