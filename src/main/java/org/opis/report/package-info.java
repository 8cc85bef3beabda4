/**
 * Writers of findings (compiler-style text, JSON, SARIF and HTML reports) and the fidelity report:
 * what each export target, or the program reading it, loses, changes or moves.
 */
package org.opis.report;
