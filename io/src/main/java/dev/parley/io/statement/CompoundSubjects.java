package dev.parley.io.statement;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The other member of a compound subject whose one member is the speaker found: a name joined after
 * it by "and", perhaps after a role in apposition ("Rutte and his Austrian counterpart, Sebastian
 * Kurz, rejected"), or a name or "he"/"she" joined before it ("He and Angela Merkel had told
 * reporters"). Each member does the act.
 */
final class CompoundSubjects {
  private CompoundSubjects() {}

  /** Determiners that open a role set in apposition before a name ("his Austrian counterpart,"). */
  private static final ImmutableSet<String> ROLE_DETERMINERS =
      ImmutableSet.of("his", "her", "their", "its", "the");

  /** How many words a role in apposition may have, its determiner included. */
  private static final int MAX_ROLE_WORDS = 5;

  /** Pronouns that may be the first member of a compound subject ("He and Merkel told"). */
  private static final ImmutableSet<String> SUBJECT_PRONOUNS = ImmutableSet.of("he", "she");

  /**
   * Words after which a compound subject may open a clause: conjunctions and subordinators. After
   * any other word ("met Macron and Merkel told") the first name is an object.
   */
  private static final WordSet CLAUSE_OPENERS =
      WordSet.of(
          "that",
          "but",
          "and",
          "while",
          "when",
          "after",
          "before",
          "because",
          "as",
          "since",
          "although",
          "though",
          "so",
          "then",
          "yet",
          "whereas");

  /**
   * The second subject after the speaker's mention ("Blinken and Lavrov met", "Rutte and his
   * Austrian counterpart, Sebastian Kurz, rejected"): an entity of another party joined to it by
   * "and", perhaps after its title or after a role in apposition closed by commas, before the act
   * cue; null if none. Of several, the last: in "and Russian President Vladimir Putin" the name the
   * title leads to, not the party adjective inside the title.
   */
  static @Nullable Mention after(List<Mention> mentions, String text, Mention subject, Cue cue) {
    Mention found = null;
    for (Mention m : mentions) {
      if (m.start() >= subject.end()
          && m.end() <= cue.start()
          && m.isEntity()
          && m.party().isPresent()
          && !m.party().equals(subject.party())) {
        String between = text.substring(subject.end(), m.start());
        if (Subjects.isJoinedByAnd(between)
            || (isJoinedThroughARole(between) && text.startsWith(",", m.end()))) {
          found = m;
        }
      }
    }
    return found;
  }

  /**
   * Whether the text between two names is "and" and a role in apposition to the second: a
   * determiner of a role and a few words, then a comma ("and his Austrian counterpart, ").
   */
  static boolean isJoinedThroughARole(String between) {
    String rest = between.strip();
    if (!rest.startsWith("and ") || !rest.endsWith(",")) {
      return false;
    }
    String role = rest.substring(4, rest.length() - 1).strip();
    if (role.isEmpty() || role.indexOf(',') >= 0) {
      return false;
    }
    String[] words = role.split(" +", -1);
    if (words.length < 2 || words.length > MAX_ROLE_WORDS) {
      return false;
    }
    if (!ROLE_DETERMINERS.contains(words[0])) {
      return false;
    }
    for (String w : words) {
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019') {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The first subject before the speaker's mention ("He and Angela Merkel had told", "Macron and
   * Merkel said"): an entity of another party, or "he"/"she", joined to it by "and" alone, opening
   * the sentence or a clause (after punctuation, a conjunction or a reporting verb, never after a
   * verb or a preposition, where it is an object); null if none.
   */
  static @Nullable Mention before(
      Tokens tokens, List<Mention> mentions, List<Cue> cues, String text, Mention subject) {
    int subjectStart = NamePhrases.start(mentions, text, subject);
    for (Mention m : mentions) {
      boolean pronoun = m.anaphor() && SUBJECT_PRONOUNS.contains(Ascii.toLowerCase(m.text()));
      boolean other = m.isEntity() && m.party().isPresent() && !m.party().equals(subject.party());
      if (!pronoun && !other) {
        continue;
      }
      int end = pronoun ? m.end() : NamePhrases.end(mentions, text, m);
      if (end > subjectStart
          || (pronoun
              ? !text.substring(end, subject.start()).strip().equals("and")
              : !Subjects.isJoinedByAnd(text.substring(end, subjectStart)))) {
        continue;
      }
      int at = tokens.indexAt(pronoun ? m.start() : NamePhrases.start(mentions, text, m));
      if (at > 0 && tokens.get(at - 1).lower().equals("the")) {
        // "The Kingdom of Norland and Suria": the article opens the name.
        at--;
      }
      if (at == 0) {
        return m;
      }
      Tokens.Token previous = tokens.get(at - 1);
      if (previous.isWord()
          ? CLAUSE_OPENERS.contains(previous) || isReporting(cues, previous)
          : !previous.text().equals(",") || !endsAMention(mentions, previous.start())) {
        return m;
      }
    }
    return null;
  }

  /** Whether a token is (the end of) a reporting verb, whose clause may follow without "that". */
  private static boolean isReporting(List<Cue> cues, Tokens.Token t) {
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.REPORTING && cue.start() <= t.start() && t.end() == cue.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a mention ends right at {@code offset} ("Rutte, Kurz and Merkel": a list). */
  private static boolean endsAMention(List<Mention> mentions, int offset) {
    for (Mention m : mentions) {
      if (m.end() == offset) {
        return true;
      }
    }
    return false;
  }
}
