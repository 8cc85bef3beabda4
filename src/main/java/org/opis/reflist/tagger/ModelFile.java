package org.opis.reflist.tagger;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads the tagger model format {@link Model#write} writes (version 1, unchanged), fast: the small
 * header through a {@link DataInputStream}, then the transitions and the ~400,000 non-zero weights
 * decompressed in one bulk read and decoded from the byte array, instead of four synchronized
 * single-byte reads per float (most of the model's load time). The same checks and messages as
 * before: a stream that is not a model, of another version, corrupt or cut short is an
 * {@link IOException} saying so. Also builds the loaded model's {@link WeightRows}.
 */
final class ModelFile {
    private ModelFile() {
    }

    static Model read(InputStream is, int magic, int version) throws IOException {
        GZIPInputStream gz;
        try {
            gz = new GZIPInputStream(is, 1 << 16);
        } catch (java.util.zip.ZipException e) {
            throw new IOException("not an opis tagger model (not gzip data)", e);
        }
        DataInputStream in = new DataInputStream(gz);
        try {
            if (in.readInt() != magic) throw new IOException("not an opis tagger model (wrong magic number)");
            int v = in.readInt();
            if (v != version) throw new IOException("tagger model version " + v + " is not supported (this opis reads version " + version + ")");
            int bits = in.readInt();
            int l = in.readInt();
            if (bits < 8 || bits > 24 || l != Model.L) throw new IOException("tagger model has " + l + " labels and " + bits + " hash bits; expected " + Model.L + " labels");
            for (Label lab : Label.ALL) {
                String name = in.readUTF();
                if (!name.equals(lab.name())) throw new IOException("tagger model labels differ from this opis's labels (" + name + ")");
            }
            int size = (1 << bits) * Model.L; // the full table's length, never allocated
            float[] trans = new float[(Model.L + 1) * Model.L];
            // temperature, transitions, count, then at most 5 + 4 bytes a weight: never more is read
            long most = 4L + 4L * trans.length + 4L + 9L * size;
            Bytes b = new Bytes(in.readNBytes((int) Math.min(most, Integer.MAX_VALUE - 16)));
            float temperature = b.f();
            for (int i = 0; i < trans.length; i++) trans[i] = b.f();
            int nz = b.i();
            if (nz < 0 || nz > size) throw new IOException("tagger model is corrupt (" + nz + " weights)");
            return new Model(bits, trans, temperature, weights(b.a, b.p, nz, size, bits));
        } catch (EOFException e) {
            throw new IOException("tagger model is cut short", e);
        } catch (java.util.zip.ZipException e) {
            throw new IOException("tagger model is corrupt (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Decodes the {@code nz} stored weights from {@code a} at {@code p} (indices into the full table of
     * {@code size} weights) straight into packed rows. One loop over local variables, no call per
     * weight: a model is read once per process, mostly before the JIT has compiled anything, so the
     * interpreter's cost per weight is the load time; and the full table (24 MB, most of the load's
     * time in allocating and touching fresh memory) is never made.
     */
    private static WeightRows weights(byte[] a, int p, int nz, int size, int bits) throws IOException {
        final int L = Model.L;
        int[] rowOf = new int[1 << bits];
        Arrays.fill(rowOf, -1);
        // the most read features' rows first, in the order of HotRows (a place reserved for each,
        // marked -2 - rank until its first weight comes), then the others as they come
        int[] hot = HotRows.bundled();
        int hotRows = 0;
        for (int f : hot) if (f >= 0 && f < rowOf.length && rowOf[f] == -1) rowOf[f] = -2 - hotRows++;
        // about one row per four stored weights in the trained models; grown when a model has more
        // (each stored weight takes at least 5 bytes, so a corrupt count cannot ask for more than the data holds)
        float[] packed = new float[(int) Math.max(L, Math.min(size, (long) Math.min(nz, (a.length - p) / 5) * 6)) + hotRows * L];
        int rows = hotRows;
        int base = -1;         // the packed row of the current feature, -1 while it has none
        int featureStart = -L; // the index of the current feature's first weight
        int idx = 0;
        int n = a.length;
        for (int k = 0; k < nz; k++) {
            int v = 0;
            int shift = 0;
            while (true) {
                if (p >= n) throw new EOFException();
                int x = a[p++] & 0xFF;
                v |= (x & 0x7F) << shift;
                if ((x & 0x80) == 0) break;
                shift += 7;
                if (shift > 28) throw new IOException("tagger model is corrupt (bad index)");
            }
            idx += v;
            if (idx < 0 || idx >= size) throw new IOException("tagger model is corrupt (weight index out of range)");
            if (p + 4 > n) throw new EOFException();
            float x = Float.intBitsToFloat((a[p] & 0xFF) << 24 | (a[p + 1] & 0xFF) << 16 | (a[p + 2] & 0xFF) << 8 | (a[p + 3] & 0xFF));
            p += 4;
            if (idx >= featureStart + L || idx < featureStart) { // the first weight of another feature
                featureStart = idx / L * L;
                base = rowOf[idx / L];
            }
            if (x == 0f && base < 0) continue; // a stored zero opens no row
            if (base < 0) {
                base = base <= -2 ? (-2 - base) * L : rows++ * L;
                if (base + L > packed.length) packed = Arrays.copyOf(packed, (int) Math.min(size, Math.max(packed.length + (packed.length >> 1), (long) base + L)));
                rowOf[idx / L] = base;
            }
            packed[base + idx - featureStart] = x;
        }
        for (int f : hot) if (f >= 0 && f < rowOf.length && rowOf[f] <= -2) rowOf[f] = -1; // a hot feature without a weight
        return new WeightRows(rowOf, packed).withHotIndex(hot); // rows beyond the last are never read
    }

    /** Big-endian ints and floats from a byte array; running out is an {@link EOFException}. */
    private static final class Bytes {
        final byte[] a;
        int p;

        Bytes(byte[] a) {
            this.a = a;
        }

        int i() throws EOFException {
            if (p + 4 > a.length) throw new EOFException();
            int v = (a[p] & 0xFF) << 24 | (a[p + 1] & 0xFF) << 16 | (a[p + 2] & 0xFF) << 8 | (a[p + 3] & 0xFF);
            p += 4;
            return v;
        }

        float f() throws EOFException {
            return Float.intBitsToFloat(i());
        }
    }
}
