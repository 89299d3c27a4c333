package dev.parley.analysis;

import java.util.List;

/**
 * Where an offer stands: still open, taken up, declined, or withdrawn by the party that made it.
 */
public enum OfferState {
  /** No answer settles the offer: it is unanswered, open to discussion, or contested. */
  OPEN,
  /** The offer was accepted, in whole or in part. */
  TAKEN_UP,
  /** The offer was rejected, or countered with another item. */
  DECLINED,
  /** The proposal that made the offer was superseded by one that does not make it again. */
  WITHDRAWN;

  /**
   * Where an offer stands for one addressee, from its position: {@link #TAKEN_UP} when it {@link
   * Reason#ACCEPTED accepted} or {@link Reason#PARTLY_ACCEPTED partly accepted} it, {@link
   * #DECLINED} when it {@link Reason#REJECTED rejected} or {@link Reason#COUNTERED countered} it,
   * else {@link #OPEN}: not addressed, open to discuss, or {@link Reason#CONTESTED contested},
   * since reports that contradict each other settle nothing.
   */
  public static OfferState of(AddresseePosition position) {
    return switch (position.reason()) {
      case ACCEPTED, PARTLY_ACCEPTED -> TAKEN_UP;
      case REJECTED, COUNTERED -> DECLINED;
      case OPEN_TO_DISCUSS, NOT_ADDRESSED, CONTESTED -> OPEN;
    };
  }

  /**
   * Where an offer that stands stands for all its addressees together: {@link #OPEN} while it is
   * open for any of them (or it has none), else {@link #TAKEN_UP} when any took it up, else {@link
   * #DECLINED}. Never {@link #WITHDRAWN}: that follows from the proposals, not the answers.
   */
  public static OfferState of(List<AddresseePosition> addressees) {
    List<OfferState> states = addressees.stream().map(OfferState::of).toList();
    if (states.isEmpty() || states.contains(OPEN)) {
      return OPEN;
    }
    return states.contains(TAKEN_UP) ? TAKEN_UP : DECLINED;
  }
}
