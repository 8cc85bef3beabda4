package org.opis.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import org.opis.model.Diagnostic;
import org.opis.model.Span;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which encoding a file's bytes are in, in this order:
 * <ol>
 *   <li>the encoding the user forced ({@code --encoding});</li>
 *   <li>a byte-order mark: UTF-8, UTF-16LE/BE, UTF-32LE/BE (the mark is dropped);</li>
 *   <li>UTF-8, when the bytes are valid UTF-8;</li>
 *   <li>UTF-16 without a mark, when every second byte of ASCII text is zero;</li>
 *   <li>UTF-8 with damaged bytes, when valid multi-byte sequences outnumber malformed ones two to one: the
 *   first bad byte is reported with its line, column and byte offset ({@code input/encoding});</li>
 *   <li>otherwise the legacy 8-bit encoding ICU4J's {@link CharsetDetector} finds most likely
 *   (Windows-1251, KOI8-R, ISO-8859-5, Windows-1252, ISO-8859-x, …), reported as information
 *   ({@code input/encoding-detected}) naming it.</li>
 * </ol>
 */
public final class Encodings {

    /** Legacy encodings opis accepts from the detector (those it reports with trustworthy n-gram statistics). */
    private static final Set<String> LEGACY = Set.of("windows-1251", "koi8-r", "iso-8859-5", "ibm866", "windows-1252",
            "iso-8859-1", "iso-8859-2", "windows-1250", "iso-8859-7", "windows-1253", "iso-8859-9", "windows-1254",
            "iso-8859-8", "windows-1255", "iso-8859-6", "windows-1256", "shift_jis", "euc-jp", "euc-kr", "gb18030", "big5");

    private Encodings() {
    }

    /** Decodes {@code bytes}, adding a finding to {@code diags} for whatever was not plain UTF-8. */
    public static String decode(byte[] bytes, Optional<Charset> forced, List<Diagnostic> diags) {
        Bom bom = bom(bytes);
        if (forced.isPresent()) {
            Charset cs = forced.get();
            int skip = bom != null && bom.charset.equals(cs) ? bom.length : 0;
            return strictOrReport(bytes, skip, cs, diags, "--encoding " + cs.name());
        }
        if (bom != null) return strictOrReport(bytes, bom.length, bom.charset, diags, "its byte-order mark");
        int bad = firstMalformedUtf8(bytes);
        if (bad < 0) return new String(bytes, StandardCharsets.UTF_8);
        Optional<Charset> utf16 = utf16WithoutMark(bytes);
        if (utf16.isPresent()) {
            diags.add(Diagnostic.info("input/encoding-detected", Span.START,
                    "the file is in " + utf16.get().name() + " without a byte-order mark; read it as such").withFix("save the file as UTF-8"));
            return new String(bytes, utf16.get());
        }
        if (damagedUtf8(bytes)) return replaced(bytes, bad, diags);
        Optional<Charset> legacy = detect(bytes);
        if (legacy.isEmpty()) return replaced(bytes, bad, diags);
        diags.add(detected(legacy.get()));
        return new String(bytes, legacy.get());
    }

    /** The information finding that a file was read in the legacy encoding {@code cs}, recognised from its bytes. */
    static Diagnostic detected(Charset cs) {
        return Diagnostic.info("input/encoding-detected", Span.START,
                        "the file is not UTF-8; read it as " + cs.name() + " (recognised from its bytes)")
                .withFix("save the file as UTF-8, or give --encoding if " + cs.name() + " is wrong");
    }

    /** What a stream starts with: the charset to read it in and how many bytes of byte-order mark to skip. */
    public record Sniffed(Charset charset, int bomLength) {
    }

