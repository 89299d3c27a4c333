/**
 * Answers to an analyst's questions about a {@link dev.parley.record.NegotiationRecord}: which
 * demands are {@link dev.parley.analysis.UnmetDemands unmet}, which {@link
 * dev.parley.analysis.OpenOffers offers} are still open, whether {@link
 * dev.parley.analysis.PackageVerdicts packages} are met and which responses were selective, how
 * positions {@link dev.parley.analysis.Movement moved} between two dates, and the {@link
 * dev.parley.analysis.ItemHistory history} of one item.
 *
 * <p>Every question "as of" a date uses only the communications dated on or before that date; a
 * communication dated exactly on it counts. Results never depend on later communications.
 *
 * <h2>Positions</h2>
 *
 * <p>A party's position on an item is its latest <em>explicit</em> stance: the stances on the item
 * in communications the party authored, from the latest date that has any. When stances of that
 * date disagree in kind, the position is {@link dev.parley.analysis.Reason#CONTESTED contested}: it
 * lists the conflicting kinds and takes the least accepting of them as its stance. Only when the
 * party has no explicit stance on the item does a {@link dev.parley.communication.Verdict verdict}
 * apply: that of the party's latest response carrying a verdict that answers a proposal holding the
 * item. With neither, the item is {@link dev.parley.communication.StanceKind#NOT_ADDRESSED not
 * addressed}.
 */
@ParleyStyle
package dev.parley.analysis;

import dev.parley.style.ParleyStyle;
