package org.opis.reflist;

import java.util.Map;

/**
 * The role phrases of catalogue records and statements of responsibility ({@code catalogue-roles.tsv}: phrase, lower case →
 * CSL role, {@code -} for a phrase that names no role), loaded once for the readers that use them ({@link CatalogueRecord},
 * {@link DashedAreaRecord}, {@link ResponsibilityRemarks}, {@link TitleFirstImprint}).
 */
final class CatalogueRoles {
    private CatalogueRoles() {
    }

    static final Map<String, String> ROLES = Data.map("catalogue-roles.tsv");
}