    /**
     * The encoding of a stream judged from its first bytes (for inputs read line by line, too large
     * to hold): the same order of decisions as {@link #decode}, findings added to {@code diags}. A
     * multi-byte UTF-8 sequence cut by the end of {@code prefix} does not count as malformed.
     */
    public static Sniffed sniff(byte[] prefix, Optional<Charset> forced, List<Diagnostic> diags) {
        Bom bom = bom(prefix);
        if (forced.isPresent()) {
            Charset cs = forced.get();
            return new Sniffed(cs, bom != null && bom.charset.equals(cs) ? bom.length : 0);
        }
        if (bom != null) return new Sniffed(bom.charset, bom.length);
        int end = prefix.length;
        // drop a sequence cut at the end of the prefix: at most 3 bytes back to its lead byte
        for (int k = 1; k <= 3 && end - k >= 0; k++) {
            int c = prefix[end - k] & 0xFF;
            if ((c & 0xC0) == 0x80) continue;
            if (c >= 0xC2) end -= k;
            break;
        }
        byte[] whole = end == prefix.length ? prefix : java.util.Arrays.copyOf(prefix, end);
        if (firstMalformedUtf8(whole) < 0) return new Sniffed(StandardCharsets.UTF_8, 0);
        Optional<Charset> utf16 = utf16WithoutMark(whole);
        if (utf16.isPresent()) {
            diags.add(Diagnostic.info("input/encoding-detected", Span.START,
                    "the input is in " + utf16.get().name() + " without a byte-order mark; read it as such").withFix("save it as UTF-8"));
            return new Sniffed(utf16.get(), 0);
        }
        Optional<Charset> legacy = damagedUtf8(whole) ? Optional.empty() : detect(whole);
        if (legacy.isEmpty()) return new Sniffed(StandardCharsets.UTF_8, 0);
        diags.add(Diagnostic.info("input/encoding-detected", Span.START,
                        "the input is not UTF-8; read it as " + legacy.get().name() + " (recognised from its first bytes)")
                .withFix("save it as UTF-8, or give --encoding if " + legacy.get().name() + " is wrong"));
        return new Sniffed(legacy.get(), 0);
    }

    record Bom(Charset charset, int length) {
    }

