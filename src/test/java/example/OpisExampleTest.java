package example;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.opis.Opis;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example program runs on the bundled note, and uses nothing of opis but the facade and what it returns. */
class OpisExampleTest {

    @Test
    void exampleChecksExportsFormatsAndReadsArchivalCitations() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        OpisExample.run(Path.of("references/selivanov-2017/note.md"), new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        // README: 44 records, 86 citations, 1 unresolved (Gaiduk 2010)
        assertTrue(out.contains("references: 44"), out);
        assertTrue(out.contains("citations: 86, unresolved: 1"), out);
        assertTrue(out.contains("first error: note.md:"), out);
        assertTrue(out.contains("csl-json round trip: 44 records"), out);
        assertTrue(out.contains("archival: RGASPI, f. 17, op. 3, d. 1080, l. 55 (valid)"), out);
        assertTrue(out.contains("citation: ("), out);
        assertTrue(out.contains(" unresolved") && out.matches("(?s).*restyled: \\d\\d+ citations converted, 1 unresolved.*"), out);
        assertTrue(out.contains("evaluate: 1 entries, 1 with every field right"), out);
    }

    @Test
    void facadeSignaturesHaveNoCiteprocTypes() {
        JavaClass opis = new ClassFileImporter().importClasses(Opis.class).get(Opis.class);
        Set<String> leaks = new TreeSet<>();
        for (JavaCodeUnit m : opis.getCodeUnits()) {
            if (!m.getModifiers().contains(JavaModifier.PUBLIC)) continue;
            m.getReturnType().getAllInvolvedRawTypes().forEach(t -> { if (t.getName().startsWith("de.undercouch")) leaks.add(m.getFullName()); });
            m.getParameterTypes().forEach(p -> p.getAllInvolvedRawTypes().forEach(t -> { if (t.getName().startsWith("de.undercouch")) leaks.add(m.getFullName()); }));
        }
        assertEquals(Set.of(), leaks);
    }

    @Test
    void exampleUsesOnlyTheFacadeAndTheTypesItReturns() {
        JavaClasses all = new ClassFileImporter().importPackages("org.opis", "example");
        Set<String> api = reachableFromFacade(all);
        Set<String> used = new TreeSet<>();
        for (JavaClass c : all) {
            if (!c.getPackageName().equals("example") || c.getSimpleName().endsWith("Test")) continue;
            c.getDirectDependenciesFromSelf().forEach(d -> {
                String n = d.getTargetClass().getBaseComponentType().getName();
                if (n.startsWith("org.opis.") && !api.contains(n) || n.startsWith("de.undercouch.")) used.add(n);
            });
        }
        assertEquals(Set.of(), used, "the example may use only the facade and types reachable from its signatures, and no citeproc-java type");
    }

    /**
     * The public constructors and methods of every type reachable from the facade whose signatures
     * still name a citeproc-java type: the list may only shrink. ({@code Reference.csl()} and
     * {@code Reference}'s constructor moved to {@code org.opis.model.CslRecords}, which the facade does
     * not reach.)
     */
    @Test
    void apiTypesNameNoCiteprocTypeBeyondWhatIsLeft() {
        JavaClasses all = new ClassFileImporter().importPackages("org.opis");
        Set<String> leaks = new TreeSet<>();
        Set<String> reachable = reachableFromFacade(all);
        // the records the facade returns are reached, so a citeproc-java type on Reference would be caught
        org.junit.jupiter.api.Assertions.assertTrue(reachable.contains("org.opis.model.Reference") && !reachable.contains("org.opis.model.CslRecords"), reachable.toString());
        for (String name : reachable) {
            JavaClass c = all.get(name);
            if (!c.getModifiers().contains(JavaModifier.PUBLIC)) continue;
            for (JavaCodeUnit m : c.getCodeUnits()) {
                if (!m.getModifiers().contains(JavaModifier.PUBLIC)) continue;
                Set<JavaClass> types = new java.util.HashSet<>(m.getReturnType().getAllInvolvedRawTypes());
                m.getParameterTypes().forEach(p -> types.addAll(p.getAllInvolvedRawTypes()));
                if (types.stream().anyMatch(t -> t.getBaseComponentType().getName().startsWith("de.undercouch"))) {
                    leaks.add(c.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals(LEFT, leaks, "a public signature reachable from the facade names a citeproc-java type");
    }

    /** What is left (see the README, "Using opis as a library"). */
    static final Set<String> LEFT = new TreeSet<>(Set.of());

    /** Opis, its value types, and every opis type reachable through their public signatures. */
    private static Set<String> reachableFromFacade(JavaClasses all) {
        Set<String> seen = new TreeSet<>();
        Deque<JavaClass> todo = new ArrayDeque<>();
        todo.add(all.get(Opis.class));
        while (!todo.isEmpty()) {
            JavaClass c = todo.pop();
            if (!seen.add(c.getName())) continue;
            for (JavaCodeUnit m : c.getCodeUnits()) {
                if (!m.getModifiers().contains(JavaModifier.PUBLIC)) continue;
                Set<JavaClass> types = new java.util.HashSet<>(m.getReturnType().getAllInvolvedRawTypes());
                m.getParameterTypes().forEach(p -> types.addAll(p.getAllInvolvedRawTypes()));
                if (m instanceof JavaMethod jm) types.addAll(jm.getExceptionTypes());
                for (JavaClass t : types) {
                    JavaClass base = t.getBaseComponentType();
                    if (base.getName().startsWith("org.opis.") && all.contain(base.getName())) todo.add(all.get(base.getName()));
                }
            }
            c.getEnclosingClass().ifPresent(e -> { if (e.getName().startsWith("org.opis.")) todo.add(e); });
        }
        return seen;
    }
}
