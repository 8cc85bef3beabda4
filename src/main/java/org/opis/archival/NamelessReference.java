package org.opis.archival;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A citation that names no archive but whose segments a segment scheme reads whole ("S/P Files: Lot 64 D 563",
 * "Marshall Mission Files, Lot 54–D270", FRUS headings read alone): it is read in that scheme, not as a
 * Soviet fond and delo, and stays a missing-archive fault. Taken only when the plain scan names no registered
 * archive, the reference reaches the end of the citation, and one of its labels is not a Russian-scheme label
 * ("Lot", "Box"), so that "f. 495, op. 201" is never read so.
 */
final class NamelessReference {

    record Found(ArchivalScheme scheme, ArchivalScheme.Reference reference) {
    }

    private NamelessReference() {
    }

    static Found find(Collection<ArchivalScheme> schemes, String text, int[] b, List<LabelTable> tables, ArchiveRegistry registry) {
        if (b[1] <= b[0]) return null;
        Scan plain = Scan.of(text, tables);
        if (plain.ibid || (!plain.archiveText.isBlank() && registry.lookup(plain.archiveText).found())) return null;
        ArchivalScheme ru = null;
        for (ArchivalScheme s : schemes) if (s.id().equals("ru")) ru = s;
        for (ArchivalScheme s : schemes) {
            if (!(s instanceof SegmentScheme seg)) continue;
            Optional<ArchivalScheme.Reference> r = seg.bareReference(text, b[0], Math.min(b[1], b[0] + 400));
            if (r.isEmpty() || !reachesEnd(text, r.get().end(), b[1])) continue;
            // a first segment naming a repository ("Central Intelligence Agency Historical Files") is an archive, not a series
            List<ArchivalScheme.Reference.Part> parts = r.get().parts();
            if (!parts.isEmpty() && seg.namesRepository(text.substring(parts.get(0).start(), parts.get(0).end()))) continue;
            for (ArchivalScheme.Reference.Part p : parts) {
                if (p.labelStart() < 0 || p.labelEnd() <= p.labelStart()) continue;
                String label = text.substring(p.labelStart(), p.labelEnd());
                if (ru == null || ru.labels().find(label).isEmpty()) return new Found(s, r.get());
            }
        }
        return null;
    }

    /** Whether only closing punctuation and spaces follow the reference. */
    private static boolean reachesEnd(String text, int end, int to) {
        for (int k = end; k < to; k++) if (".,;: ".indexOf(text.charAt(k)) < 0 && !Scan.isSpace(text.charAt(k))) return false;
        return true;
    }
}
