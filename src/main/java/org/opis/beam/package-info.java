/**
 * Scale-out: an Apache Beam pipeline that reads reference strings and archival citations from text
 * files and writes the same JSON Lines as the command line. Beam is an optional ({@code provided})
 * dependency; nothing else in opis depends on this package.
 */
package org.opis.beam;
