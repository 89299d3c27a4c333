package dev.parley.benchmarks;

import dev.parley.benchmarks.NewsCast.Actor;
import dev.parley.benchmarks.NewsCast.Item;
import dev.parley.benchmarks.NewsCast.Party;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Composes one news-like article from grammar templates: a headline, a dated header, paragraphs
 * that mix statements of parties (demands, rejections, offers, warnings, quotes with attributions,
 * negations) with filler prose, and the boilerplate lines scraped pages carry.
 */
final class ArticleComposer {
  /** The smallest and largest article, in UTF-8 bytes. */
  static final int MIN_BYTES = 2 * 1024;

  static final int MAX_BYTES = 20 * 1024;

  private static final String[] DEMAND_VERBS = {
    "demands", "insists on", "calls for", "wants", "seeks", "expects", "requires"
  };
  private static final String[] SAY_VERBS = {
    "said",
    "stressed",
    "insisted",
    "warned",
    "noted",
    "added",
    "emphasized",
    "explained",
    "claimed",
    "concluded",
    "reiterated",
    "told reporters",
    "pointed out"
  };
  private static final String[] RESPONSE_VERBS = {
    "rejected", "welcomed", "dismissed", "accepted", "criticised", "studied", "ignored", "received"
  };
  private static final String[] MODALS = {
    "will not", "would never", "cannot", "does not intend to", "is ready to", "is prepared to",
    "will", "must", "has no plans to", "refuses to", "agreed to", "may"
  };
  private static final String[] QUOTE_OPENERS = {
    "We will never accept", "We demand", "We cannot agree to", "We are ready to discuss",
    "We reject", "Nobody is talking about", "There can be no question of", "We propose",
    "We insist on", "It is time to talk about"
  };
  private static final String[] VERDICTS = {
    "closed", "not on the table", "a priority", "non-negotiable", "a red line", "open for talks"
  };
  private static final String[] CURRENCIES = {"dollars", "euros", "roubles", "hryvnias"};
  private static final String[] BOILERPLATE = {
    "Related Articles",
    "Leave a Reply",
    "Your email address will not be published.",
    "Back to top button",
    "Share this article",
    "Subscribe to our newsletter",
    "Advertisement",
    "Follow us on Telegram",
    "Comments",
    "Most read",
    "Print this page",
    "Share on Facebook"
  };

  private final Vocabulary words;
  private final NewsCast cast;

  ArticleComposer(Vocabulary words, NewsCast cast) {
    this.words = words;
    this.cast = cast;
  }

  /** The text of one article of between {@link #MIN_BYTES} and {@link #MAX_BYTES} UTF-8 bytes. */
  String compose(Random random) {
    int target = (int) Math.exp(Math.log(MIN_BYTES) + random.nextDouble() * Math.log(10));
    LocalDate date = Datelines.date(random);
    StringBuilder text = new StringBuilder(target + 1024);
    if (random.nextInt(6) == 0) {
      text.append("Home / World / ").append(words.name(random)).append("\n\n");
    }
    text.append(Datelines.header(random, date));
    String headline = headline(random);
    text.append(headline).append("\n\n");
    if (random.nextInt(3) == 0) {
      text.append(headline).append("\n\n");
    }
    String lead = Datelines.lead(random, date, cast.capital(random));
    text.append(lead).append(paragraph(random, date)).append("\n\n");
    int bytes = Utf8.length(text);
    while (bytes < target) {
      String next = random.nextInt(9) == 0 ? boilerplateLine(random) : paragraph(random, date);
      int size = Utf8.length(next) + 2;
      if (bytes + size > MAX_BYTES - 600) {
        break;
      }
      text.append(next).append("\n\n");
      bytes += size;
    }
    text.append(ending(random));
    while (Utf8.length(text) < MIN_BYTES) {
      text.append("\n\n").append(paragraph(random, date));
    }
    return text.toString();
  }

  private String headline(Random random) {
    Party party = cast.party(random);
    Item item = cast.item(random);
    Actor actor = cast.actor(random);
    String line;
    switch (random.nextInt(6)) {
      case 0:
        line = party.name() + " " + Vocabulary.pick(random, DEMAND_VERBS) + " " + item.noun();
        break;
      case 1:
        line = actor.surname() + ": " + party.name() + " will not " + item.verb();
        break;
      case 2:
        line =
            cast.capital(random)
                + " responds to "
                + cast.party(random).name()
                + " on "
                + item.noun();
        break;
      case 3:
        line = actor.name() + " warns of " + item.noun() + ", – " + party.name();
        break;
      case 4:
        line =
            words.name(random)
                + " "
                + words.noun(random)
                + " "
                + words.verbPast(random)
                + " amid "
                + words.adjective(random)
                + " "
                + words.noun(random);
        break;
      default:
        line =
            party.name()
                + " rejects "
                + cast.party(random).adjective()
                + " proposals on "
                + item.noun();
        break;
    }
    return Vocabulary.capitalise(line);
  }

