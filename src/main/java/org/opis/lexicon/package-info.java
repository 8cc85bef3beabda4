/**
 * The vocabulary of the field as data, each convention defined once: one table loader ({@link
 * org.opis.lexicon.Table}: TSV with a header, comments, typed and checked columns) and the
 * vocabularies read through it: months and seasons ({@link org.opis.lexicon.Months}), labels before
 * a number with the context each is read in ({@link org.opis.lexicon.Labels}), role markers
 * ({@link org.opis.lexicon.Roles}), name particles ({@link org.opis.lexicon.Particles}), and the
 * words that join or close a list of names ({@link org.opis.lexicon.Connectors}). Depends on
 * {@code model} only.
 */
package org.opis.lexicon;