    static Bom bom(byte[] b) {
        int n = b.length;
        int b0 = n > 0 ? b[0] & 0xFF : -1, b1 = n > 1 ? b[1] & 0xFF : -1, b2 = n > 2 ? b[2] & 0xFF : -1, b3 = n > 3 ? b[3] & 0xFF : -1;
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) return new Bom(Charset.forName("UTF-32LE"), 4);
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) return new Bom(Charset.forName("UTF-32BE"), 4);
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) return new Bom(StandardCharsets.UTF_8, 3);
        if (b0 == 0xFE && b1 == 0xFF) return new Bom(StandardCharsets.UTF_16BE, 2);
        if (b0 == 0xFF && b1 == 0xFE) return new Bom(StandardCharsets.UTF_16LE, 2);
        return null;
    }

    /** Strict decoding; on a malformed sequence, a finding with line, column and byte offset, and replacement decoding. */
    private static String strictOrReport(byte[] bytes, int skip, Charset cs, List<Diagnostic> diags, String why) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return dec.decode(in).toString();
        } catch (CharacterCodingException e) {
            // find the offset of the first bad byte by decoding incrementally
            dec.reset();
            ByteBuffer again = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
            CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 16);
            dec.decode(again, out, true);
            int offset = again.position();
            out.flip();
            String before = out.toString();
            String text = new String(bytes, skip, bytes.length - skip, cs);
            diags.add(Diagnostic.error("input/encoding", spanOf(before, offset),
                            "byte " + offset + " (0x" + hex(bytes, offset) + ") is not valid " + cs.name() + " (read as " + why
                                    + "); unreadable bytes were replaced by U+FFFD")
                    .withFix("save the file as UTF-8, or give its encoding with --encoding"));
            return text;
        }
    }

    private static String replaced(byte[] bytes, int bad, List<Diagnostic> diags) {
        String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
        diags.add(Diagnostic.error("input/encoding", spanOf(before, bad),
                        "the file is not valid UTF-8: byte " + bad + " (0x" + hex(bytes, bad) + ") is not part of a UTF-8 character; "
                                + "unreadable bytes were replaced by U+FFFD")
                .withFix("save the file as UTF-8, or give its encoding with --encoding"));
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The line and column (code points) where {@code before} ends; the offset is the UTF-16 length of {@code before}. */
    private static Span spanOf(String before, int byteOffset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Span(line, before.codePointCount(lineStart, before.length()) + 1, before.length(), 0);
    }

    private static String hex(byte[] b, int i) {
        return i < b.length ? String.format(Locale.ROOT, "%02X", b[i] & 0xFF) : "";
    }

    /** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
    static int firstMalformedUtf8(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = sequenceLength(b, i);
            if (len < 0) return i;
            i += len;
        }
        return -1;
    }

    /** Length of the well-formed UTF-8 multi-byte sequence at {@code i}, or -1. */
    private static int sequenceLength(byte[] b, int i) {
        return sequenceLength(b, i, b.length);
    }

    /** Length of the well-formed UTF-8 multi-byte sequence at {@code i} in {@code b[0, n)}, or -1. */
    static int sequenceLength(byte[] b, int i, int n) {
        int c = b[i] & 0xFF;
        int len;
        int min;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            min = 0x10000;
        } else {
            return -1;
        }
        if (i + len > n) return -1;
        int cp = c & (0xFF >> (len + 1));
        for (int k = 1; k < len; k++) {
            int d = b[i + k] & 0xFF;
            if ((d & 0xC0) != 0x80) return -1;
            cp = (cp << 6) | (d & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
        return len;
    }

    /**
     * True when well-formed multi-byte sequences outnumber malformed bytes two to one: UTF-8 with a
     * few damaged bytes (in a legacy 8-bit encoding a letter is almost never followed by the
     * continuation bytes a UTF-8 sequence needs).
     */
    static boolean damagedUtf8(byte[] b) {
        long[] tally = new long[2];
        utf8Tally(b, b.length, b.length, tally);
        return tally[0] >= 2 * tally[1];
    }

    /**
     * Counts well-formed multi-byte UTF-8 sequences ({@code tally[0]}) and malformed bytes ({@code tally[1]}) among the
     * first {@code stop} of {@code n} bytes (a sequence may read up to {@code n}); returns where it stopped.
     */
    static int utf8Tally(byte[] b, int stop, int n, long[] tally) {
        int i = 0;
        while (i < stop) {
            if ((b[i] & 0xFF) < 0x80) {
                i++;
                continue;
            }
            int len = sequenceLength(b, i, n);
            if (len < 0) {
                tally[1]++;
                i++;
            } else {
                tally[0]++;
                i += len;
            }
        }
        return i;
    }

    /**
     * UTF-16 without a mark: in the first 4 KB the high bytes of the code units (odd bytes for LE,
     * even for BE) take at most three values for 90% of the units, a tenth of them zero (spaces,
     * digits, punctuation), while hardly any low byte is zero; and the bytes decode without error.
     */
    private static Optional<Charset> utf16WithoutMark(byte[] b) {
        for (Charset cs : utf16Shapes(b)) {
            try {
                cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(b, 0, b.length & ~1));
                if ((b.length & 1) == 0) return Optional.of(cs);
            } catch (CharacterCodingException e) {
                // not UTF-16 after all
            }
        }
        return Optional.empty();
    }

    /** The UTF-16 byte orders whose shape the first 4 KB of {@code b} have (see {@link #utf16WithoutMark}), before any decoding. */
    static List<Charset> utf16Shapes(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        List<Charset> shapes = new java.util.ArrayList<>(2);
        if (n < 16) return shapes;
        for (Charset cs : new Charset[]{StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            int hi = cs == StandardCharsets.UTF_16LE ? 1 : 0;
            int[] count = new int[256];
            int lowZero = 0;
            for (int i = 0; i < n; i += 2) {
                count[b[i + hi] & 0xFF]++;
                if (b[i + 1 - hi] == 0) lowZero++;
            }
            int pairs = n / 2;
            int[] sorted = count.clone();
            java.util.Arrays.sort(sorted);
            int top3 = sorted[255] + sorted[254] + sorted[253];
            if (top3 * 10 >= pairs * 9 && count[0] * 10 >= pairs && lowZero * 20 < pairs) shapes.add(cs);
        }
        return shapes;
    }

    /** The 8-bit Cyrillic encodings: ICU's statistics tell them apart poorly on short text (a few capitalised abbreviations). */
    private static final List<String> CYRILLIC = List.of("windows-1251", "koi8-r", "iso-8859-5", "ibm866");

    /**
     * The Cyrillic encoding under which the text reads most like Cyrillic writing: words written
     * {@code Xxxx}, {@code xxxx} or {@code XXXX} (not {@code xXxX}), capitals after a full stop, and
     * the commonest letters frequent, the rarest rare.
     * The wrong encoding of the same bytes swaps case (KOI8-R against Windows-1251) or makes
     * letters of punctuation.
     */
    static Charset mostPlausibleCyrillic(byte[] bytes) {
        byte[] sample = bytes.length > 1 << 16 ? java.util.Arrays.copyOf(bytes, 1 << 16) : bytes;
        Charset best = Charset.forName("windows-1251");
        long bestScore = Long.MIN_VALUE;
        for (String name : CYRILLIC) {
            if (!Charset.isSupported(name)) continue;
            Charset cs = Charset.forName(name);
            long score = plausibility(new String(sample, cs));
            if (score > bestScore) {
                bestScore = score;
                best = cs;
            }
        }
        return best;
    }

    private static long plausibility(String t) {
        long score = 0;
        int i = 0;
        char prevNonSpace = '.';
        while (i < t.length()) {
            char c = t.charAt(i);
            if (!isCyrillic(c)) {
                if (!Character.isWhitespace(c)) prevNonSpace = c;
                // letters that are neither Cyrillic nor ASCII (box drawing, Latin-1 accents) in a Cyrillic text are a wrong guess
                if (c > 0x7F && !Character.isWhitespace(c) && "«»–—№“”„’…".indexOf(c) < 0) score -= 2;
                i++;
                continue;
            }
            int j = i;
            while (j < t.length() && isCyrillic(t.charAt(j))) j++;
            boolean firstUpper = Character.isUpperCase(c);
            int uppers = 0;
            for (int k = i + 1; k < j; k++) if (Character.isUpperCase(t.charAt(k))) uppers++;
            int rest = j - i - 1;
            for (int k = i; k < j; k++) {
                // the commonest letters of Russian, Ukrainian, Belarusian, Bulgarian and Serbian against the rarest
                char l = Character.toLowerCase(t.charAt(k));
                if ("оеаинтсрвлк".indexOf(l) >= 0) score += 1;
                else if ("ъэщфцюшжё".indexOf(l) >= 0) score -= 1;
            }
            if (uppers == 0 || (firstUpper && uppers == rest)) score += 1; // Xxxx, xxxx, XXXX
            else score -= 3; // xXxX
            boolean sentenceStart = prevNonSpace == '.' || prevNonSpace == '\n';
            if (sentenceStart) score += firstUpper ? 1 : -1;
            prevNonSpace = t.charAt(j - 1);
            i = j;
        }
        return score;
    }

    private static boolean isCyrillic(char c) {
        return c >= 0x0400 && c <= 0x04FF;
    }

    /** The legacy encoding ICU4J finds most likely for bytes that are not UTF-8, if it is one opis accepts. */
    static Optional<Charset> detect(byte[] bytes) {
        try {
            CharsetDetector d = new CharsetDetector();
            d.setText(bytes.length > 1 << 20 ? java.util.Arrays.copyOf(bytes, 1 << 20) : bytes);
            CharsetMatch[] matches = d.detectAll();
            for (CharsetMatch m : matches) {
                String name = m.getName().toLowerCase(Locale.ROOT);
                if (!LEGACY.contains(name) || !Charset.isSupported(name)) continue;
                // ICU reports ISO-8859-1 for text that only Windows-1252 explains (curly quotes, dashes): decode as the superset
                if (name.equals("iso-8859-1")) name = "windows-1252";
                if (CYRILLIC.contains(name)) return Optional.of(mostPlausibleCyrillic(bytes));
                return Optional.of(Charset.forName(name));
            }
        } catch (RuntimeException e) {
            // detection is a guess; without one the bytes are read as damaged UTF-8
        }
        return Optional.empty();
    }
}
