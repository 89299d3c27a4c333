/**
 * Lexicons, the parser's knowledge as documented data files: a generic lexicon of general English
 * and world knowledge, case lexicons of one negotiation each, their reader, and the compiled form
 * that finds their entries in text.
 */
@dev.parley.style.ParleyStyle
package dev.parley.io.lexicon;
