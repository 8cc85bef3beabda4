/**
 * Entry boundaries learned from real lists: a line-level begin / inside / outside sequence model
 * (as GROBID segments references), which finds where each entry of a reference list starts and
 * ends and which lines are not entries at all (prose, headings, course schedules), so that lists
 * without blank lines or markers, entries wrapped over several lines and reading lists scattered
 * through a syllabus are split right.
 */
package org.opis.reflist.segment;
