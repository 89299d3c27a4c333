package dev.parley.analysis;

/** What happened to an item in one event of its history. */
public enum HistoryKind {
  /** A party demanded the item. */
  DEMANDED,
  /** A party offered the item. */
  OFFERED,
  /** A party took an explicit stance on the item. */
  STANCE,
  /** A party's verdict on a proposal holding the item covered it. */
  VERDICT
}
