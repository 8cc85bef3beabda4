/**
 * Immutable values shared by every capability of opis: where a piece of text came from
 * ({@link org.opis.model.Span}), what opis found wrong with it ({@link org.opis.model.Diagnostic}),
 * and the records it builds ({@link org.opis.model.Reference}). This package depends on nothing
 * else in opis.
 */
package org.opis.model;
