package dev.parley.io.statement;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import dev.parley.io.article.DateMention;
import dev.parley.io.article.DatePrecision;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A small hand-written lexicon for unit tests, independent of the bundled one: whole-word,
 * case-insensitive phrase matches and "Month day" dates.
 */
final class FakeKnowledge implements Knowledge {
  private record Entry(String phrase, Cue.Kind kind, String id) {}

  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, String> parties = new HashMap<>();
  private final Map<String, String> authors = new HashMap<>();
  private final Map<String, List<String>> acting = new HashMap<>();

  static FakeKnowledge standard() {
    FakeKnowledge k = new FakeKnowledge();
    k.party("RU", "Russia", "Moscow", "the Kremlin", "Russian");
    k.party("US", "United States", "Washington", "US", "American");
    k.party("NATO", "NATO", "the alliance");
    k.party("UA", "Ukraine", "Kyiv");
    k.actor("lavrov", "RU", "Sergei Lavrov", "Lavrov");
    k.actor("mfa", "RU", "Russian Foreign Ministry", "Foreign Ministry");
    k.actor("blinken", "US", "Antony Blinken", "Blinken");
    k.actor("stoltenberg", "NATO", "Jens Stoltenberg", "Stoltenberg");
    k.item("troop-withdrawal", "withdraw troops", "withdrawal of troops");
    k.item("nato-no-expansion", "expansion of NATO", "NATO expansion", "non-expansion");
    k.item("sanctions", "sanctions");
    k.act("demand", "demands", "demanded", "demand", "insists", "called on", "urged");
    k.act("propose", "proposed", "proposes", "offered", "proposal");
    k.act("accept", "agree", "agreed", "accepted", "accepts");
    k.act("reject", "reject", "rejected", "rejects", "refusing", "refused", "unacceptable");
    k.act("discuss", "discuss", "discussed", "talks");
    k.act("threaten", "threatened", "warned", "retaliate", "will be forced to respond");
    k.act("deny", "denied", "denies");
    k.act("respond", "response", "responded", "answer", "reply");
    k.add(Cue.Kind.NEGATION, "negation", "not", "cannot", "won't", "never", "no");
    k.add(Cue.Kind.MODALITY, "modality", "would", "could", "ready to", "may");
    k.add(
        Cue.Kind.REPORTING,
        "reporting",
        "said",
        "stressed",
        "noted",
        "added",
        "told",
        "announced",
        "stated");
    return k;
  }

  void party(String id, String... names) {
    add(Cue.Kind.PARTY, id, names);
  }

  void actor(String id, String party, String... names) {
    parties.put(id, party);
    add(Cue.Kind.ACTOR, id, names);
  }

  void item(String id, String... phrases) {
    add(Cue.Kind.ITEM, id, phrases);
  }

  void document(String id, String author, String... names) {
    authors.put(id, author);
    add(Cue.Kind.DOCUMENT, id, names);
  }

  void acting(String item, String... parties) {
    acting.put(item, List.of(parties));
  }

  void act(String id, String... phrases) {
    add(Cue.Kind.ACT, id, phrases);
  }

  void add(Cue.Kind kind, String id, String... phrases) {
    for (String phrase : phrases) {
      entries.add(new Entry(Ascii.toLowerCase(phrase), kind, id));
    }
  }

  @Override
  public List<Cue> cues(String text, int start, int end) {
    String lower = Ascii.toLowerCase(text.substring(start, end)).replace('\u2019', '\'');
    ImmutableList.Builder<Cue> cues = ImmutableList.builder();
    for (Entry e : entries) {
      int from = 0;
      int at;
      while ((at = lower.indexOf(e.phrase(), from)) >= 0) {
        int stop = at + e.phrase().length();
        boolean left = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
        boolean right = stop == lower.length() || !Character.isLetterOrDigit(lower.charAt(stop));
        if (left && right) {
          String id =
              e.kind() == Cue.Kind.PARTY
                      || e.kind() == Cue.Kind.ACTOR
                      || e.kind() == Cue.Kind.ITEM
                      || e.kind() == Cue.Kind.ACT
                      || e.kind() == Cue.Kind.DOCUMENT
                  ? e.id()
                  : e.phrase();
          cues.add(new Cue(e.kind(), id, start + at, start + stop));
        }
        from = at + 1;
      }
    }
    return cues.build();
  }

  @Override
  public Optional<String> partyOfActor(String actorId) {
    return Optional.ofNullable(parties.get(actorId));
  }

  @Override
  public Optional<String> authorOfDocument(String documentId) {
    return Optional.ofNullable(authors.get(documentId));
  }

  @Override
  public List<String> partiesActingOn(String itemId) {
    return acting.getOrDefault(itemId, List.of());
  }

  @Override
  public Optional<Act> negationOf(Act act) {
    return Optional.empty();
  }

  @Override
  public List<DateMention> dates(
      String text, int start, int end, @Nullable LocalDate anchor, @Nullable LocalDate previous) {
    List<DateMention> found = new ArrayList<>();
    String[] words = text.substring(start, end).split(" ", -1);
    int offset = start;
    for (int i = 0; i < words.length; i++) {
      if (i + 1 < words.length && anchor != null) {
        Optional<Month> month = month(words[i]);
        String day = words[i + 1].replaceAll("[^0-9]", "");
        if (month.isPresent() && !day.isEmpty() && day.length() <= 2) {
          int length = words[i].length() + 1 + day.length();
          found.add(
              DateMention.builder()
                  .start(offset)
                  .end(offset + length)
                  .text(text.substring(offset, offset + length))
                  .date(LocalDate.of(anchor.getYear(), month.get(), Integer.parseInt(day)))
                  .precision(DatePrecision.DAY)
                  .relative(true)
                  .build());
        }
      }
      offset += words[i].length() + 1;
    }
    return found;
  }

  private static Optional<Month> month(String word) {
    for (Month m : Month.values()) {
      if (m.name().equals(word.toUpperCase(Locale.ROOT))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
