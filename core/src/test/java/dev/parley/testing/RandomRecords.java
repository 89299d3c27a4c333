package dev.parley.testing;

import dev.parley.agenda.Item;
import dev.parley.agenda.ItemPackage;
import dev.parley.agenda.Linkage;
import dev.parley.communication.Communication;
import dev.parley.communication.CommunicationKind;
import dev.parley.communication.Entry;
import dev.parley.communication.EntryKind;
import dev.parley.communication.ImmutableCommunication;
import dev.parley.communication.Stance;
import dev.parley.communication.StanceKind;
import dev.parley.communication.Verdict;
import dev.parley.evidence.Evidence;
import dev.parley.party.Party;
import dev.parley.record.NegotiationRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates random valid records: a few parties and items, packages nested without cycles (some
 * empty, of either linkage), and communications that propose, answer (with contradictory reports
 * now and then), give verdicts and supersede. Communications are handed to the builder in shuffled
 * order. All randomness comes from the {@link Random} given, so a seed reproduces a record.
 */
public final class RandomRecords {
  /** The earliest date a generated communication can have. */
  public static final LocalDate START = LocalDate.of(2021, 12, 1);

  private static final StanceKind[] STATED = {
    StanceKind.REJECTED,
    StanceKind.COUNTER_PROPOSED,
    StanceKind.OPEN_TO_DISCUSS,
    StanceKind.PARTIALLY_ACCEPTED,
    StanceKind.ACCEPTED
  };
  private static final StanceKind[] VERDICTS = {
    StanceKind.REJECTED,
    StanceKind.OPEN_TO_DISCUSS,
    StanceKind.PARTIALLY_ACCEPTED,
    StanceKind.ACCEPTED
  };

  private final Random random;

  /** A generator drawing on {@code random}. */
  public RandomRecords(Random random) {
    this.random = random;
  }

  /** A new random valid record. */
  public NegotiationRecord record() {
    List<Party> parties = new ArrayList<>();
    int partyCount = 2 + random.nextInt(3);
    for (int i = 0; i < partyCount; i++) {
      parties.add(Fixtures.party("P" + i));
    }
    List<Item> items = new ArrayList<>();
    int itemCount = 2 + random.nextInt(7);
    for (int i = 0; i < itemCount; i++) {
      items.add(Fixtures.item("i" + i));
    }
    List<ItemPackage> packages = new ArrayList<>();
    int packageCount = random.nextInt(4);
    for (int k = 0; k < packageCount; k++) {
      List<String> members = new ArrayList<>();
      for (Item item : items) {
        if (random.nextInt(3) == 0) {
          members.add(item.id());
        }
      }
      for (ItemPackage earlier : packages) {
        if (random.nextInt(3) == 0) {
          members.add(earlier.id());
        }
      }
      Collections.shuffle(members, random);
      packages.add(
          ItemPackage.builder()
              .id("k" + k)
              .title("Package " + k)
              .linkage(random.nextBoolean() ? Linkage.INDIVISIBLE : Linkage.SEPARABLE)
              .members(members)
              .build());
    }
    NegotiationRecord empty =
        NegotiationRecord.builder()
            .title("Random talks")
            .parties(parties)
            .items(items)
            .packages(packages)
            .build();
    int count = 1 + random.nextInt(12);
    return withCommunications(empty, START, count);
  }

  /**
   * The record with {@code count} more random communications, each dated after {@code after} and
   * free to answer or supersede any communication dated no later. The record's own communications
   * keep their order; the new ones are handed to the builder after them, in shuffled order.
   */
  public NegotiationRecord withCommunications(
      NegotiationRecord record, LocalDate after, int count) {
    List<Communication> all = new ArrayList<>(record.communications());
    LocalDate date = after.plusDays(1);
    for (int n = 0; n < count; n++) {
      final LocalDate day = date;
      List<Communication> earlier = all.stream().filter(c -> !c.date().isAfter(day)).toList();
      all.add(communication(record, "c" + all.size(), date, earlier));
      date = date.plusDays(random.nextInt(3));
    }
    List<Communication> added =
        new ArrayList<>(all.subList(record.communications().size(), all.size()));
    Collections.shuffle(added, random);
    return NegotiationRecord.builder().from(record).addAllCommunications(added).build();
  }

