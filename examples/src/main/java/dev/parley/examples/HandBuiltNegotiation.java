package dev.parley.examples;

import dev.parley.agenda.Item;
import dev.parley.agenda.ItemPackage;
import dev.parley.communication.Communication;
import dev.parley.communication.CommunicationKind;
import dev.parley.communication.Entry;
import dev.parley.communication.Stance;
import dev.parley.communication.StanceKind;
import dev.parley.communication.Verdict;
import dev.parley.evidence.Source;
import dev.parley.examples.report.ReportBuilder;
import dev.parley.examples.report.TextReport;
import dev.parley.party.Actor;
import dev.parley.party.ActorRole;
import dev.parley.party.Party;
import dev.parley.party.PartyKind;
import dev.parley.record.NegotiationRecord;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 2021-22 negotiation on security guarantees between Russia, the United States and NATO, built
 * by hand through the core API from the facts reported in the articles bundled with parley-io.
 *
 * <p>Every demand, offer and stance carries the words of an article that reports it, with the
 * article's id, date (when it gives one), line and character offsets. Where this record groups or
 * reads the reports (which draft an item belongs to, that an offer answers a demand), a comment
 * says so.
 *
 * <p>Run it to see what Russia still demanded on 17 February 2022 and how its package fared.
 */
public final class HandBuiltNegotiation {
  /** The day Russia answered the American reply; the natural day to ask what is still unmet. */
  public static final LocalDate RUSSIAN_REPLY = LocalDate.of(2022, 2, 17);

  private HandBuiltNegotiation() {}

  /**
   * Prints the unmet demands as of 17 February 2022, the package verdicts and selective replies.
   */
  public static void main(String[] args) {
    System.out.print(TextReport.render(ReportBuilder.of(record()).asOf(RUSSIAN_REPLY)));
  }

