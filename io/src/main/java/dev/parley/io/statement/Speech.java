package dev.parley.io.statement;

/** Whether a statement's act is given in the speaker's quoted words or in the reporter's. */
public enum Speech {
  /** The cue of the act lies inside quotation marks attributed to the speaker. */
  DIRECT,
  /** The act is paraphrased by the article. */
  REPORTED
}
