/**
 * Line-at-a-time work: one input line to one JSON line ({@link org.opis.batch.LineJob}), streamed in
 * input order on several threads with bounded memory ({@link org.opis.batch.OrderedLines}). The
 * command line and the Beam pipeline both use it, so they give the same records.
 */
package org.opis.batch;
