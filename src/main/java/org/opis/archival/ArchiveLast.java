package org.opis.archival;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archive named after the levels, as historians' notes name it ("RG59, Office of the Secretary, …, Box 1 , NA .",
 * "FCO7/2611 , Renegotiation of Foreign Debt of Chile (paris Club), BNA", "NSA, Staff Material, North/South, Folder:
 * 1-10/80, Box 3-9, JCPL."): the last segment is an archive's acronym or name, the segments before it are a reference a
 * catalogue-reading scheme (US, TNA) reads whole, and the first of them names no archive. The engine then reads the
 * archive first; the citation keeps the text as written.
 *
 * <p>The written acronym is matched in the registry and, when no entry it names reads the reference, against the
 * initials of the registry's names ("NA" = National Archives): the archive taken is the one candidate whose scheme
 * reads the reference whole (the Czech "NA" does not read "RG59, …, Box 1"; the US National Archives does). No
 * candidate, or more than one, leaves the citation as it was.
 */
final class ArchiveLast {

    private ArchiveLast() {
    }

    /** HEAD, TAIL[.]: the tail has no comma or parenthesis. */
    private static final Pattern FORM = Pattern.compile("^(.{3,300}?)\\s*,\\s*([^,()]{2,80}?)\\s*\\.?\\s*$");

    /** An acronym as written at the end of a note ("NA", "BNA", "JCPL"): letters, at least two of them capitals. */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{L}]{1,7}");

    /** Words left out of a name's initials. */
    private static final Set<String> MINOR = Set.of("the", "of", "and", "for", "at", "in", "de", "des", "du", "la", "le");

    static Optional<String> flatten(String text, ArchiveRegistry registry, Map<String, ArchivalScheme> schemes) {
        if (text == null || text.length() > 380) return Optional.empty();
        Matcher m = FORM.matcher(text);
        if (!m.matches()) return Optional.empty();
        String head = m.group(1).strip(), tail = m.group(2).strip();
        if (!head.chars().anyMatch(Character::isDigit)) return Optional.empty();
        int comma = head.indexOf(", ");
        String first = comma < 0 ? head : head.substring(0, comma).strip();
        if (registry.lookup(first).found() || registry.lookup(head).found()) return Optional.empty(); // the archive is named first
        ArchiveRegistry.Match written = registry.lookup(tail);
        boolean acronym = ACRONYM.matcher(tail).matches() && tail.chars().filter(Character::isUpperCase).count() >= 2;
        if (!written.found() && !acronym) return Optional.empty();
        Set<ArchiveEntry> readers = new LinkedHashSet<>();
        for (ArchiveEntry e : written.candidates()) if (reads(schemes.get(e.scheme()), head)) readers.add(e);
        if (readers.isEmpty() && acronym) {
            for (ArchiveEntry e : registry.entries()) {
                if (!initialsMatch(e, tail)) continue;
                if (reads(schemes.get(e.scheme()), head)) readers.add(e);
            }
        }
        if (readers.size() != 1) return Optional.empty();
        ArchiveEntry e = readers.iterator().next();
        boolean same = written.found() && !written.ambiguous() && written.candidates().get(0).id().equals(e.id());
        String name = same ? tail : (e.latin().isEmpty() ? e.names().get(0) : e.latin().get(0));
        return Optional.of(name + ", " + head);
    }

    /** Whether a catalogue-reading scheme reads the whole reference (a US series and box, a TNA piece). */
    private static boolean reads(ArchivalScheme s, String head) {
        if (s instanceof SegmentScheme seg) {
            Optional<ArchivalScheme.Reference> r = seg.bareReference(head, 0, head.length());
            return r.isPresent() && onlyPunctuationAfter(head, r.get().end());
        }
        if (s instanceof TnaScheme tna) {
            Optional<ArchivalScheme.Reference> r = tna.catalogueReference(head, 0, head.length(), a -> false);
            return r.isPresent() && !r.get().impliedArchive().isEmpty() && onlyPunctuationAfter(head, r.get().end());
        }
        return false;
    }

    private static boolean onlyPunctuationAfter(String text, int end) {
        for (int k = end; k < text.length(); k++) if (".,;: ".indexOf(text.charAt(k)) < 0 && !Scan.isSpace(text.charAt(k))) return false;
        return true;
    }

    /** Whether the initials of one of the entry's names, minor words left out, are the acronym ("National Archives" = NA). */
    private static boolean initialsMatch(ArchiveEntry e, String acronym) {
        for (String n : e.names()) {
            StringBuilder b = new StringBuilder();
            for (String w : n.split("[\\s,()]+")) {
                if (w.isEmpty() || MINOR.contains(w.toLowerCase(java.util.Locale.ROOT))) continue;
                if (!Character.isLetter(w.charAt(0))) {
                    b.setLength(0);
                    break; // "National Archives Center No. 1": numbered names have no initials
                }
                b.append(Character.toUpperCase(w.charAt(0)));
            }
            if (b.length() >= 2 && b.toString().equals(acronym.toUpperCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }
}
