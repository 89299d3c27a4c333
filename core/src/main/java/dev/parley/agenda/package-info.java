/**
 * What is negotiated: {@link dev.parley.agenda.Item items} that can be demanded or offered, and
 * {@link dev.parley.agenda.ItemPackage packages} that tie items together under a {@link
 * dev.parley.agenda.Linkage linkage rule}.
 */
@ParleyStyle
package dev.parley.agenda;

import dev.parley.style.ParleyStyle;
