/** In-text citations: scanning a note's body and notes, reading locators, ibid. chains, and resolving citations to references. */
package org.opis.cite;
