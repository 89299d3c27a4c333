package dev.parley.io.statement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the stretches of a sentence that can be a speaker: named entities and anaphors. */
final class Mentions {
  /** Roles whose holders comment rather than negotiate. */
  private static final ImmutableSet<String> NON_PARTY_ROLES = ImmutableSet.of("expert");

  private Mentions() {}

  static List<Mention> find(
      String text,
      List<Cue> cues,
      Tokens tokens,
      boolean[] quoted,
      int sentenceStart,
      Knowledge knowledge) {
    List<Mention> mentions = new ArrayList<>();
    for (Cue cue : cues) {
      String surface = text.substring(cue.start(), cue.end());
      switch (cue.kind()) {
        case ACTOR:
          mentions.add(
              new Mention(
                  cue.start(),
                  cue.end(),
                  Optional.of(cue.entry()),
                  knowledge.partyOfActor(cue.entry()),
                  false,
                  surface,
                  cue.label()));
          break;
        case PARTY:
          mentions.add(
              new Mention(
                  cue.start(),
                  cue.end(),
                  Optional.empty(),
                  Optional.of(cue.entry()),
                  false,
                  surface,
                  cue.label()));
          break;
        case ROLE:
          // A commentator speaks for no party: a source, not a reference to the last speaker.
          boolean source = NON_PARTY_ROLES.contains(cue.entry());
          mentions.add(
              new Mention(
                  cue.start(),
                  cue.end(),
                  Optional.empty(),
                  source ? Optional.empty() : partyJustBefore(cues, cue),
                  !source,
                  surface,
                  cue.label()));
          break;
        default:
          break;
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Tokens.Token t = tokens.get(i);
      int rel = t.start() - sentenceStart;
      if (rel >= 0 && rel < quoted.length && quoted[rel]) {
        continue;
      }
      if (English.PRONOUNS.contains(t.lower()) && !covered(mentions, t.start())) {
        mentions.add(
            new Mention(
                t.start(), t.end(), Optional.empty(), Optional.empty(), true, t.text(), "pronoun"));
      } else if (t.lower().equals("the")
          && i + 1 < tokens.size()
          && English.ANAPHORIC_NOUNS.contains(tokens.get(i + 1).lower())
          && !covered(mentions, tokens.get(i + 1).start())) {
        Tokens.Token noun = tokens.get(i + 1);
        mentions.add(
            new Mention(
                t.start(),
                noun.end(),
                Optional.empty(),
                Optional.empty(),
                true,
                text.substring(t.start(), noun.end()),
                "anaphor"));
      }
    }
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return ImmutableList.copyOf(mentions);
  }

  private static Optional<String> partyJustBefore(List<Cue> cues, Cue role) {
    for (Cue cue : cues) {
      if (cue.kind() == Cue.Kind.PARTY
          && cue.end() <= role.start()
          && role.start() - cue.end() <= 1) {
        return Optional.of(cue.entry());
      }
    }
    return Optional.empty();
  }

  private static boolean covered(List<Mention> mentions, int offset) {
    for (Mention m : mentions) {
      if (m.start() <= offset && offset < m.end()) {
        return true;
      }
    }
    return false;
  }
}
