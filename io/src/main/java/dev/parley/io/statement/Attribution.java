package dev.parley.io.statement;

import dev.parley.io.article.Sentence;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who a sentence says is speaking: the subject of a reporting verb, the attribution of a quote,
 * "according to X", the owner of an act noun ("Moscow's response") or the sentence's subject.
 */
final class Attribution {
  /** How many words may stand between a speaker and its reporting verb. */
  private static final int GAP = 6;

  /** A speaker found, the mention that named it (none for an unknown name) and the rule. */
  record Found(Speaker speaker, @Nullable Mention mention, String rule, Optional<String> cue) {}

  private Attribution() {}

  /** The attribution of the quotation in a sentence: a reporting verb outside the quote. */
  static Optional<Found> ofQuote(
      Tokens tokens, List<Mention> mentions, List<Cue> cues, boolean[] quoted, Sentence sentence) {
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.REPORTING
          && !isQuoted(quoted, sentence, cue.start())
          && !isAccordingTo(tokens, cue)) {
        Optional<Found> found = around(tokens, mentions, quoted, sentence, cue);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** The speaker of a reported (unquoted) act. */
  static Optional<Found> ofReport(
      Tokens tokens,
      List<Mention> mentions,
      List<Cue> cues,
      boolean[] quoted,
      Sentence sentence,
      Cue act) {
    Optional<Found> according = accordingTo(tokens, mentions);
    if (according.isPresent()) {
      return according;
    }
    Cue before = null;
    Cue after = null;
    for (Cue cue : cues) {
      if (cue.kind() != Cue.Kind.REPORTING
          || isQuoted(quoted, sentence, cue.start())
          || isAccordingTo(tokens, cue)) {
        continue;
      }
      if (cue.end() <= act.start()) {
        before = cue;
      } else if (after == null && cue.start() >= act.end()) {
        after = cue;
      }
    }
    if (before != null) {
      Optional<Found> found = around(tokens, mentions, quoted, sentence, before);
      if (found.isPresent()) {
        return found.map(f -> withRule(f, "reporting-subject"));
      }
    }
    if (after != null) {
      Optional<Found> found = subjectBefore(tokens, mentions, quoted, sentence, after, act.end());
      if (found.isPresent()) {
        return found.map(f -> withRule(f, "reporting-after"));
      }
    }
    Optional<Mention> owner = possessiveOwner(tokens, mentions, sentence, act);
    if (owner.isPresent()) {
      return Optional.of(
          new Found(owner.get().asSpeaker(), owner.get(), "possessive-agent", Optional.empty()));
    }
    for (Mention m : mentions) {
      if (m.start() >= act.start()) {
        break;
      }
      if (!isQuoted(quoted, sentence, m.start()) && !afterPreposition(tokens, m)) {
        return Optional.of(new Found(m.asSpeaker(), m, "sentence-subject", Optional.empty()));
      }
    }
    return Optional.empty();
  }

  /** The subject of a reporting verb outside quotes, for remembering who speaks. */
  static Optional<Speaker> subjectOf(
      Tokens tokens, List<Mention> mentions, Cue reporting, Sentence sentence) {
    boolean[] none = new boolean[sentence.end() - sentence.start()];
    return around(tokens, mentions, none, sentence, reporting)
        .filter(f -> f.mention() == null || !f.mention().anaphor())
        .map(Found::speaker);
  }

  private static Found withRule(Found found, String rule) {
    return new Found(found.speaker(), found.mention(), rule, found.cue());
  }

  private static Optional<Found> around(
      Tokens tokens, List<Mention> mentions, boolean[] quoted, Sentence sentence, Cue reporting) {
    Optional<Found> before =
        subjectBefore(tokens, mentions, quoted, sentence, reporting, sentence.start());
    if (before.isPresent()) {
      return before;
    }
    return subjectAfter(tokens, mentions, quoted, sentence, reporting);
  }

  private static Optional<Found> subjectBefore(
      Tokens tokens,
      List<Mention> mentions,
      boolean[] quoted,
      Sentence sentence,
      Cue reporting,
      int from) {
    int rep = tokens.indexAt(reporting.start());
    Mention nearest = null;
    for (Mention m : mentions) {
      if (m.end() <= reporting.start()
          && m.start() >= from
          && !isQuoted(quoted, sentence, m.start())
          && !afterPreposition(tokens, m)) {
        nearest = m;
      }
    }
    Optional<String> cue = Optional.of(reporting.label());
    int nearestGap =
        nearest == null ? Integer.MAX_VALUE : rep - tokens.indexBefore(nearest.end()) - 1;
    if (rep > 0) {
      Tokens.Token previous = tokens.get(rep - 1);
      if (isUnknownName(previous, mentions, rep - 1, tokens) && nearestGap > 0) {
        return Optional.of(
            new Found(Speaker.unknown(previous.text()), null, "unknown-source", cue));
      }
    }
    if (nearest != null
        && nearestGap <= GAP
        && !quoteBetween(quoted, sentence, nearest.end(), reporting.start())) {
      return Optional.of(new Found(nearest.asSpeaker(), nearest, "reporting-subject", cue));
    }
    return Optional.empty();
  }

  private static Optional<Found> subjectAfter(
      Tokens tokens, List<Mention> mentions, boolean[] quoted, Sentence sentence, Cue reporting) {
    int rep = tokens.indexBefore(reporting.end());
    Optional<String> cue = Optional.of(reporting.label());
    for (Mention m : mentions) {
      if (m.start() >= reporting.end() && !isQuoted(quoted, sentence, m.start())) {
        int gap = tokens.indexAt(m.start()) - rep - 1;
        if (gap <= 3) {
          return Optional.of(new Found(m.asSpeaker(), m, "inverted-attribution", cue));
        }
        break;
      }
    }
    if (rep + 1 < tokens.size() && isUnknownName(tokens.get(rep + 1), mentions, rep + 1, tokens)) {
      return Optional.of(
          new Found(Speaker.unknown(tokens.get(rep + 1).text()), null, "unknown-source", cue));
    }
    return Optional.empty();
  }

  private static boolean isAccordingTo(Tokens tokens, Cue cue) {
    int at = tokens.indexAt(cue.start());
    return at < tokens.size() && tokens.get(at).lower().equals("according");
  }

  private static Optional<Found> accordingTo(Tokens tokens, List<Mention> mentions) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).lower().equals("according") && tokens.get(i + 1).lower().equals("to")) {
        int next = i + 2;
        for (Mention m : mentions) {
          int at = tokens.indexAt(m.start());
          if (at >= next && at <= next + 2) {
            return Optional.of(new Found(m.asSpeaker(), m, "according-to", Optional.empty()));
          }
        }
        if (next < tokens.size() && isUnknownName(tokens.get(next), mentions, next, tokens)) {
          return Optional.of(
              new Found(
                  Speaker.unknown(tokens.get(next).text()),
                  null,
                  "according-to",
                  Optional.empty()));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Mention> possessiveOwner(
      Tokens tokens, List<Mention> mentions, Sentence sentence, Cue act) {
    int actAt = tokens.indexAt(act.start());
    for (Mention m : mentions) {
      if (m.anaphor() || m.end() > act.start()) {
        continue;
      }
      int t = tokens.indexAt(m.end() - 1);
      if (t < 0 || t >= tokens.size()) {
        continue;
      }
      String word = tokens.get(t).text();
      boolean possessive =
          word.endsWith("'s") || word.endsWith("\u2019s") || isApostropheAfter(tokens, t);
      if (possessive && actAt - t <= 3 && actAt > t) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static boolean isApostropheAfter(Tokens tokens, int t) {
    if (t + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(t + 1).text();
    return next.equals("'") || next.equals("\u2019");
  }

  private static boolean afterPreposition(Tokens tokens, Mention m) {
    int at = tokens.indexAt(m.start());
    return at > 0
        && English.PREPOSITIONS.contains(tokens.get(at - 1).lower())
        && !tokens.get(at - 1).lower().equals("by");
  }

  private static boolean isUnknownName(
      Tokens.Token token, List<Mention> mentions, int index, Tokens tokens) {
    if (!token.isWord() || !token.isCapitalised()) {
      return false;
    }
    if (English.NOT_NAMES.contains(token.lower()) || English.PRONOUNS.contains(token.lower())) {
      return false;
    }
    for (Mention m : mentions) {
      if (m.start() < token.end() && token.start() < m.end()) {
        return false;
      }
    }
    return true;
  }

  private static boolean quoteBetween(boolean[] quoted, Sentence sentence, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isQuoted(quoted, sentence, i)) {
        return true;
      }
    }
    return false;
  }

  static boolean isQuoted(boolean[] quoted, Sentence sentence, int offset) {
    int i = offset - sentence.start();
    return i >= 0 && i < quoted.length && quoted[i];
  }
}
