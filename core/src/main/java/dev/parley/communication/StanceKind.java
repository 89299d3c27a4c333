package dev.parley.communication;

/**
 * A party's answer to one item, ordered from the least to the most accepting.
 *
 * <p>{@link #acceptance()} gives that order as a number, so that a move from one stance to another
 * can be called a concession (towards acceptance) or a hardening (away from it).
 */
public enum StanceKind {
  /** The item is refused. */
  REJECTED(0),
  /** The responder passed over the item. This is never stated; it is what silence means. */
  NOT_ADDRESSED(1),
  /** The item is refused but something else is put in its place. */
  COUNTER_PROPOSED(2),
  /** The responder is ready to talk about the item without accepting it. */
  OPEN_TO_DISCUSS(3),
  /** Part of the item is accepted. */
  PARTIALLY_ACCEPTED(4),
  /** The item is accepted. */
  ACCEPTED(5);

  private final int acceptance;

  StanceKind(int acceptance) {
    this.acceptance = acceptance;
  }

  /** How accepting this stance is, from 0 (rejected) to 5 (accepted). */
  public int acceptance() {
    return acceptance;
  }

  /** Whether this stance is closer to acceptance than {@code other}. */
  public boolean isMoreAcceptingThan(StanceKind other) {
    return acceptance > other.acceptance;
  }
}
