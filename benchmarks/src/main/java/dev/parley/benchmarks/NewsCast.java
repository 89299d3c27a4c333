package dev.parley.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Who and what a generated article talks about: parties, the actors who speak for them, capitals,
 * and the items they negotiate over. Well-known ones are mixed with invented ones so that a corpus
 * has both lexicon hits and unknown names.
 */
final class NewsCast {
  /** A party as a sentence names it, and its adjective ("Russian", "American"). */
  record Party(String name, String adjective) {}

  /** A speaker: full name, surname, title and party. */
  record Actor(String name, String surname, String title, Party party) {}

  /** A negotiated item: as a noun phrase ("the withdrawal of troops") and as a verb phrase. */
  record Item(String noun, String verb) {}

  private static final Party RUSSIA = new Party("Russia", "Russian");
  private static final Party US = new Party("the United States", "American");
  private static final Party NATO = new Party("NATO", "NATO");
  private static final Party UKRAINE = new Party("Ukraine", "Ukrainian");
  private static final Party EU = new Party("the European Union", "European");
  private static final List<Party> KNOWN_PARTIES =
      List.of(
          RUSSIA,
          US,
          NATO,
          UKRAINE,
          EU,
          new Party("Germany", "German"),
          new Party("France", "French"),
          new Party("China", "Chinese"),
          new Party("Belarus", "Belarusian"),
          new Party("Turkey", "Turkish"),
          new Party("Poland", "Polish"),
          new Party("the OSCE", "OSCE"),
          new Party("Moscow", "Russian"),
          new Party("Washington", "American"),
          new Party("Kyiv", "Ukrainian"),
          new Party("the alliance", "allied"));

  private static final List<Actor> KNOWN_ACTORS =
      List.of(
          new Actor("Sergei Lavrov", "Lavrov", "Foreign Minister", RUSSIA),
          new Actor("Sergei Ryabkov", "Ryabkov", "Deputy Foreign Minister", RUSSIA),
          new Actor("Alexander Grushko", "Grushko", "Deputy Foreign Minister", RUSSIA),
          new Actor("Dmitry Peskov", "Peskov", "Kremlin spokesman", RUSSIA),
          new Actor("Vladimir Putin", "Putin", "President", RUSSIA),
          new Actor("Maria Zakharova", "Zakharova", "Foreign Ministry spokeswoman", RUSSIA),
          new Actor("Antony Blinken", "Blinken", "Secretary of State", US),
          new Actor("Wendy Sherman", "Sherman", "Deputy Secretary of State", US),
          new Actor("Ned Price", "Price", "State Department spokesman", US),
          new Actor("Jake Sullivan", "Sullivan", "National Security Adviser", US),
          new Actor("Joe Biden", "Biden", "President", US),
          new Actor("Jens Stoltenberg", "Stoltenberg", "NATO Secretary General", NATO),
          new Actor("Dmytro Kuleba", "Kuleba", "Foreign Minister", UKRAINE),
          new Actor("Volodymyr Zelensky", "Zelensky", "President", UKRAINE),
          new Actor("Josep Borrell", "Borrell", "EU foreign policy chief", EU));

  private static final List<String> KNOWN_CAPITALS =
      List.of(
          "Moscow",
          "Washington",
          "Brussels",
          "Kyiv",
          "Geneva",
          "Vienna",
          "Berlin",
          "Paris",
          "Minsk",
          "Ankara",
          "Beijing",
          "Warsaw",
          "Helsinki",
          "Rome",
          "Madrid",
          "Riga",
          "Vilnius",
          "Tallinn");

  private static final String[] FIRST_NAMES = {
    "Anna", "Boris", "Claire", "Daniel", "Elena", "Farid", "Greta", "Hiroshi", "Irina", "Jonas",
    "Karim", "Lena", "Marek", "Nadia", "Oleg", "Paula", "Rafael", "Sofia", "Tomas", "Vera", "Yuri"
  };
  private static final String[] TITLES = {
    "Foreign Minister",
    "Defence Minister",
    "Deputy Foreign Minister",
    "spokesman for the ministry",
    "Prime Minister",
    "President",
    "ambassador",
    "chief negotiator",
    "envoy",
    "senior diplomat",
    "head of the delegation",
    "Secretary of State",
    "national security adviser"
  };

