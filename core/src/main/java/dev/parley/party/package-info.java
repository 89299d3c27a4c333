/**
 * Who negotiates: {@link dev.parley.party.Party parties} (states, alliances, unions, organisations)
 * and the {@link dev.parley.party.Actor actors} who speak for them.
 */
@ParleyStyle
package dev.parley.party;

import dev.parley.style.ParleyStyle;
