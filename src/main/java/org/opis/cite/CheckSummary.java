package org.opis.cite;

/**
 * The figures of a check: how many citations were found and how they resolved, how many
 * references are never cited, and how many archival citations are valid or not.
 *
 * @param citations       citations found (every kind, ibid. included)
 * @param resolved        linked to exactly one entry
 * @param fuzzy           linked loosely (transliteration, year)
 * @param unresolved      linked to nothing
 * @param ambiguous       linked to several entries equally well
 * @param uncited         references of the list that no citation points to
 * @param archivalValid   archival citations (ibid. continuations included) with no error
 * @param archivalInvalid archival citations with at least one error
 */
public record CheckSummary(int citations, int resolved, int fuzzy, int unresolved, int ambiguous, int uncited,
                           int archivalValid, int archivalInvalid) {
}
