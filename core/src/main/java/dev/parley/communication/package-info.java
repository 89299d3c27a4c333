/**
 * What is said: dated {@link dev.parley.communication.Communication communications} that put
 * forward demands and offers ({@link dev.parley.communication.Entry entries}) and answer earlier
 * ones with a {@link dev.parley.communication.Stance stance} per item.
 */
@ParleyStyle
package dev.parley.communication;

import dev.parley.style.ParleyStyle;
