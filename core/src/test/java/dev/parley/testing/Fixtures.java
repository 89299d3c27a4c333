package dev.parley.testing;

import dev.parley.agenda.Item;
import dev.parley.communication.Communication;
import dev.parley.communication.CommunicationKind;
import dev.parley.communication.ImmutableCommunication;
import dev.parley.evidence.Evidence;
import dev.parley.evidence.Source;
import dev.parley.evidence.SourceKind;
import dev.parley.party.Party;
import dev.parley.party.PartyKind;
import dev.parley.record.ImmutableNegotiationRecord;
import dev.parley.record.NegotiationRecord;
import java.time.LocalDate;

/** Small values for hand-built test records: parties, items, days and communications. */
public final class Fixtures {
  /** The source all fixture evidence comes from. */
  public static final Source SOURCE =
      Source.of("report", "A report on the talks", SourceKind.ARTICLE, LocalDate.of(2022, 1, 1));

  private Fixtures() {}

  /** Day {@code n} of January 2022, counting on past its end and back before its start. */
  public static LocalDate day(int n) {
    return LocalDate.of(2022, 1, 1).plusDays(n - 1L);
  }

  /** Evidence reported with the given quote. */
  public static Evidence evidence(String quote) {
    return Evidence.reported(SOURCE, quote);
  }

  /** A state with the given id. */
  public static Party party(String id) {
    return Party.of(id, "State " + id, PartyKind.STATE);
  }

  /** An item with the given id and no acting party. */
  public static Item item(String id) {
    return Item.of(id, "Term " + id);
  }

  /** A record builder with the parties RU, US, NATO and UA and the items a to h. */
  public static ImmutableNegotiationRecord.Builder record() {
    ImmutableNegotiationRecord.Builder builder =
        NegotiationRecord.builder()
            .title("Fixture talks")
            .addParties(party("RU"), party("US"), party("NATO"), party("UA"));
    for (String id : new String[] {"a", "b", "c", "d", "e", "f", "g", "h"}) {
      builder.addItem(item(id));
    }
    return builder;
  }

  /** A communication builder: a statement with the given id, day, author and addressees. */
  public static ImmutableCommunication.Builder communication(
      String id, int day, String author, String... addressees) {
    return Communication.builder()
        .id(id)
        .kind(CommunicationKind.STATEMENT)
        .date(day(day))
        .title("Communication " + id)
        .author(author)
        .addAddressees(addressees);
  }
}
