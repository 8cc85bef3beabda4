/** Writers of findings: compiler-style text, JSON, SARIF and HTML reports. */
package org.opis.report;
