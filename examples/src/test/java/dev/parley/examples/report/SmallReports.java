package dev.parley.examples.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Small reports built by hand, with text that needs escaping in every format. */
final class SmallReports {
  private SmallReports() {}

  static final PartyRef NORTH = new PartyRef("N", "North <League>");
  static final PartyRef SOUTH = new PartyRef("S", "South & Co");
  static final PartyRef EAST = new PartyRef("E", "East");

  static Quote quote(String text, String source, int line, int start) {
    return new Quote(
        text,
        source,
        "Title of " + source,
        Optional.of(LocalDate.of(2020, 1, 2)),
        Optional.of("articles/" + source + ".txt"),
        Optional.of("line " + line),
        OptionalInt.of(start),
        OptionalInt.of(start + text.length()),
        Optional.of("A Speaker"),
        true);
  }

  /** The position of a party that has not answered. */
  static Position silent(PartyRef party) {
    return new Position(
        party,
        "NOT_ADDRESSED",
        "NOT_ADDRESSED",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        false,
        false,
        List.of(),
        false);
  }

  /**
   * North demands two items of an indivisible package; South rejects one, East is silent. South
   * offered a ferry (which only the case lexicon reports), then withdrew it for a canal, which
   * North is ready to discuss through talks on the waterways, which include it.
   */
  static Report twoDemands() {
    Member pkg = new Member("pkg", "North's \"whole\" package");
    Member bridge = new Member("bridge", "Build the bridge <script>alert(1)</script>");
    Member river = new Member("river", "Share the river | fairly");
    Position southRejects =
        new Position(
            SOUTH,
            "REJECTED",
            "REJECTED",
            Optional.of("s-reply"),
            Optional.of("South's reply"),
            Optional.of(LocalDate.of(2020, 2, 1)),
            Optional.empty(),
            List.of(),
            false,
            false,
            List.of(quote("We will never build it & never will", "art-2", 4, 120)),
            false);
    Position eastSilent = silent(EAST);
    Position southCounters =
        new Position(
            SOUTH,
            "COUNTER_PROPOSED",
            "COUNTERED",
            Optional.of("s-reply"),
            Optional.of("South's reply"),
            Optional.of(LocalDate.of(2020, 2, 1)),
            Optional.of(new Member("canal", "Dig a canal")),
            List.of(),
            false,
            false,
            List.of(quote("a canal would serve us all", "art-2", 7, 300)),
            false);
    DemandRow bridgeRow =
        new DemandRow(
            NORTH,
            "n-proposal",
            "North's proposal",
            LocalDate.of(2020, 1, 1),
            Optional.of(pkg),
            Optional.of("INDIVISIBLE"),
            bridge,
            "UNMET",
            List.of(quote("the bridge must be built", "art-1", 3, 40)),
            false,
            List.of(southRejects, eastSilent));
    DemandRow riverRow =
        new DemandRow(
            NORTH,
            "n-proposal",
            "North's proposal",
            LocalDate.of(2020, 1, 1),
            Optional.of(pkg),
            Optional.of("INDIVISIBLE"),
            river,
            "UNMET",
            List.of(quote("the river is to be shared", "art-1", 5, 90)),
            false,
            List.of(southCounters));
    Member canal = new Member("canal", "Dig a canal");
    Position northOpen =
        new Position(
            NORTH,
            "OPEN_TO_DISCUSS",
            "OPEN_TO_DISCUSS",
            Optional.of("n-answer"),
            Optional.of("North's answer"),
            Optional.of(LocalDate.of(2020, 2, 10)),
            Optional.empty(),
            List.of(new Member("waterways", "Talk about the waterways, canals included")),
            false,
            false,
            List.of(quote("we could talk about a canal", "art-3", 2, 10)),
            false);
    OfferRow canalOffer =
        new OfferRow(
            SOUTH,
            "s-reply",
            "South's reply",
            LocalDate.of(2020, 2, 1),
            Optional.empty(),
            Optional.empty(),
            canal,
            "OPEN",
            List.of(quote("South offers to dig a canal", "art-2", 8, 400)),
            false,
            List.of(northOpen),
            Optional.empty(),
            Optional.empty(),
            List.of());
    OfferRow ferryOffer =
        new OfferRow(
            SOUTH,
            "s-first",
            "South's first reply",
            LocalDate.of(2020, 1, 20),
            Optional.empty(),
            Optional.empty(),
            new Member("ferry", "Run a ferry"),
            "WITHDRAWN",
            List.of(quote("South's first reply: a ferry runs twice a day", "lexicon:rivers", 0, 0)),
            true,
            List.of(silent(NORTH)),
            Optional.of("s-reply"),
            Optional.of(LocalDate.of(2020, 2, 1)),
            List.of(quote("South now proposes a canal instead", "art-2", 9, 500)));
    return new Report(
        "Rivers & <bridges>",
        LocalDate.of(2020, 3, 1),
        Optional.empty(),
        List.of(SOUTH, EAST),
        List.of(bridgeRow, riverRow),
        List.of(ferryOffer, canalOffer),
        List.of(
            new PackageRow(
                "n-proposal",
                "North's proposal",
                pkg,
                "INDIVISIBLE",
                0,
                false,
                List.of(),
                List.of(bridge, river))),
        List.of(
            new SelectiveRow(
                "s-reply",
                "South's reply",
                SOUTH,
                LocalDate.of(2020, 2, 1),
                "n-proposal",
                pkg,
                List.of(bridge, river),
                List.of())),
        List.of(
            new TimelineEntry(
                "n-proposal",
                LocalDate.of(2020, 1, 1),
                "LETTER",
                "North's proposal",
                NORTH,
                List.of(SOUTH, EAST),
                List.of(),
                "2 demands",
                List.of(quote("North wrote to South", "art-1", 1, 0)))),
        List.of(),
        List.of(
            new ConflictRow(
                SOUTH,
                bridge,
                "s-reply",
                LocalDate.of(2020, 2, 1),
                List.of("REJECTED", "ACCEPTED"),
                List.of(quote("South will not build the bridge", "art-2", 7, 300)))));
  }
}