  private static final List<Item> KNOWN_ITEMS =
      List.of(
          new Item("the non-enlargement of NATO", "halt the enlargement of NATO"),
          new Item("a ban on Ukraine joining NATO", "rule out Ukraine's membership in NATO"),
          new Item("the withdrawal of troops from the border", "withdraw troops from the border"),
          new Item(
              "the return of NATO forces to the positions of 1997",
              "return NATO forces to the positions of 1997"),
          new Item(
              "a moratorium on intermediate-range missiles in Europe",
              "not deploy intermediate-range missiles in Europe"),
          new Item("limits on military exercises", "limit military exercises near the border"),
          new Item(
              "legally binding security guarantees", "give legally binding security guarantees"),
          new Item("the implementation of the Minsk agreements", "implement the Minsk agreements"),
          new Item("an end to arms deliveries to Ukraine", "stop deliveries of weapons to Ukraine"),
          new Item("transparency on arms control", "discuss arms control and transparency"),
          new Item("the closure of foreign military bases", "close foreign military bases"),
          new Item("the restoration of diplomatic missions", "restore the diplomatic missions"),
          new Item("a ceasefire along the line of contact", "agree a ceasefire"),
          new Item("the lifting of sanctions", "lift the sanctions"),
          new Item("an exchange of prisoners", "exchange prisoners"),
          new Item("new confidence-building measures", "agree new confidence-building measures"));

  private final List<Party> parties;
  private final List<Actor> actors;
  private final List<String> capitals;
  private final List<Item> items;

  private NewsCast(
      List<Party> parties, List<Actor> actors, List<String> capitals, List<Item> items) {
    this.parties = parties;
    this.actors = actors;
    this.capitals = capitals;
    this.items = items;
  }

  /** The known cast plus invented parties, actors, capitals and items drawn from {@code words}. */
  static NewsCast generate(Random random, Vocabulary words) {
    List<Party> parties = new ArrayList<>(KNOWN_PARTIES);
    List<String> capitals = new ArrayList<>(KNOWN_CAPITALS);
    for (int i = 0; i < 40; i++) {
      String root = words.name(random);
      parties.add(
          new Party(
              root + Vocabulary.pick(random, new String[] {"ia", "land", "stan", ""}),
              root + "ian"));
      capitals.add(
          words.name(random) + Vocabulary.pick(random, new String[] {"", "grad", "ville"}));
    }
    List<Actor> actors = new ArrayList<>(KNOWN_ACTORS);
    for (int i = 0; i < 200; i++) {
      String surname = words.name(random);
      actors.add(
          new Actor(
              Vocabulary.pick(random, FIRST_NAMES) + " " + surname,
              surname,
              Vocabulary.pick(random, TITLES),
              Vocabulary.pick(random, parties)));
    }
    List<Item> items = new ArrayList<>(KNOWN_ITEMS);
    for (int i = 0; i < 60; i++) {
      String thing = words.pseudo(random);
      String place = words.name(random);
      items.add(
          new Item(
              "the " + thing + " of the " + place + " " + words.noun(random),
              "settle the " + thing + " of " + place));
    }
    return new NewsCast(
        List.copyOf(parties), List.copyOf(actors), List.copyOf(capitals), List.copyOf(items));
  }

  /** A party; the well-known ones (listed first) come up most often. */
  Party party(Random random) {
    return parties.get(Vocabulary.skewed(random, parties.size()));
  }

  Actor actor(Random random) {
    return actors.get(Vocabulary.skewed(random, actors.size()));
  }

  String capital(Random random) {
    return capitals.get(Vocabulary.skewed(random, capitals.size()));
  }

  Item item(Random random) {
    return items.get(Vocabulary.skewed(random, items.size()));
  }
}
