/**
 * The vocabulary of the field as data, each convention defined once: one table loader ({@link
 * org.opis.lexicon.Table}: TSV with a header, comments, typed and checked columns) and the
 * vocabularies read through it, so far months and seasons ({@link org.opis.lexicon.Months}). Depends
 * on {@code model} only.
 */
package org.opis.lexicon;
