package org.opis.archival;

import org.opis.cite.ArchivalFinding;
import org.opis.cite.ArchivalReader;
import org.opis.cite.ArchivalReading;
import org.opis.model.Diagnostic;
import org.opis.model.Reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The archival engine as the in-text citation scanner sees it ({@link ArchivalReader}): tells where an
 * archival reference starts, reads it, and reads ibid. continuations. The reading's detail is the
 * {@link ArchivalCitation}.
 */
public final class EngineArchivalReader implements ArchivalReader {

    private final ArchivalEngine engine;
    private final List<ArchiveEntry> noteArchives;

    public EngineArchivalReader(ArchivalEngine engine) {
        this(engine, List.of());
    }

    private EngineArchivalReader(ArchivalEngine engine, List<ArchiveEntry> noteArchives) {
        this.engine = engine;
        this.noteArchives = List.copyOf(noteArchives);
    }

    /**
     * A reader for one note: the standard engine extended by the archives its reference list declares;
     * those archives are also the note's list of archives that a citation naming none may take its archive from.
     */
    public static EngineArchivalReader forNote(List<Reference> references) {
        List<Reference> archives = new ArrayList<>();
        for (Reference r : references) if (r.archive()) archives.add(r);
        ArchivalEngine engine = ArchivalEngine.standard().withDeclared(archives);
        List<ArchiveEntry> listed = new ArrayList<>();
        for (Reference r : archives) {
            engine.registry().matchDeclared(r).ifPresent(e -> {
                if (listed.stream().noneMatch(x -> x.id().equals(e.id()))) listed.add(e);
            });
        }
        return new EngineArchivalReader(engine, listed);
    }

    @Override
    public ArchivalReading readInContext(String text, Optional<ArchivalReading> earlier) {
        Optional<ArchivalCitation> ante = earlier == null ? Optional.empty()
                : earlier.flatMap(ArchivalReading::detail).filter(d -> d instanceof ArchivalCitation).map(d -> (ArchivalCitation) d);
        return reading(engine.parseInContext(text, ante, noteArchives));
    }

    @Override
    public boolean startsCitation(String text) {
        return engine.startsCitation(text);
    }

    @Override
    public ArchivalReading read(String text) {
        return reading(engine.parse(text));
    }

    @Override
    public ArchivalReading continueFrom(ArchivalReading antecedent, String text) {
        Optional<ArchivalCitation> ante = antecedent == null ? Optional.empty()
                : antecedent.detail().filter(d -> d instanceof ArchivalCitation).map(d -> (ArchivalCitation) d);
        return reading(ante.isPresent() ? engine.continueFrom(ante.get(), text) : engine.parse(text));
    }

    private static ArchivalReading reading(ArchivalCitation c) {
        List<ArchivalFinding> fs = new ArrayList<>();
        for (Diagnostic d : c.diagnostics()) {
            fs.add(new ArchivalFinding(d.code(), d.severity(), d.span().column(), d.message(), d.fix()));
        }
        Optional<String> archive = c.archive().filter(ArchivalCitation.ArchiveRef::known).map(ArchivalCitation.ArchiveRef::acronym);
        List<String> aliases = new ArrayList<>();
        c.archive().ifPresent(a -> {
            for (String n : new String[]{a.id(), a.name(), a.acronym(), a.written()}) {
                if (n != null && !n.isBlank() && !aliases.contains(n)) aliases.add(n);
            }
        });
        return new ArchivalReading(c.input(), archive, aliases, c.leavesText(), c.valid(), fs, Optional.of(c));
    }
}
