/**
 * Why we believe a claim: the {@link dev.parley.evidence.Evidence evidence} behind every demand and
 * stance, and the {@link dev.parley.evidence.Source source} it was found in.
 */
@ParleyStyle
package dev.parley.evidence;

import dev.parley.style.ParleyStyle;
