package dev.parley.party;

/** The capacity in which an actor speaks for its party. */
public enum ActorRole {
  /** A president, monarch or other head of state. */
  HEAD_OF_STATE,
  /** A prime minister or chancellor. */
  HEAD_OF_GOVERNMENT,
  /** A minister, such as a foreign minister or secretary of state. */
  MINISTER,
  /** A deputy or vice minister. */
  DEPUTY_MINISTER,
  /** A ministry or department speaking as an institution. */
  MINISTRY,
  /** A spokesperson for a government, ministry or organisation. */
  SPOKESPERSON,
  /** An ambassador or permanent representative. */
  AMBASSADOR,
  /** The secretary-general or head of an organisation. */
  SECRETARY_GENERAL,
  /** A special envoy or chief negotiator. */
  ENVOY,
  /** Any other official speaking for the party. */
  OFFICIAL,
  /** A member of a legislature. */
  LEGISLATOR,
  /** An analyst or commentator: heard, but not speaking for the party. */
  EXPERT
}
