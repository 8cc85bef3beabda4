/**
 * Restyling a note: its in-text citations grouped into clusters (with their pinpoints, as CSL
 * citation items), each resolved cluster replaced by a target style's citation, the reference
 * section by the style's bibliography, every other character kept.
 */
package org.opis.csl.restyle;
