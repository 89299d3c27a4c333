package dev.parley.io.statement;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A negotiating act, the verb of a statement, with its nearest CAMEO root code and PLOVER category
 * so that statements can be compared with event data.
 */
public enum Act {
  /** The speaker wants the other side to do or commit to something (CAMEO 10, PLOVER REQUEST). */
  DEMAND("10", "REQUEST"),
  /** The speaker offers something of its own or a way forward (CAMEO 03, PLOVER AGREE). */
  PROPOSE("03", "AGREE"),
  /** The speaker agrees to the other side's demand or proposal (CAMEO 08, PLOVER CONCEDE). */
  ACCEPT("08", "CONCEDE"),
  /** The speaker refuses a demand, a proposal or an answer (CAMEO 12, PLOVER REJECT). */
  REJECT("12", "REJECT"),
  /** The speaker talks, or offers to talk, with the other side (CAMEO 04, PLOVER CONSULT). */
  DISCUSS("04", "CONSULT"),
  /** The speaker warns of measures it may take (CAMEO 13, PLOVER THREATEN). */
  THREATEN("13", "THREATEN"),
  /**
   * The speaker denies a claim or an accusation (CAMEO 016 "deny responsibility"; PLOVER has no
   * denial category, REJECT is the closest).
   */
  DENY("016", "REJECT"),
  /**
   * The speaker delivers or announces its answer to the other side's document (CAMEO 01, a public
   * statement; PLOVER has no statement category, CONSULT is the closest).
   */
  RESPOND("01", "CONSULT");

  private static final ImmutableList<Act> ALL = ImmutableList.copyOf(values());

  private final String cameo;
  private final String plover;
  private final String id;

  Act(String cameo, String plover) {
    this.cameo = cameo;
    this.plover = plover;
    this.id = Ascii.toLowerCase(name());
  }

  /** The CAMEO code (root or sub-code) closest to the act. */
  public String cameo() {
    return cameo;
  }

  /** The PLOVER event category closest to the act. */
  public String plover() {
    return plover;
  }

  /** The id the generic lexicon uses for the act: its name in lower case. */
  public String id() {
    return id;
  }

  /** The act a lexicon id names ({@code reject}), case-insensitive; empty for an unknown id. */
  public static Optional<Act> fromId(String id) {
    String wanted = id.trim();
    for (Act act : ALL) {
      if (act.id.equalsIgnoreCase(wanted)) {
        return Optional.of(act);
      }
    }
    return Optional.empty();
  }

  /**
   * The act a negation turns this one into when the lexicon says nothing: refusing to accept or to
   * discuss is a rejection, not threatening is a denial, giving no (real) answer is a rejection of
   * the other side's position, not rejecting is accepting. Demands, proposals and denials have no
   * negated form.
   */
  Optional<Act> negatedByDefault() {
    switch (this) {
      case ACCEPT:
      case DISCUSS:
      case RESPOND:
        return Optional.of(REJECT);
      case THREATEN:
        return Optional.of(DENY);
      case REJECT:
        return Optional.of(ACCEPT);
      default:
        return Optional.empty();
    }
  }
}
