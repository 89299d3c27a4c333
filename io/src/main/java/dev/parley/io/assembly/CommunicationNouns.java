package dev.parley.io.assembly;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableSet;

/**
 * The general English nouns that name a communication as a whole: "rejected Moscow's demands", "the
 * answer did not suit Russia". A rejection or acceptance that names no item is a verdict on a
 * communication only when its sentence names one, by a document's name or by one of these nouns;
 * "There will be no change" judges whatever was last talked about, not every item of the other
 * side's last proposal.
 */
final class CommunicationNouns {
  private CommunicationNouns() {}

  static final ImmutableSet<String> NOUNS =
      ImmutableSet.of(
          "proposal",
          "proposals",
          "demand",
          "demands",
          "response",
          "responses",
          "answer",
          "answers",
          "reply",
          "replies",
          "offer",
          "offers",
          "draft",
          "drafts",
          "letter",
          "letters",
          "note",
          "notes",
          "initiative",
          "initiatives",
          "plan",
          "plans",
          "idea",
          "ideas",
          "document",
          "documents",
          "package",
          "terms",
          "treaty",
          "agreement",
          "deal");

  /**
   * Whether {@code text} names a communication as a whole: one of the {@link #NOUNS} as a word of
   * its own, not followed by "that". "Moscow's demands that NATO pledge ..." names one demand by
   * its content, not all of them: when no item of the lexicon matched that content, the sentence
   * judges no communication as a whole.
   */
  static boolean named(String text) {
    int i = 0;
    int n = text.length();
    boolean pending = false;
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        break;
      }
      String word = Ascii.toLowerCase(text.substring(start, i));
      if (pending && !word.equals("that")) {
        return true;
      }
      pending = NOUNS.contains(word);
    }
    return pending;
  }
}
