/**
 * Reading a plain-text news article: decoding, headline, publication date, boilerplate, paragraphs
 * and sentences, every one of them an offset span into the decoded text.
 */
@dev.parley.style.ParleyStyle
package dev.parley.io.article;
