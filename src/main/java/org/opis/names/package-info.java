/** Person and corporate names and their matching keys across transliteration systems and diacritics (ICU4J). */
package org.opis.names;
