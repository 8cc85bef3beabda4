package org.opis.bibtex;

import org.jbibtex.ConcateValue;
import org.jbibtex.LiteralValue;
import org.jbibtex.ReferenceValue;
import org.jbibtex.Value;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * How long a BibTeX value becomes once its {@code @string} macros are expanded, computed without
 * expanding it: a chain of 40 macros each doubling the last ({@code @string{a1 = a0 # a0}}) names a
 * terabyte in one kilobyte. Iterative (a {@code #} chain of any length cannot overflow the stack)
 * and memoised per value (a macro used twice is measured once); saturates at {@link Long#MAX_VALUE}.
 */
final class MacroSizes {

    private MacroSizes() {
    }

    static long expandedLength(Value root) {
        Map<Value, Long> known = new IdentityHashMap<>();
        Deque<Value> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Value v = stack.peek();
            if (known.containsKey(v)) {
                stack.pop();
                continue;
            }
            if (v instanceof ConcateValue c) {
                Value l = c.getLeft();
                Value r = c.getRight();
                boolean ready = true;
                if (l != null && !known.containsKey(l)) {
                    stack.push(l);
                    ready = false;
                }
                if (r != null && !known.containsKey(r)) {
                    stack.push(r);
                    ready = false;
                }
                if (ready) {
                    stack.pop();
                    known.put(v, add(l == null ? 0 : known.get(l), r == null ? 0 : known.get(r)));
                }
            } else if (v instanceof ReferenceValue ref) {
                Value target = ref.getString() == null ? null : ref.getString().getValue();
                if (target == null || target == v) {
                    stack.pop();
                    known.put(v, (long) ref.getValue().getString().length());
                } else if (known.containsKey(target)) {
                    stack.pop();
                    known.put(v, known.get(target));
                } else if (stack.contains(target)) {
                    stack.pop(); // a macro defined through itself: JBibTeX would not resolve it either
                    known.put(v, 0L);
                } else {
                    stack.push(target);
                }
            } else if (v instanceof LiteralValue lit) {
                stack.pop();
                known.put(v, (long) lit.getString().length());
            } else {
                stack.pop();
                known.put(v, (long) v.toUserString().length());
            }
        }
        return known.get(root);
    }

    private static long add(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }
}
