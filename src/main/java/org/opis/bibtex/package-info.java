/** BibTeX and biblatex: records to and from .bib files through JBibTeX, and citation keys. */
package org.opis.bibtex;
