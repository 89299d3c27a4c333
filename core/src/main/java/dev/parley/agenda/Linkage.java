package dev.parley.agenda;

/** How the members of a package relate to one another. */
public enum Linkage {
  /**
   * The package is to be taken as a whole: it is met only when every member is met, and a response
   * that answers some members but not others has answered none of it.
   */
  INDIVISIBLE,
  /** Each member stands on its own: the package is the sum of its members. */
  SEPARABLE
}
