package org.opis.reflist;

import org.opis.lexicon.Labels;
import org.opis.lexicon.Words;
import org.opis.text.Markup;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.opis.reflist.WorkingText.blank;
import static org.opis.reflist.WorkingText.wordBefore;

/**
 * Volumes and issues: a volume written inside a title ({@code *Vepra. T. 8, 22*}; labels of {@code labels.tsv}), a
 * labelled volume, a number of volumes ({@code 3 vols.}) and a labelled issue after the title, and Wikipedia's bold
 * journal volume ({@code **14** (2): 373–376}).
 */
final class EntryVolumes {
    private EntryVolumes() {
    }

    private static final List<String> VOLUME_LABELS = org.opis.lexicon.Labels.of(org.opis.lexicon.Labels.LIST, "volume");

    private static final List<String> TITLE_VOLUME_LABELS = org.opis.lexicon.Labels.of(org.opis.lexicon.Labels.TITLE, "volume");

    /** Wikipedia's journal details: {@code **14** (2): 373–376\\.} (bold volume, issue in parentheses, pages after a colon). */
    private static final Pattern BOLD_VOLUME = Pattern.compile(
            "\\*\\*(\\d{1,4}[A-Za-z]?)\\*\\*\\s?(?:\\(([0-9][0-9A-Za-z/–-]{0,10})\\))?(?:\\s?:\\s?(\\d{1,5}(?:\\s?[–—-]{1,2}\\s?\\d{1,5})?))?\\s?\\\\?\\.?");

    static final Pattern ISSUE = Pattern.compile("(?<![\\p{L}])(?:" + Words.alternation(Labels.of(Labels.LIST, "issue"), false) + ")\\s?([0-9][0-9A-Za-z/]{0,8}(?:\\s?[–—-]\\s?[0-9]{1,4})?)");

    static final Pattern NUMBER_OF_VOLUMES = Pattern.compile("(?<![\\d])(\\d{1,3})\\s(?:"
            + Words.alternation(Labels.of(Labels.COUNT, "volume"), false) + ")(?![\\p{L}])");

    static final WordCues ISSUE_CUES = WordCues.of(Labels.of(Labels.LIST, "issue"), false);

    /** A volume designation written inside the italic title ({@code *Vepra. T. 8, 22*}) becomes the volume. */
    static void extractTitleVolume(Draft d) {
        String t = d.title;
        for (String label : TITLE_VOLUME_LABELS) {
            int i = t.lastIndexOf(" " + label);
            if (i <= 0) continue;
            int after = i + 1 + label.length();
            String nums = volumeNumbers(t, after);
            if (nums == null) continue;
            int numEnd = after + nums.length();
            String rest = t.substring(numEnd).strip();
            if (!rest.isEmpty() && !rest.equals(".")) continue;
            String head = t.substring(0, i).strip();
            if (head.endsWith(".") || head.endsWith(",")) head = head.substring(0, head.length() - 1).strip();
            if (head.isEmpty()) continue;
            d.title = head;
            d.volume = Markup.collapse(nums);
            return;
        }
    }

    /** The volume numbers written at {@code from} ({@code  8, 22}, {@code  1–14}, {@code  1, 3}), raw, or null. */
    private static String volumeNumbers(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') i++;
        if (i >= s.length() || !Character.isDigit(s.charAt(i)) && !isRoman(s.charAt(i))) return null;
        int end = i;
        int groups = 0;
        while (end < s.length() && groups < 20) {
            int j = end;
            int digits = 0;
            while (j < s.length() && (Character.isDigit(s.charAt(j)) || (digits == 0 || isRoman(s.charAt(j - 1))) && isRoman(s.charAt(j)))) {
                j++;
                digits++;
            }
            if (digits == 0 || (groups > 0 && digits > 3)) break;
            end = j;
            groups++;
            int k = end;
            while (k < s.length() && s.charAt(k) == ' ') k++;
            if (k < s.length() && "–—-,".indexOf(s.charAt(k)) >= 0) {
                int m = k + 1;
                while (m < s.length() && s.charAt(m) == ' ') m++;
                if (m < s.length() && (Character.isDigit(s.charAt(m)) || isRoman(s.charAt(m)))) {
                    // "T. 2, 1979" is a volume and a year, not two volumes
                    int n = m;
                    while (n < s.length() && Character.isDigit(s.charAt(n))) n++;
                    if (n - m == 4 && s.charAt(k) == ',') break;
                    end = m;
                    continue;
                }
            }
            break;
        }
        if (end == i) return null;
        if (end < s.length() && Character.isLetter(s.charAt(end)) && !isRoman(s.charAt(end - 1))) return null;
        return s.substring(from, end);
    }

    /** Whether {@code c} is a Roman numeral letter a volume is written with. */
    private static boolean isRoman(char c) {
        return c == 'I' || c == 'V' || c == 'X' || c == 'L';
    }

    /** A volume after a label of {@code labels.tsv} ({@code Vol. 3}, {@code Т. 2}), when the draft has none yet. */
    private static void takeVolume(StringBuilder b, Draft d) {
        if (d.volume != null) return;
        String s = b.toString();
        for (String label : VOLUME_LABELS) {
            int from = 0;
            while (true) {
                int i = s.indexOf(label, from);
                if (i < 0) break;
                from = i + 1;
                if (i > 0 && Character.isLetter(s.charAt(i - 1))) continue;
                int after = i + label.length();
                String nums = volumeNumbers(s, after);
                if (nums == null) continue;
                d.volume = Markup.collapse(nums);
                blank(b, i, after + nums.length());
                return;
            }
        }
    }

    /** Takes a labelled volume, a number of volumes and a labelled issue out of the part after the title. */
    static void takeFromTail(StringBuilder b, Draft d) {
        // volumes
        takeVolume(b, d);
        Matcher nv = NUMBER_OF_VOLUMES.matcher(b);
        if (nv.find()) {
            d.numberOfVolumes = nv.group(1);
            blank(b, nv.start(), nv.end());
        }
        // issue number
        Matcher im = ISSUE.matcher(b);
        if (ISSUE_CUES.mayMatch(b) && im.find()) {
            d.issue = Markup.collapse(im.group(1));
            blank(b, im.start(), im.end());
        }
        SlashIssues.take(b, d);
    }

    /** Wikipedia's bold journal volume ({@code **14** (2): 373–376}) read, or its bold markers dropped when it follows the journal's plain words. */
    static void takeBold(StringBuilder b, Draft d) {
        Matcher bv = BOLD_VOLUME.matcher(b);
        boolean bold = bv.find();
        if (bold && wordBefore(b, bv.start())) {
            // a bold volume right after the journal's plain words ("American Sociological Review **59** (1): 1-22"): the
            // bold markers go and the journal details are read as any journal's
            blank(b, bv.start(), bv.start() + 2);
            blank(b, bv.start() + 2 + bv.group(1).length(), bv.start() + 4 + bv.group(1).length());
        } else if (bold) {
            d.volume = bv.group(1);
            if (bv.group(2) != null) d.issue = bv.group(2);
            if (bv.group(3) != null) d.page = bv.group(3);
            blank(b, bv.start(), bv.end());
        }
    }
}