  private String paragraph(Random random, LocalDate date) {
    StringBuilder paragraph = new StringBuilder(600);
    int sentences = 1 + random.nextInt(5);
    boolean negotiation = random.nextInt(5) < 2;
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        paragraph.append(' ');
      }
      boolean statement = negotiation ? random.nextInt(3) > 0 : random.nextInt(6) == 0;
      paragraph.append(statement ? statement(random, date) : filler(random));
    }
    return paragraph.toString();
  }

  /** A sentence in which an actor or party takes a position on an item. */
  String statement(Random random, LocalDate date) {
    Party party = cast.party(random);
    Party other = cast.party(random);
    Actor actor = cast.actor(random);
    Item item = cast.item(random);
    Item otherItem = cast.item(random);
    String when = Datelines.relative(random, date);
    String say = Vocabulary.pick(random, SAY_VERBS);
    String sentence;
    switch (random.nextInt(13)) {
      case 0:
        sentence =
            party.name() + " " + Vocabulary.pick(random, DEMAND_VERBS) + " " + item.noun() + ".";
        break;
      case 1:
        sentence =
            actor.title()
                + " "
                + actor.name()
                + " "
                + say
                + " "
                + when
                + " that "
                + party.name()
                + " "
                + Vocabulary.pick(random, MODALS)
                + " "
                + item.verb()
                + ".";
        break;
      case 2:
        sentence =
            "“"
                + Vocabulary.pick(random, QUOTE_OPENERS)
                + " "
                + item.noun()
                + ",” "
                + actor.surname()
                + " "
                + say
                + ".";
        break;
      case 3:
        sentence =
            "\""
                + other.name()
                + " must "
                + item.verb()
                + "\", "
                + actor.title()
                + " "
                + actor.name()
                + " told reporters in "
                + cast.capital(random)
                + " "
                + when
                + ".";
        break;
      case 4:
        sentence =
            "According to "
                + actor.surname()
                + ", "
                + party.name()
                + " "
                + Vocabulary.pick(random, RESPONSE_VERBS)
                + " the "
                + other.adjective()
                + " proposals on "
                + item.noun()
                + ".";
        break;
      case 5:
        sentence =
            actor.name()
                + " warned that "
                + party.name()
                + " would "
                + item.verb()
                + " if "
                + other.name()
                + (random.nextBoolean() ? " did not " : " refused to ")
                + otherItem.verb()
                + ".";
        break;
      case 6:
        sentence =
            party.name()
                + " offered to "
                + item.verb()
                + " in exchange for "
                + otherItem.noun()
                + ", "
                + actor.name()
                + " said.";
        break;
      case 7:
        sentence =
            party.name()
                + " rejected "
                + other.name()
                + "'s demand for "
                + item.noun()
                + ", "
                + actor.surname()
                + " "
                + say
                + " "
                + when
                + ".";
        break;
      case 8:
        sentence =
            "The "
                + party.adjective()
                + " Foreign Ministry stressed that "
                + party.name()
                + " is not planning to "
                + item.verb()
                + ".";
        break;
      case 9:
        sentence =
            "Mr. "
                + actor.surname()
                + " reiterated that the issue of "
                + item.noun()
                + " is “"
                + Vocabulary.pick(random, VERDICTS)
                + ".”";
        break;
      case 10:
        sentence =
            party.name()
                + " and "
                + other.name()
                + " agreed "
                + when
                + " to continue talks on "
                + item.noun()
                + " in "
                + cast.capital(random)
                + ".";
        break;
      case 11:
        sentence =
            actor.surname()
                + " declined to comment on "
                + item.noun()
                + ", saying only that "
                + party.name()
                + " had "
                + words.verbPast(random)
                + " the "
                + words.adjective(random)
                + " "
                + words.noun(random)
                + ".";
        break;
      default:
        sentence =
            "“"
                + Vocabulary.capitalise(party.name())
                + " does not and cannot accept "
                + item.noun()
                + ". "
                + Vocabulary.capitalise(other.name())
                + " should "
                + otherItem.verb()
                + ",” "
                + actor.title().toLowerCase(Locale.ROOT)
                + " "
                + actor.surname()
                + " "
                + say
                + " "
                + when
                + ".";
        break;
    }
    return Vocabulary.capitalise(sentence);
  }

  /** A sentence of prose that takes no position: background, numbers, colour. */
  String filler(Random random) {
    String sentence;
    switch (random.nextInt(7)) {
      case 0:
        sentence =
            "The "
                + words.adjective(random)
                + " "
                + words.noun(random)
                + " in "
                + words.name(random)
                + " was "
                + words.verbPast(random)
                + " "
                + words.adverb(random)
                + " "
                + words.preposition(random)
                + " the "
                + words.noun(random)
                + " of "
                + (2 + random.nextInt(900))
                + " "
                + words.noun(random)
                + "s.";
        break;
      case 1:
        sentence =
            words.name(random)
                + " "
                + words.noun(random)
                + "s "
                + words.verbPast(random)
                + " the "
                + words.adjective(random)
                + " "
                + words.noun(random)
                + " "
                + words.preposition(random)
                + " "
                + words.name(random)
                + ", "
                + words.name(random)
                + " and "
                + words.name(random)
                + ".";
        break;
      case 2:
        sentence =
            (1 + random.nextInt(99))
                + "."
                + random.nextInt(10)
                + " percent of the "
                + words.noun(random)
                + " "
                + words.verbPast(random)
                + " "
                + words.adverb(random)
                + ", the "
                + words.noun(random)
                + " "
                + words.verbPast(random)
                + " in "
                + cast.capital(random)
                + " "
                + words.adverb(random)
                + ".";
        break;
      case 3:
        sentence =
            "In "
                + (1991 + random.nextInt(31))
                + ", the "
                + words.noun(random)
                + " "
                + words.verbPast(random)
                + " a "
                + words.adjective(random)
                + " "
                + words.noun(random)
                + " worth "
                + String.format(Locale.ROOT, "%,d", 1 + random.nextInt(9000))
                + " million "
                + Vocabulary.pick(random, CURRENCIES)
                + ".";
        break;
      case 4:
        sentence =
            "Observers in "
                + words.name(random)
                + " "
                + words.verbPast(random)
                + " that the "
                + words.adjective(random)
                + " "
                + words.noun(random)
                + " had "
                + words.verbPast(random)
                + " the "
                + words.noun(random)
                + " of Dr. "
                + words.name(random)
                + " "
                + words.adverb(random)
                + ".";
        break;
      case 5:
        sentence = babble(random, 8 + random.nextInt(20));
        break;
      default:
        sentence =
            "The "
                + words.noun(random)
                + " ("
                + words.name(random).toUpperCase(Locale.ROOT)
                + ") "
                + words.verbPast(random)
                + " its "
                + words.adjective(random)
                + " "
                + words.noun(random)
                + " "
                + words.preposition(random)
                + " "
                + (2 + random.nextInt(30))
                + " "
                + words.noun(random)
                + "s; the "
                + words.noun(random)
                + " "
                + words.verbPast(random)
                + " it "
                + words.adverb(random)
                + ".";
        break;
    }
    return Vocabulary.capitalise(sentence);
  }

  private String babble(Random random, int length) {
    StringBuilder sentence = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (i > 0) {
        sentence.append(i % 7 == 6 ? ", " : " ");
      }
      switch (random.nextInt(5)) {
        case 0:
          sentence.append(words.adjective(random));
          break;
        case 1:
          sentence.append(words.preposition(random));
          break;
        case 2:
          sentence.append(words.name(random));
          break;
        default:
          sentence.append(words.pseudo(random));
          break;
      }
    }
    return sentence.append('.').toString();
  }

  private String boilerplateLine(Random random) {
    switch (random.nextInt(4)) {
      case 0:
        return "Read also: " + headline(random);
      case 1:
        return "Photo: " + words.name(random) + " / " + words.name(random) + " Press";
      default:
        return Vocabulary.pick(random, BOILERPLATE);
    }
  }

  private String ending(Random random) {
    StringBuilder ending = new StringBuilder();
    if (random.nextInt(3) == 0) {
      ending
          .append(Vocabulary.capitalise(words.name(random)))
          .append(" ")
          .append(words.name(random))
          .append(" contributed reporting.\n\n");
    }
    int lines = random.nextInt(5);
    for (int i = 0; i < lines; i++) {
      ending.append(Vocabulary.pick(random, BOILERPLATE)).append("\n\n");
    }
    return ending.toString();
  }
}
