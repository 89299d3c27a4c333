package dev.parley.communication;

/** Who would have to act on an entry of a proposal. */
public enum EntryKind {
  /** Someone other than the author must act: the author demands it. */
  DEMAND,
  /** The author would act: the author offers it. */
  OFFER
}
