package dev.parley.analysis;

import dev.parley.communication.StanceKind;

/** Why an addressee's position on a demand stands as it does, in the words an analyst uses. */
public enum Reason {
  /** The addressee accepted the item. */
  ACCEPTED,
  /** The addressee accepted part of the item. */
  PARTLY_ACCEPTED,
  /** The addressee is ready to talk about the item without accepting it. */
  OPEN_TO_DISCUSS,
  /** The addressee refused the item and put another in its place. */
  COUNTERED,
  /** The addressee refused the item. */
  REJECTED,
  /** The addressee has not answered the item, one by one or by a verdict. */
  NOT_ADDRESSED,
  /** Reports of the addressee's latest stance contradict each other. */
  CONTESTED;

  /** The reason an uncontested position of this stance gives. */
  public static Reason of(StanceKind stance) {
    return switch (stance) {
      case ACCEPTED -> ACCEPTED;
      case PARTIALLY_ACCEPTED -> PARTLY_ACCEPTED;
      case OPEN_TO_DISCUSS -> OPEN_TO_DISCUSS;
      case COUNTER_PROPOSED -> COUNTERED;
      case REJECTED -> REJECTED;
      case NOT_ADDRESSED -> NOT_ADDRESSED;
    };
  }
}
