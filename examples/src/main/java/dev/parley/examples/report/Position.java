package dev.parley.examples.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where one addressee of a demand stands on it: one cell of the position matrix.
 *
 * @param party the addressee
 * @param stance the stance kind, such as {@code REJECTED}, or {@code NOT_ADDRESSED}
 * @param reason why the demand stands as it does for this addressee, such as {@code COUNTERED}
 * @param communicationId the communication the stance comes from, when there is one
 * @param communicationTitle that communication's title, when there is one
 * @param date the date of that communication, when there is one
 * @param counterItem the item put in the demand's place, for a counter-proposal
 * @param via the broader items the stance was carried from, when it answered them rather than this
 *     item (an item the case lexicon says includes this one); empty when it answered this item
 * @param fromVerdict whether the stance comes from a verdict on the whole proposal
 * @param conflicting whether reports of this addressee's stance contradict each other
 * @param evidence the quotes behind the stance
 * @param lexiconOnly whether every one of those quotes comes from the case lexicon, so that no
 *     source read reports the stance
 */
public record Position(
    PartyRef party,
    String stance,
    String reason,
    Optional<String> communicationId,
    Optional<String> communicationTitle,
    Optional<LocalDate> date,
    Optional<Member> counterItem,
    List<Member> via,
    boolean fromVerdict,
    boolean conflicting,
    List<Quote> evidence,
    boolean lexiconOnly) {}
