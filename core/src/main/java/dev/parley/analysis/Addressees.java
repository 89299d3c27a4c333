package dev.parley.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks shared by the statuses that list the positions of a term's addressees. */
final class Addressees {
  private Addressees() {}

  /**
   * Checks that each addressee appears once and that {@code author} is not among them; {@code what}
   * names the term in the messages, such as {@code "demand for a in p1"}.
   */
  static void checkDistinct(List<AddresseePosition> addressees, String author, String what) {
    Set<String> seen = new HashSet<>();
    for (AddresseePosition position : addressees) {
      checkArgument(
          seen.add(position.party()), "%s: addressee %s appears twice", what, position.party());
    }
    checkArgument(!seen.contains(author), "%s: %s cannot be addressed to itself", what, author);
  }
}
