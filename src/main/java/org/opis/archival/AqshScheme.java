package org.opis.archival;

import java.util.List;

/**
 * The Albanian Central State Archive (AQSH) scheme: F. (fondi), V. (viti, year), D. (dosja, file),
 * fl. (fleta, leaf), as in "AQSH of RSH, F. 890, V. 1949, D 501" (EHRI).
 */
public final class AqshScheme implements ArchivalScheme {

    private final LabelTable labels = LabelTable.load("aqsh");

    @Override
    public String id() {
        return "aqsh";
    }

    @Override
    public String description() {
        return "Albanian Central State Archive (AQSH): F. fondi, V. viti, D. dosja, fl. fleta";
    }

    @Override
    public LabelTable labels() {
        return labels;
    }

    @Override
    public int confidence(List<String> written) {
        int score = 10;
        for (String l : written) {
            if (l.equals("v.") || l.equals("fl.") || l.equals("viti") || l.equals("dosja")) score += 40;
            if (l.equals("op.") || l.equals("оп.") || l.equals("l.") || l.equals("ll.")) score -= 30;
        }
        return Math.max(0, Math.min(100, score));
    }

    @Override
    public String resolve(String labelLevel, boolean archivePapka, List<String> before) {
        return labelLevel;
    }
}
