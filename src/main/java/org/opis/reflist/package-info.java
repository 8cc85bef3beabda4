/** Reference-list parsing: finding the list in a note, splitting entries (ditto marks, merged lines), reading their fields into CSL records. */
package org.opis.reflist;
