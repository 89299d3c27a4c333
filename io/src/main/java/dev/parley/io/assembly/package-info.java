/**
 * From the statements of many articles to one {@link dev.parley.record.NegotiationRecord}: the
 * {@link dev.parley.io.assembly.RecordAssembler} places each statement in a proposal or a response,
 * deduplicates across articles keeping every piece of evidence, and keeps contradictions visible as
 * {@link dev.parley.io.assembly.Conflict conflicts}.
 */
@ParleyStyle
package dev.parley.io.assembly;

import dev.parley.style.ParleyStyle;
