/**
 * Finding lexicon phrases in text: tokens with offsets, normalised and lightly stemmed, matched in
 * one pass by an Aho–Corasick automaton, with a tolerant comparison for garbled proper names.
 */
@dev.parley.style.ParleyStyle
package dev.parley.io.match;
