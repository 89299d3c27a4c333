package dev.parley.io.json;

import dev.parley.agenda.Item;
import dev.parley.agenda.ItemPackage;
import dev.parley.communication.Communication;
import dev.parley.communication.CommunicationKind;
import dev.parley.communication.Entry;
import dev.parley.communication.EntryKind;
import dev.parley.communication.Stance;
import dev.parley.communication.StanceKind;
import dev.parley.communication.Verdict;
import dev.parley.evidence.Evidence;
import dev.parley.evidence.Quotation;
import dev.parley.evidence.Source;
import dev.parley.evidence.SourceKind;
import dev.parley.party.Actor;
import dev.parley.party.ActorRole;
import dev.parley.party.Party;
import dev.parley.party.PartyKind;
import dev.parley.record.NegotiationRecord;
import java.time.LocalDate;

/** Hand-built records for the JSON tests. */
final class SampleRecords {
  private SampleRecords() {}

  static final Source DRAFT =
      Source.of("ru-draft", "Draft treaty", SourceKind.DOCUMENT, LocalDate.of(2021, 12, 17));

  /** A small record: two parties, one proposal with two demands, one response with a verdict. */
  static NegotiationRecord small() {
    return NegotiationRecord.builder()
        .title("Security guarantees")
        .addParties(Party.of("RU", "Russia", PartyKind.STATE))
        .addParties(Party.of("NATO", "NATO", PartyKind.ALLIANCE))
        .addActors(Actor.of("lavrov", "Sergei Lavrov", "RU", ActorRole.MINISTER))
        .addItems(Item.of("no-expansion", "NATO renounces further eastward expansion", "NATO"))
        .addItems(Item.of("no-drills", "No exercises near the border", "NATO", "RU"))
        .addPackages(
            ItemPackage.indivisible("ru-proposal", "Russia's draft", "no-expansion", "no-drills"))
        .addCommunications(
            Communication.builder()
                .id("c1")
                .kind(CommunicationKind.DRAFT_TREATY)
                .date(LocalDate.of(2021, 12, 17))
                .title("Russia's draft agreement with NATO")
                .author("RU")
                .addAddressees("NATO")
                .proposedPackage("ru-proposal")
                .addEntries(Entry.demand("no-expansion", Evidence.quoted(DRAFT, "no expansion")))
                .addEntries(Entry.demand("no-drills"))
                .build())
        .addCommunications(
            Communication.builder()
                .id("c2")
                .kind(CommunicationKind.REPLY)
                .date(LocalDate.of(2022, 1, 26))
                .title("NATO's reply")
                .author("NATO")
                .addAddressees("RU")
                .addAnswers("c1")
                .addStances(Stance.of("no-expansion", StanceKind.REJECTED))
                .verdict(Verdict.of(StanceKind.OPEN_TO_DISCUSS))
                .build())
        .build();
  }

