package org.opis.reflist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The page range goes with the container it was read with: when the record takes one reading's container title and
 * that reading read a page range ({@code International Organization 31 (Autumn 1977), pp. 879-920}) that the other
 * reading did not read at all, the range is taken from the same reading — the tagger's range with the tagger's
 * container, the rules' range with the rules' container. A check of {@link ChoiceChecks}' kind, on the take list.
 */
final class ContainerPages {
    private static final Pattern RANGE = Pattern.compile("[0-9ivxlc]+-[0-9ivxlc]+");

    private ContainerPages() {
    }

    static List<String> mend(List<String> take, FieldChooser.Readings rd) {
        String rc = rd.rules().get("container-title");
        String tc = rd.tagger().get("container-title");
        String rp = rd.rules().get("page");
        String tp = rd.tagger().get("page");
        boolean taggerContainer = take.contains("container-title");
        if (taggerContainer && tc != null && rp == null && range(tp) && !take.contains("page")) {
            List<String> out = new ArrayList<>(take);
            out.add("page");
            return out;
        }
        if (!taggerContainer && rc != null && range(rp) && tp == null && take.contains("page")) {
            List<String> out = new ArrayList<>(take);
            out.remove("page");
            return out;
        }
        return take;
    }

    private static boolean range(String page) {
        return page != null && RANGE.matcher(page).matches();
    }
}
