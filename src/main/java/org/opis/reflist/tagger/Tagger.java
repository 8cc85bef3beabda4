package org.opis.reflist.tagger;

import de.undercouch.citeproc.csl.CSLItemData;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The learned field tagger of reference entries: tokens → features → labels (Viterbi) → fields
 * with confidences → a CSL record. The bundled model ({@code org/opis/reflist/tagger/model.bin.gz},
 * rebuilt by {@code opis train}) loads on first use; {@link #load} reads another model file.
 * Thread-safe: a model is read-only once loaded.
 */
public final class Tagger {
    /** The resource of the bundled model. */
    public static final String BUNDLED = "/org/opis/reflist/tagger/model.bin.gz";

    /** The model file cannot be read: missing, not a model, or corrupt. The message names the file. */
    public static final class ModelException extends Exception {
        private static final long serialVersionUID = 1L;

        public ModelException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The result of tagging one entry. */
    public record Tagged(String entry, List<Token> tokens, int[] labels, List<Field> fields, double[][] marginals) {
        /** A tagging without the model's per-token label probabilities (made by hand, or of an empty entry). */
        public Tagged(String entry, List<Token> tokens, int[] labels, List<Field> fields) {
            this(entry, tokens, labels, fields, null);
        }

        /** The model's probability that token {@code i} has this label (-1 when the tagging has no probabilities). */
        public double probability(int i, Label l) {
            return marginals == null || i >= marginals.length ? -1 : marginals[i][l.ordinal()];
        }

        /** The entry as a CSL record with this id. */
        public CSLItemData item(String id) {
            // the chooser and its checks ask for the same entry's record up to four times in a row;
            // the last one made is handed out again (a record is never changed once built)
            LastItem last = LAST_ITEM;
            if (last != null && last.fields() == fields && last.id().equals(id)) return last.item();
            // the same fields under another id (the chooser reads the record as "x", the merge under the
            // entry's id): the id is the only thing Decoder.item takes from it, so the record is copied
            // with the new id instead of decoded again
            CSLItemData item = last != null && last.fields() == fields
                    ? new de.undercouch.citeproc.csl.CSLItemDataBuilder(last.item()).id(id).build()
                    : Decoder.item(id, fields);
            LAST_ITEM = new LastItem(fields, id, item);
            return item;
        }

        /** The label of every token. */
        public Label label(int token) {
            return Label.ALL[labels[token]];
        }
    }

    /** The last record made from a tagging's fields (the same list object) with its id. */
    private record LastItem(List<Field> fields, String id, CSLItemData item) {
    }

    private static volatile LastItem LAST_ITEM;

    private final Model model;

    Tagger(Model model) {
        this.model = model;
    }

    private static final class Holder {
        static final Tagger BUNDLED_TAGGER;
        static final String ERROR;

        static {
            Tagger t = null;
            String err = null;
            try (InputStream in = Tagger.class.getResourceAsStream(BUNDLED)) {
                if (in == null) err = "the bundled tagger model " + BUNDLED + " is missing from the jar";
                else t = new Tagger(Model.read(in));
            } catch (IOException e) {
                err = "the bundled tagger model " + BUNDLED + " cannot be read: " + e.getMessage();
            }
            BUNDLED_TAGGER = t;
            ERROR = err;
        }
    }

    /** The bundled model, loaded on first call. */
    public static Tagger bundled() throws ModelException {
        if (Holder.BUNDLED_TAGGER == null) throw new ModelException(Holder.ERROR, null);
        return Holder.BUNDLED_TAGGER;
    }

    /** Reads a model file written by {@code opis train}. */
    public static Tagger load(Path file) throws ModelException {
        if (!Files.isRegularFile(file)) throw new ModelException("model file " + file + " not found", null);
        try (InputStream in = Files.newInputStream(file)) {
            return new Tagger(Model.read(in));
        } catch (IOException e) {
            throw new ModelException("model file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes this tagger's model to a file, atomically (a failed write leaves the old file whole). */
    public void save(Path file) throws IOException {
        org.opis.text.OutputFile.writeStream(file, List.of(), false, this::write);
    }

    /** Writes this tagger's model to a stream. */
    public void write(java.io.OutputStream out) throws IOException {
        model.write(out);
    }

    Model model() {
        return model;
    }

    /** Tags one entry (its text as in the list, Markdown italics allowed, without a list marker). */
    /** Whether a word (lower case, without its full stop) is a volume label of the tagger's dictionary ({@code t}, {@code vol}, {@code Bd}). */
    public static boolean isVolumeLabel(String lower) {
        return Lexicon.is(lower, "vol");
    }

    public Tagged tag(String entry) {
        List<Token> tokens = Tokenizer.tokens(entry);
        if (tokens.isEmpty()) return new Tagged(entry, tokens, new int[0], List.of());
        int lead = GenreLabels.lead(tokens);
        List<Token> rest = lead == 0 ? tokens : tokens.subList(lead, tokens.size());
        float[][] e = model.emissions(Features.of(rest, model.bits));
        int[] labels = model.viterbi(e);
        double[][] marg = model.marginals(e);
        if (lead > 0) { // a genre phrase opening the entry ("Fiction: …"): the rest is read as an entry of its own
            int[] all = new int[tokens.size()];
            double[][] m = new double[tokens.size()][];
            for (int i = 0; i < lead; i++) {
                all[i] = i + 1 < lead ? Label.GENRE.ordinal() : Label.OTHER.ordinal();
                m[i] = new double[Label.ALL.length];
                m[i][all[i]] = 1.0;
            }
            System.arraycopy(labels, 0, all, lead, labels.length);
            System.arraycopy(marg, 0, m, lead, marg.length);
            labels = all;
            marg = m;
        }
        Tagged t = new Tagged(entry, tokens, labels, Decoder.fields(entry, tokens, labels, marg), marg);
        remember(entry, t.fields());
        return t;
    }

    /**
     * The fields of an entry, as {@link #tag} gives them: remembered from the last tagging of the same
     * text while that text is held elsewhere (a list's entry is tagged to read it, then its fields are
     * reported with {@code parse --format json}; tagging it twice was a seventh of the run). The map's
     * keys are weak and its values do not hold them, so it never keeps an entry alive; a remembered
     * reading is handed out once and at most {@value #REMEMBERED} are kept.
     */
    public List<Field> fields(String entry) {
        List<Field> f = read.remove(entry);
        return f != null ? f : tag(entry).fields();
    }

    /** At most this many entries' fields are remembered (taken back by {@link #fields}), so memory stays bounded. */
    private static final int REMEMBERED = 10_000;

    private void remember(String entry, List<Field> fields) {
        for (Field f : fields) if (f.text() == entry) return; // the whole entry as a field's text would hold the key
        if (read.size() < REMEMBERED) read.put(entry, List.copyOf(fields));
    }

    private final java.util.Map<String, List<Field>> read = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
}
