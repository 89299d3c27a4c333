package dev.parley.io.json;

import dev.parley.agenda.Item;
import dev.parley.agenda.ItemPackage;
import dev.parley.agenda.Linkage;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates valid negotiation records from a seeded {@link Random}: every attribute is sometimes
 * set and sometimes not, packages nest, responses answer earlier proposals, and texts hold quotes,
 * backslashes, line breaks, control characters and characters outside the Basic Multilingual Plane.
 */
final class RandomRecords {
  private static final String[] PIECES = {
    "a",
    "Z",
    "7",
    " ",
    "\"",
    "\\",
    "/",
    "\n",
    "\t",
    "\u0001",
    "é",
    "—",
    "Москва",
    "\uD83D\uDE00",
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "null",
    "true",
    "<>&"
  };

  private final Random random;

  RandomRecords(Random random) {
    this.random = random;
  }

  NegotiationRecord next() {
    List<String> parties = new ArrayList<>();
    var record = NegotiationRecord.builder();
    if (random.nextBoolean()) {
      record.title(text(false));
    }
    int partyCount = 1 + random.nextInt(5);
    for (int i = 0; i < partyCount; i++) {
      String id = id("party", i);
      parties.add(id);
      record.addParties(Party.of(id, text(true), pick(PartyKind.values())));
    }
    List<String> actors = new ArrayList<>();
    int actorCount = random.nextInt(4);
    for (int i = 0; i < actorCount; i++) {
      String id = id("actor", i);
      actors.add(id);
      var actor =
          Actor.builder()
              .id(id)
              .name(text(true))
              .party(pick(parties))
              .role(pick(ActorRole.values()));
      if (random.nextBoolean()) {
        actor.title(text(false));
      }
      record.addActors(actor.build());
    }
    List<String> items = new ArrayList<>();
    int itemCount = 1 + random.nextInt(6);
    for (int i = 0; i < itemCount; i++) {
      String id = id("item", i);
      items.add(id);
      record.addItems(
          Item.builder().id(id).text(text(true)).addAllActingParties(subset(parties)).build());
    }
    List<String> packages = new ArrayList<>();
    int packageCount = random.nextInt(4);
    for (int i = 0; i < packageCount; i++) {
      String id = id("package", i);
      List<String> candidates = new ArrayList<>(items);
      candidates.addAll(packages);
      record.addPackages(
          ItemPackage.builder()
              .id(id)
              .title(text(false))
              .linkage(pick(Linkage.values()))
              .addAllMembers(subset(candidates))
              .build());
      packages.add(id);
    }
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      sources.add(source(i));
    }
    List<Communication> communications = new ArrayList<>();
    LocalDate date = LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1);
    int communicationCount = random.nextInt(7);
    for (int i = 0; i < communicationCount; i++) {
      date = date.plusDays(random.nextInt(3) == 0 ? 0 : random.nextInt(40));
      communications.add(
          communication(i, date, parties, actors, items, packages, sources, communications));
    }
    record.addAllCommunications(communications);
    return record.build();
  }

  private Communication communication(
      int index,
      LocalDate date,
      List<String> parties,
      List<String> actors,
      List<String> items,
      List<String> packages,
      List<Source> sources,
      List<Communication> earlier) {
    String author = pick(parties);
    var c =
        Communication.builder()
            .id(id("communication", index))
            .kind(pick(CommunicationKind.values()))
            .date(date)
            .title(text(false))
            .author(author);
    if (!actors.isEmpty() && random.nextBoolean()) {
      c.speaker(pick(actors));
    }
    List<String> others = new ArrayList<>(parties);
    others.remove(author);
    c.addAllAddressees(subset(others));
    if (!packages.isEmpty() && random.nextBoolean()) {
      c.proposedPackage(pick(packages));
    }
    for (String item : subset(items)) {
      c.addEntries(
          Entry.builder()
              .item(item)
              .kind(pick(EntryKind.values()))
              .addAllAddressees(subset(others))
              .addAllEvidence(evidence(sources, actors))
              .build());
    }
    List<String> answered = subset(earlier.stream().map(Communication::id).toList());
    c.addAllAnswers(answered);
    if (!answered.isEmpty()) {
      int stanceCount = random.nextInt(4);
      for (int i = 0; i < stanceCount; i++) {
        c.addStances(stance(items, sources, actors));
      }
      if (random.nextBoolean()) {
        StanceKind kind = pick(StanceKind.values());
        if (kind != StanceKind.NOT_ADDRESSED && kind != StanceKind.COUNTER_PROPOSED) {
          c.verdict(Verdict.of(kind, evidence(sources, actors).toArray(new Evidence[0])));
        }
      }
    }
    List<String> sameAuthor =
        earlier.stream().filter(e -> e.author().equals(author)).map(Communication::id).toList();
    if (!sameAuthor.isEmpty() && random.nextBoolean()) {
      c.supersedes(pick(sameAuthor));
    }
    c.addAllEvidence(evidence(sources, actors));
    return c.build();
  }

  private Stance stance(List<String> items, List<Source> sources, List<String> actors) {
    String item = pick(items);
    StanceKind kind = pick(StanceKind.values());
    var stance = Stance.builder().item(item).addAllEvidence(evidence(sources, actors));
    if (kind == StanceKind.COUNTER_PROPOSED && items.size() > 1) {
      List<String> others = new ArrayList<>(items);
      others.remove(item);
      return stance.kind(kind).counterItem(pick(others)).build();
    }
    if (kind == StanceKind.COUNTER_PROPOSED || kind == StanceKind.NOT_ADDRESSED) {
      kind = StanceKind.REJECTED;
    }
    if (kind == StanceKind.OPEN_TO_DISCUSS && items.size() > 1 && random.nextBoolean()) {
      List<String> broader = new ArrayList<>(items);
      broader.remove(item);
      stance.via(pick(broader));
    }
    return stance.kind(kind).build();
  }

  private List<Evidence> evidence(List<Source> sources, List<String> actors) {
    List<Evidence> evidence = new ArrayList<>();
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      var e =
          Evidence.builder()
              .source(pick(sources))
              .quote(text(false))
              .quotation(pick(Quotation.values()));
      if (random.nextBoolean()) {
        e.locator(text(false));
      }
      if (random.nextBoolean()) {
        int start = random.nextInt(10_000);
        e.start(start).end(start + random.nextInt(500));
      }
      if (!actors.isEmpty() && random.nextBoolean()) {
        e.speaker(pick(actors));
      }
      evidence.add(e.build());
    }
    return evidence;
  }

  private Source source(int index) {
    var source =
        Source.builder().id(id("source", index)).title(text(false)).kind(pick(SourceKind.values()));
    if (random.nextBoolean()) {
      source.date(LocalDate.ofEpochDay(random.nextInt(30_000)));
    }
    if (random.nextBoolean()) {
      source.location(text(false));
    }
    return source.build();
  }

  /** A unique id for the {@code index}th value of a kind, sometimes with awkward characters. */
  private String id(String kind, int index) {
    return kind + index + (random.nextInt(4) == 0 ? " " + text(false) : "");
  }

  private String text(boolean nonBlank) {
    StringBuilder text = new StringBuilder(nonBlank ? "x" : "");
    int pieces = random.nextInt(6);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A random selection of distinct values, in a random order. */
  private <T> List<T> subset(List<T> values) {
    List<T> chosen = new ArrayList<>();
    for (T value : values) {
      if (random.nextInt(3) == 0) {
        chosen.add(random.nextInt(chosen.size() + 1), value);
      }
    }
    return chosen;
  }
}
