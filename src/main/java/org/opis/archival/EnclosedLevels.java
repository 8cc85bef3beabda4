package org.opis.archival;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two ways of writing the levels after the archive that read as the usual separator: the levels in
 * parentheses after the archive's name (an image credit or a footer: "The National Archives, Kew (FO
 * 371/1160)", "AVP RF (F. 0129. Op. 47a. P. 430. D. 1. L. 64).", "Trung tâm Lưu trữ quốc gia III
 * (Phông Phủ Thủ tướng, hồ sơ 586)"), and a middle dot or bullet after the archive ("… III · Phông Phủ
 * Thủ tướng, hồ sơ 586"). Only when the text before is an archive the registry knows, so a description
 * in parentheses after a level ("Ф. 731 (Сперанский М. М.)") is never touched. The engine reads the
 * flattened text (the archive, its separator, the levels); the citation keeps the text as written.
 */
final class EnclosedLevels {

    private EnclosedLevels() {
    }

    /** ARCHIVE (LEVELS) with an optional final period or semicolon; the levels hold a digit. */
    private static final Pattern ENCLOSED = Pattern.compile("^([^()]{2,150}?)\\s?\\(([^()]*\\d[^()]*)\\)([.;]?)\\s*$");
    /** ARCHIVE · LEVELS */
    private static final Pattern DOTTED = Pattern.compile("^([^()·•]{2,150}?)\\s+[·•]\\s+(\\S.*)$");

    /** The citation with its levels written after the usual separator, when it is written in one of these ways. */
    static Optional<String> flatten(String text, Predicate<String> knownArchive) {
        if (text == null || text.length() > 600) return Optional.empty();
        Matcher m = ENCLOSED.matcher(text);
        if (m.matches() && archive(m.group(1), knownArchive)) {
            String inner = m.group(2).strip();
            // a GOST period-style citation keeps its periods ("AVP RF. F. 0129. …"), otherwise a comma
            char sep = inner.indexOf(',') < 0 && inner.matches(".*\\p{L}\\. .*") ? '.' : ',';
            String tail = m.group(3).isEmpty() && sep == '.' && !inner.endsWith(".") ? "" : m.group(3);
            if (sep == '.' && inner.endsWith(".") && tail.equals(".")) tail = "";
            return Optional.of(m.group(1).strip() + sep + " " + inner + tail);
        }
        Matcher d = DOTTED.matcher(text);
        if (d.matches() && archive(d.group(1), knownArchive)) return Optional.of(d.group(1).strip() + ", " + d.group(2));
        return Optional.empty();
    }

    private static boolean archive(String written, Predicate<String> knownArchive) {
        String a = written.strip();
        if (knownArchive.test(a)) return true;
        int comma = a.indexOf(", ");
        // "The National Archives, Kew": the archive and its place
        return comma > 1 && knownArchive.test(a.substring(0, comma)) && a.substring(comma + 2).matches("\\p{Lu}[\\p{L} -]{1,40}");
    }
}