  /**
   * A record that uses every attribute of every value type, optional ones both present and absent:
   * nested packages, entries with their own addressees, counter stances, verdicts, supersession and
   * evidence with and without offsets, speakers and locators.
   */
  static NegotiationRecord full() {
    Source article =
        Source.builder()
            .id("reuters-0112")
            .title("Talks end without \"breakthrough\" — officials")
            .kind(SourceKind.ARTICLE)
            .date(LocalDate.of(2022, 1, 12))
            .location("https://example.org/article?id=12&lang=en")
            .build();
    Source undated = Source.builder().id("notes").title("").kind(SourceKind.DOCUMENT).build();
    Evidence located =
        Evidence.builder()
            .source(article)
            .quote("We will not accept this.\nNever.")
            .locator("paragraph 3")
            .start(120)
            .end(151)
            .speaker("grushko")
            .quotation(Quotation.DIRECT)
            .build();
    Evidence emptyOffsets =
        Evidence.builder()
            .source(undated)
            .quote("")
            .start(0)
            .end(0)
            .quotation(Quotation.REPORTED)
            .build();
    Evidence reported = Evidence.reported(article, "Moscow signalled openness");
    return NegotiationRecord.builder()
        .title("Security guarantees, December 2021 – February 2022")
        .addParties(Party.of("RU", "Russia", PartyKind.STATE))
        .addParties(Party.of("US", "United States", PartyKind.STATE))
        .addParties(Party.of("NATO", "North Atlantic Treaty Organization", PartyKind.ALLIANCE))
        .addParties(Party.of("EU", "European Union", PartyKind.UNION))
        .addParties(Party.of("OSCE", "OSCE", PartyKind.ORGANISATION))
        .addActors(
            Actor.builder()
                .id("grushko")
                .name("Alexander Grushko")
                .party("RU")
                .role(ActorRole.DEPUTY_MINISTER)
                .title("Deputy Foreign Minister")
                .build())
        .addActors(Actor.of("nato-spox", "NATO spokesperson", "NATO", ActorRole.SPOKESPERSON))
        .addItems(Item.of("i1", "No further enlargement", "NATO"))
        .addItems(Item.of("i2", "No intermediate-range missiles in Europe", "US", "RU"))
        .addItems(Item.of("i3", "Transparency measures for exercises", "NATO", "RU"))
        .addItems(Item.builder().id("i4").text("An item nobody has to act on").build())
        .addPackages(ItemPackage.separable("arms", "Arms control", "i2", "i3"))
        .addPackages(ItemPackage.indivisible("all", "Everything", "i1", "arms"))
        .addPackages(ItemPackage.separable("empty", "Nothing yet"))
        .addCommunications(
            Communication.builder()
                .id("c1")
                .kind(CommunicationKind.DRAFT_TREATY)
                .date(LocalDate.of(2021, 12, 17))
                .title("Draft treaty")
                .author("RU")
                .speaker("grushko")
                .addAddressees("US", "NATO")
                .proposedPackage("all")
                .addEntries(
                    Entry.builder()
                        .item("i1")
                        .kind(EntryKind.DEMAND)
                        .addAddressees("NATO")
                        .addEvidence(located, reported)
                        .build())
                .addEntries(Entry.offer("i3"))
                .addEvidence(emptyOffsets)
                .build())
        .addCommunications(
            Communication.builder()
                .id("c2")
                .kind(CommunicationKind.NON_PAPER)
                .date(LocalDate.of(2021, 12, 20))
                .title("Revised draft")
                .author("RU")
                .addAddressees("US")
                .addEntries(Entry.demand("i1"), Entry.demand("i2"))
                .supersedes("c1")
                .build())
        .addCommunications(
            Communication.builder()
                .id("c3")
                .kind(CommunicationKind.REPLY)
                .date(LocalDate.of(2022, 1, 26))
                .title("Written reply")
                .author("US")
                .addAddressees("RU")
                .addAnswers("c1", "c2")
                .addStances(Stance.of("i1", StanceKind.REJECTED, located))
                .addStances(Stance.counter("i2", "i4", reported))
                .addStances(Stance.of("i3", StanceKind.PARTIALLY_ACCEPTED))
                .addStances(Stance.of("i3", StanceKind.ACCEPTED))
                .verdict(Verdict.of(StanceKind.OPEN_TO_DISCUSS, reported))
                .build())
        .addCommunications(
            Communication.builder()
                .id("c4")
                .kind(CommunicationKind.REMARKS)
                .date(LocalDate.of(2022, 1, 26))
                .title("Same-day remarks")
                .author("NATO")
                .speaker("nato-spox")
                .addAnswers("c1")
                .verdict(Verdict.of(StanceKind.REJECTED))
                .build())
        .addCommunications(
            Communication.builder()
                .id("c5")
                .kind(CommunicationKind.STATEMENT)
                .date(LocalDate.of(2022, 2, 1))
                .title("Statement")
                .author("EU")
                .build())
        .addCommunications(
            Communication.builder()
                .id("c6")
                .kind(CommunicationKind.LETTER)
                .date(LocalDate.of(2022, 2, 2))
                .title("Letter")
                .author("OSCE")
                .addAnswers("c5")
                .addStances(Stance.of("i4", StanceKind.OPEN_TO_DISCUSS))
                .build())
        .build();
  }
}