  /** Returns the record of the negotiation, as the articles report it. */
  public static NegotiationRecord record() {
    BundledArticles a = new BundledArticles();

    Source moscowResponse =
        BundledArticles.source(
            "000_78de9c1f8bebefd8",
            "Foreign Ministry unveiled Moscow's response to the United States on security"
                + " guarantees",
            Optional.of(LocalDate.of(2022, 2, 17)));
    Source kremlinWontWithdraw =
        BundledArticles.source(
            "001_8e32827da664590b",
            "Kremlin won’t withdraw troops from certain areas in Russia, – Biden receives Putin’s"
                + " response to security proposals",
            Optional.empty());
    Source mukhinComment =
        BundledArticles.source(
            "002_e8df3a3c245efa1e",
            "Mukhin on Russia publishing its response on security guarantees",
            Optional.of(LocalDate.of(2022, 2, 15)));
    Source writtenResponses =
        BundledArticles.source(
            "003_3a04cc96b03d8b02",
            "Bellingen announced that the United States has provided written responses to Russia"
                + " regarding the Ukraine crisis",
            Optional.empty());
    Source grushkoNrc =
        BundledArticles.source(
            "004_6568ebfa7143376c",
            "Grushko after the Russia-NATO Council",
            Optional.of(LocalDate.of(2022, 1, 13)));

    return NegotiationRecord.builder()
        .title("Security guarantees in Europe, December 2021 to February 2022")
        .addParties(
            Party.of("RU", "Russia", PartyKind.STATE),
            Party.of("US", "United States", PartyKind.STATE),
            Party.of("NATO", "NATO", PartyKind.ALLIANCE))
        .addActors(
            Actor.of("ru-mfa", "Russian Foreign Ministry", "RU", ActorRole.MINISTRY),
            Actor.of("grushko", "Alexander Grushko", "RU", ActorRole.DEPUTY_MINISTER),
            Actor.of("blinken", "Antony Blinken", "US", ActorRole.MINISTER),
            Actor.of("sullivan", "John Sullivan", "US", ActorRole.AMBASSADOR),
            Actor.of("stoltenberg", "Jens Stoltenberg", "NATO", ActorRole.SECRETARY_GENERAL))
        .addItems(
            Item.of("no-nato-expansion", "NATO renounces further expansion", "NATO"),
            Item.of(
                "no-ukraine-georgia",
                "Ukraine and Georgia will not be admitted to NATO",
                "NATO",
                "US"),
            Item.of(
                "no-bases-ex-ussr",
                "NATO creates no military bases in states of the former USSR",
                "NATO",
                "US"),
            Item.of(
                "nato-back-to-1997",
                "NATO's military capabilities and infrastructure return to their 1997 state",
                "NATO"),
            Item.of(
                "no-strike-weapons",
                "No strike weapons are deployed near Russia's borders",
                "NATO",
                "US"),
            Item.of("fewer-exercises", "Fewer military exercises", "NATO"),
            Item.of("arms-control", "Talks on arms control", "US", "RU"),
            Item.of("transparency", "Transparency and stability measures", "US", "RU"),
            Item.of(
                "reopen-missions",
                "NATO and Russia reopen their offices in Moscow and Brussels",
                "NATO",
                "RU"),
            Item.of(
                "risk-reduction",
                "Full use of military contacts to improve transparency and reduce risks",
                "NATO",
                "RU"),
            Item.of(
                "ru-pull-back",
                "Russia pulls its troops back from areas near Ukraine's border",
                "RU"),
            Item.of(
                "us-forces-out-cee",
                "All US forces and weapons leave Central and Eastern Europe and the Baltic states",
                "US"),
            Item.of("kyiv-minsk", "Kyiv complies with the Minsk agreements", "US"),
            Item.of(
                "stop-arms-to-ukraine",
                "Deliveries of weapons to Ukraine stop and those supplied are withdrawn",
                "US",
                "NATO"),
            Item.of(
                "withdraw-advisers",
                "All Western advisers and instructors leave Ukraine",
                "US",
                "NATO"),
            Item.of("no-exercises-ukraine", "NATO abandons exercises with Ukraine", "NATO"))
        // How the items are split between the two drafts is this record's reading: the Foreign
        // Ministry lists the first three as "fundamental points" of the treaty with the United
        // States and the return to 1997 as "a separate proposal". Russia insisted on the whole.
        .addPackages(
            ItemPackage.indivisible(
                "ru-security-guarantees",
                "Russia's proposals on security guarantees",
                "ru-us-treaty",
                "ru-nato-agreement"),
            ItemPackage.indivisible(
                "ru-us-treaty",
                "Draft treaty with the United States",
                "no-nato-expansion",
                "no-ukraine-georgia",
                "no-bases-ex-ussr"),
            ItemPackage.indivisible(
                "ru-nato-agreement",
                "Draft agreement with NATO",
                "nato-back-to-1997",
                "no-strike-weapons",
                "fewer-exercises"),
            ItemPackage.separable(
                "us-areas-of-progress",
                "Areas of progress the US put forward",
                "arms-control",
                "transparency"),
            ItemPackage.separable(
                "nato-room-for-progress",
                "Areas of progress NATO put forward",
                "reopen-missions",
                "risk-reduction"),
            ItemPackage.separable(
                "ru-deescalation-terms",
                "Russia's terms for de-escalation around Ukraine",
                "us-forces-out-cee",
                "kyiv-minsk",
                "stop-arms-to-ukraine",
                "withdraw-advisers",
                "no-exercises-ukraine"))
        .addCommunications(
            Communication.builder()
                .id("ru-drafts-2021-12-17")
                .kind(CommunicationKind.DRAFT_TREATY)
                .date(LocalDate.of(2021, 12, 17))
                .title("Russia's draft treaty with the US and draft agreement with NATO")
                .author("RU")
                .speaker("ru-mfa")
                .addAddressees("US", "NATO")
                .proposedPackage("ru-security-guarantees")
                .addEntries(
                    Entry.demand(
                        "no-nato-expansion",
                        a.reported(moscowResponse, "the refusal to further expand NATO", "ru-mfa"),
                        a.reported(mukhinComment, "non-expansion of NATO to the east")),
                    Entry.demand(
                        "no-ukraine-georgia",
                        a.reported(
                            moscowResponse,
                            "guarantees that Ukraine and Georgia will not be admitted to NATO",
                            "ru-mfa")),
                    Entry.demand(
                        "no-bases-ex-ussr",
                        a.reported(
                            moscowResponse,
                            "NATO's refusal to create military bases on the territory of the states"
                                + " of the former USSR",
                            "ru-mfa")),
                    Entry.demand(
                        "nato-back-to-1997",
                        a.reported(
                            moscowResponse,
                            "the return of NATO's military capabilities and infrastructure to the"
                                + " state recorded in 1997",
                            "ru-mfa"),
                        a.reported(
                            mukhinComment,
                            "the withdrawal of the alliance’s weapons to the positions of 1997")),
                    Entry.demand(
                        "no-strike-weapons",
                        a.reported(
                            mukhinComment,
                            "the non-deployment of strike weapons near Russian borders"),
                        a.reported(
                            grushkoNrc,
                            "non-deployment of medium and short-range missiles near Russian borders",
                            "grushko")),
                    Entry.demand(
                        "fewer-exercises",
                        a.reported(
                            grushkoNrc, "reduce the number of military exercises", "grushko")))
                .addEvidence(
                    a.reported(
                        mukhinComment,
                        "On December 17, the Russian Foreign Ministry published draft agreements"
                            + " between Russia, the United States and NATO on security guarantees."),
                    a.quoted(
                        moscowResponse,
                        "are of a package nature and should be considered as a whole without"
                            + " singling out its individual components.",
                        "ru-mfa"))
                .build(),
            Communication.builder()
                .id("us-reply-2022-01-26")
                .kind(CommunicationKind.REPLY)
                .date(LocalDate.of(2022, 1, 26))
                .title("The United States' written response to Russia")
                .author("US")
                .speaker("sullivan")
                .addAddressees("RU")
                .addAnswers("ru-drafts-2021-12-17")
                .addStances(
                    Stance.of(
                        "no-ukraine-georgia",
                        StanceKind.REJECTED,
                        a.reported(
                            writtenResponses,
                            "he rejected Moscow’s demands that NATO pledged never to join Ukraine",
                            "blinken"),
                        a.reported(
                            kremlinWontWithdraw,
                            "rejecting some of Moscow’s key proposals, including a ban on Ukraine"
                                + " joining NATO")),
                    Stance.of(
                        "no-nato-expansion",
                        StanceKind.REJECTED,
                        a.quoted(writtenResponses, "There will be no change.", "blinken"),
                        a.reported(
                            kremlinWontWithdraw,
                            "Biden’s administration states that NATO adheres to the open doors"
                                + " policy")),
                    // Reading: the arms-control area answers the demand on strike weapons.
                    Stance.counter(
                        "no-strike-weapons",
                        "arms-control",
                        a.reported(
                            writtenResponses,
                            "areas where the United States says it sees progress with Russia: arms"
                                + " control, transparency, and stability")))
                .proposedPackage("us-areas-of-progress")
                .addEntries(
                    Entry.offer(
                        "arms-control",
                        a.reported(
                            writtenResponses,
                            "areas where the United States says it sees progress with Russia: arms"
                                + " control, transparency, and stability")),
                    Entry.offer(
                        "transparency",
                        a.reported(
                            writtenResponses,
                            "areas where the United States says it sees progress with Russia: arms"
                                + " control, transparency, and stability")),
                    // The demand is known from Russia's answer to it.
                    Entry.demand(
                        "ru-pull-back",
                        a.reported(
                            writtenResponses,
                            "the concerns of the United States, our allies, and our partners about"
                                + " Russia’s actions undermining security",
                            "blinken"),
                        a.reported(
                            kremlinWontWithdraw,
                            "demands to withdraw troops from certain areas in Russia",
                            "ru-mfa")))
                .addEvidence(
                    a.reported(
                        mukhinComment,
                        "United States Ambassador John Sullivan handed over to Moscow a written"
                            + " response from Washington.",
                        "sullivan"))
                .build(),
            Communication.builder()
                .id("nato-reply-2022-01-26")
                .kind(CommunicationKind.REPLY)
                .date(LocalDate.of(2022, 1, 26))
                .title("NATO's written response to Russia")
                .author("NATO")
                .speaker("stoltenberg")
                .addAddressees("RU")
                .addAnswers("ru-drafts-2021-12-17")
                .addStances(
                    Stance.of(
                        "no-nato-expansion",
                        StanceKind.REJECTED,
                        a.reported(
                            writtenResponses,
                            "reiterated the West’s general response in support of NATO’s open door"
                                + " policy",
                            "blinken")),
                    // Reading: transparency and risk reduction answer the demand on exercises.
                    Stance.counter(
                        "fewer-exercises",
                        "risk-reduction",
                        a.quoted(
                            writtenResponses,
                            "We need to make full use of existing military contacts to improve"
                                + " transparency and reduce risks",
                            "stoltenberg")))
                .proposedPackage("nato-room-for-progress")
                .addEntries(
                    Entry.offer(
                        "reopen-missions",
                        a.reported(
                            writtenResponses,
                            "He called on Moscow and NATO to reopen their “offices in Moscow and"
                                + " Brussels.”",
                            "stoltenberg"),
                        a.reported(
                            mukhinComment,
                            "the alliance offered to restore the diplomatic missions of the parties"
                                + " and the line of communication",
                            "stoltenberg")),
                    Entry.offer(
                        "risk-reduction",
                        a.quoted(
                            writtenResponses,
                            "We need to make full use of existing military contacts to improve"
                                + " transparency and reduce risks",
                            "stoltenberg")))
                .addEvidence(
                    a.reported(
                        writtenResponses,
                        "NATO had sent a written response to Moscow’s security requests",
                        "stoltenberg"))
                .build(),
            Communication.builder()
                .id("nato-remarks-2022-02-15")
                .kind(CommunicationKind.REMARKS)
                .date(LocalDate.of(2022, 2, 15))
                .title("Stoltenberg's press conference")
                .author("NATO")
                .speaker("stoltenberg")
                .addAddressees("RU")
                .addAnswers("ru-drafts-2021-12-17")
                .addStances(
                    Stance.of(
                        "no-ukraine-georgia",
                        StanceKind.REJECTED,
                        a.quoted(
                            kremlinWontWithdraw,
                            "The Bucharest decision stands. Nato strongly believes that all nations"
                                + " have the right to choose their own path",
                            "stoltenberg")))
                .addEvidence(
                    a.reported(
                        kremlinWontWithdraw,
                        "He stated this during his press conference on February 15,",
                        "stoltenberg"))
                .build(),
            Communication.builder()
                .id("ru-reply-2022-02-17")
                .kind(CommunicationKind.REPLY)
                .date(RUSSIAN_REPLY)
                .title("Russia's reply to the United States")
                .author("RU")
                .speaker("ru-mfa")
                .addAddressees("US")
                .addAnswers("us-reply-2022-01-26")
                .addStances(
                    Stance.of(
                        "ru-pull-back",
                        StanceKind.REJECTED,
                        a.quoted(
                            kremlinWontWithdraw,
                            "emphasized the unacceptability of demands to withdraw troops from"
                                + " certain areas in Russia.",
                            "ru-mfa"),
                        a.reported(
                            moscowResponse,
                            "refusing to withdraw troops from the Ukrainian border",
                            "ru-mfa")))
                .verdict(
                    Verdict.of(
                        StanceKind.REJECTED,
                        a.quoted(
                            moscowResponse,
                            "the American side did not give a constructive response to the basic"
                                + " elements of the draft treaty",
                            "ru-mfa"),
                        a.quoted(
                            kremlinWontWithdraw,
                            "ignored the package nature of the proposals, choosing topics"
                                + " convenient for itself.",
                            "ru-mfa")))
                .proposedPackage("ru-deescalation-terms")
                .addEntries(
                    Entry.demand(
                        "us-forces-out-cee",
                        a.reported(
                            kremlinWontWithdraw,
                            "Russia also insists on the withdrawal of all US forces and weapons from"
                                + " Central and Eastern Europe and the Baltic countries",
                            "ru-mfa"),
                        a.quoted(
                            moscowResponse,
                            "all US armed forces and weapons stationed in CEE, SEE and the Baltic"
                                + " states.",
                            "ru-mfa")),
                    Entry.demand(
                        "kyiv-minsk",
                        a.quoted(
                            kremlinWontWithdraw,
                            "Kyiv must comply with the Minsk agreements",
                            "ru-mfa")),
                    Entry.demand(
                        "stop-arms-to-ukraine",
                        a.quoted(
                            kremlinWontWithdraw,
                            "stop deliveries of weapons to Ukraine and withdraw those already"
                                + " supplied",
                            "ru-mfa")),
                    Entry.demand(
                        "withdraw-advisers",
                        a.quoted(
                            kremlinWontWithdraw,
                            "withdraw all Western advisers and instructors",
                            "ru-mfa")),
                    Entry.demand(
                        "no-exercises-ukraine",
                        a.quoted(
                            kremlinWontWithdraw, "NATO abandon exercises with Ukraine", "ru-mfa")))
                .addEvidence(
                    a.reported(
                        moscowResponse,
                        "The Russian Foreign Ministry (MFA) conveyed to US Ambassador to Russia John"
                            + " Sullivan Moscow's reaction to his country's response on security"
                            + " guarantees.",
                        "ru-mfa"))
                .build())
        .build();
  }
}
