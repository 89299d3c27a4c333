/**
 * From each sentence of an article, the negotiating statements it makes: who speaks, what act, to
 * whom, about which items, when, and whether quoted or reported.
 */
@dev.parley.style.ParleyStyle
package dev.parley.io.statement;
