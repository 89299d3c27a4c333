package dev.parley.analysis;

import java.util.List;

/** How far a demand has been met by the parties it is addressed to. */
public enum DemandState {
  /** Every addressee has accepted the demand. */
  MET,
  /** Some addressees, but not all, have accepted the demand. */
  PARTLY_MET,
  /** No addressee has accepted the demand, or it has no addressee. */
  UNMET;

  /**
   * The state that these addressee positions give: a demand is met only when it has addressees and
   * every one of them has {@link Reason#ACCEPTED accepted} it; partial acceptance does not count.
   */
  public static DemandState of(List<AddresseePosition> addressees) {
    long accepted = addressees.stream().filter(AddresseePosition::isAccepted).count();
    if (accepted == 0) {
      return UNMET;
    }
    return accepted == addressees.size() ? MET : PARTLY_MET;
  }
}
