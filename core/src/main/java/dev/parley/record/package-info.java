/**
 * A whole negotiation as one validated value: the {@link dev.parley.record.NegotiationRecord
 * negotiation record}.
 */
@ParleyStyle
package dev.parley.record;

import dev.parley.style.ParleyStyle;