  private Communication communication(
      NegotiationRecord record, String id, LocalDate date, List<Communication> earlier) {
    List<String> parties = record.parties().stream().map(Party::id).toList();
    boolean respond = !earlier.isEmpty() && random.nextInt(3) > 0;
    boolean propose = !respond || random.nextInt(4) == 0;
    List<Communication> answered = new ArrayList<>();
    if (respond) {
      int answers = 1 + random.nextInt(2);
      for (int i = 0; i < answers; i++) {
        Communication c = earlier.get(random.nextInt(earlier.size()));
        if (!answered.contains(c)) {
          answered.add(c);
        }
      }
    }
    String author = pick(parties);
    if (respond && random.nextInt(4) > 0 && !answered.get(0).addressees().isEmpty()) {
      author = pick(List.copyOf(answered.get(0).addressees()));
    }
    final String self = author;
    List<String> others = parties.stream().filter(p -> !p.equals(self)).toList();
    ImmutableCommunication.Builder builder =
        Communication.builder()
            .id(id)
            .kind(pick(List.of(CommunicationKind.values())))
            .date(date)
            .title("Communication " + id)
            .author(author)
            .addAllAddressees(subset(others, 1))
            .addEvidence(evidence(id));
    if (propose) {
      propose(record, builder, others, earlier, author);
    }
    if (respond) {
      respond(record, builder, answered, id);
    }
    return builder.build();
  }

  private void propose(
      NegotiationRecord record,
      ImmutableCommunication.Builder builder,
      List<String> others,
      List<Communication> earlier,
      String author) {
    List<String> items = record.items().stream().map(Item::id).toList();
    boolean withPackage = !record.packages().isEmpty() && random.nextBoolean();
    if (withPackage) {
      builder.proposedPackage(pick(record.packages()).id());
    }
    List<String> entries = subset(items, withPackage ? 0 : 1);
    for (String item : entries) {
      var entry =
          Entry.builder()
              .item(item)
              .kind(random.nextInt(4) == 0 ? EntryKind.OFFER : EntryKind.DEMAND)
              .addEvidence(evidence("put forward " + item));
      if (random.nextInt(5) == 0) {
        entry.addAllAddressees(subset(others, 1));
      }
      builder.addEntry(entry.build());
    }
    List<Communication> own =
        earlier.stream().filter(c -> c.author().equals(author) && c.isProposal()).toList();
    if (!own.isEmpty() && random.nextInt(4) == 0) {
      builder.supersedes(pick(own).id());
    }
  }

  private void respond(
      NegotiationRecord record,
      ImmutableCommunication.Builder builder,
      List<Communication> answered,
      String id) {
    Set<String> held = new LinkedHashSet<>();
    for (Communication c : answered) {
      builder.addAnswer(c.id());
      c.entries().forEach(e -> held.add(e.item()));
      c.proposedPackage().ifPresent(p -> held.addAll(record.leafItems(p)));
    }
    if (random.nextInt(5) == 0) {
      held.add(pick(record.items()).id());
    }
    List<String> items = record.items().stream().map(Item::id).toList();
    for (String item : held) {
      if (random.nextInt(5) < 3) {
        int reports = random.nextInt(8) == 0 ? 2 : 1;
        for (int r = 0; r < reports; r++) {
          builder.addStance(stance(item, items, id));
        }
      }
    }
    if (random.nextInt(4) == 0) {
      StanceKind kind = VERDICTS[random.nextInt(VERDICTS.length)];
      if (answered.size() > 1 && random.nextBoolean()) {
        builder.verdict(Verdict.on(kind, List.of(pick(answered).id()), evidence(id)));
      } else {
        builder.verdict(Verdict.of(kind, evidence(id)));
      }
    }
  }

  private Stance stance(String item, List<String> items, String id) {
    StanceKind kind = STATED[random.nextInt(STATED.length)];
    List<String> counters = items.stream().filter(i -> !i.equals(item)).toList();
    Evidence evidence = evidence(id + " on " + item);
    if (kind == StanceKind.COUNTER_PROPOSED) {
      return counters.isEmpty()
          ? Stance.of(item, StanceKind.REJECTED, evidence)
          : Stance.counter(item, pick(counters), evidence);
    }
    return Stance.of(item, kind, evidence);
  }

  private Evidence evidence(String quote) {
    return Fixtures.evidence(quote);
  }

  /** A random date from the day before the first communication to the day after the last. */
  public LocalDate date(NegotiationRecord record) {
    LocalDate last =
        record.communications().isEmpty()
            ? START
            : record.communications().get(record.communications().size() - 1).date();
    long span = last.toEpochDay() - START.toEpochDay() + 3;
    return START.minusDays(1).plusDays(random.nextInt((int) span));
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <T> List<T> subset(List<T> values, int atLeast) {
    List<T> chosen = new ArrayList<>();
    for (T value : values) {
      if (random.nextBoolean()) {
        chosen.add(value);
      }
    }
    while (chosen.size() < Math.min(atLeast, values.size())) {
      T value = pick(values);
      if (!chosen.contains(value)) {
        chosen.add(value);
      }
    }
    return chosen;
  }
}
