package app.vocero.contacts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One of libphonenumber's number patterns ({@code 3(?:0[0-5]|1\d|2[0-4])\d{7}}) compiled into a deterministic
 * automaton over the ten digits, so a full match costs one table step per digit instead of a backtracking regex.
 * Only the syntax the metadata uses is accepted (digits, {@code \d}, classes with ranges, groups, {@code |},
 * {@code ?}, {@code *}, {@code +} and {@code {n}}, {@code {n,m}}, {@code {n,}}); anything else is refused with an
 * {@link IllegalArgumentException} and the caller keeps using libphonenumber. Immutable, thread-safe.
 */
final class DigitAutomaton {

    private static final int ALL_DIGITS = 0x3FF;
    private static final int MAX_STATES = 50_000;

    private final int[] table; // state * 10 + digit → next state, -1 when no match is possible any more
    private final boolean[] accepting;

    private DigitAutomaton(int[] table, boolean[] accepting) {
        this.table = table;
        this.accepting = accepting;
    }

    /** Whether the whole text matches, as {@code Pattern.matches(regex, text)} would for digit patterns. */
    boolean matches(CharSequence text) {
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return false;
            }
            state = table[state * 10 + digit];
            if (state < 0) {
                return false;
            }
        }
        return accepting[state];
    }

    /**
     * Whether some text starting with this digit could begin a match. When it cannot and the empty text does not
     * match either, {@code Matcher.lookingAt()} on such text fails: callers skip the regex.
     */
    boolean canStartWith(char digit) {
        int d = digit - '0';
        return d < 0 || d > 9 || table[d] >= 0 || accepting[0];
    }

    static DigitAutomaton compile(String regex) {
        Parser parser = new Parser(regex);
        Node tree = parser.alternation();
        if (parser.position != regex.length()) {
            throw new IllegalArgumentException("Unexpected '" + regex.charAt(parser.position) + "' in " + regex);
        }
        Nfa nfa = new Nfa();
        int[] fragment = nfa.build(tree);
        return determinize(nfa, fragment[0], fragment[1]);
    }

    // ---- syntax tree ----

    private interface Node {
    }

    private record Chars(int mask) implements Node {
    }

    private record Sequence(List<Node> items) implements Node {
    }

    private record Choice(List<Node> options) implements Node {
    }

    private record Repeat(Node item, int min, int max) implements Node { // max -1: unbounded
    }

    private static final class Parser {
        private final String text;
        private int position;

        Parser(String text) {
            this.text = text;
        }

        Node alternation() {
            List<Node> options = new ArrayList<>();
            options.add(sequence());
            while (position < text.length() && text.charAt(position) == '|') {
                position++;
                options.add(sequence());
            }
            return options.size() == 1 ? options.get(0) : new Choice(options);
        }

        private Node sequence() {
            List<Node> items = new ArrayList<>();
            while (position < text.length() && peek() != '|' && peek() != ')') {
                items.add(quantified(atom()));
            }
            return new Sequence(items);
        }

        private Node atom() {
            char c = text.charAt(position++);
            if (c >= '0' && c <= '9') {
                return new Chars(1 << (c - '0'));
            } else if (c == '\\') {
                expect('d');
                return new Chars(ALL_DIGITS);
            } else if (c == '[') {
                return characterClass();
            } else if (c == '(') {
                if (peek() == '?') {
                    position++;
                    expect(':');
                }
                Node inner = alternation();
                expect(')');
                return inner;
            }
            throw new IllegalArgumentException("Unsupported '" + c + "' in " + text);
        }

        private Node characterClass() {
            int mask = 0;
            while (peek() != ']') {
                char c = text.charAt(position++);
                if (c == '\\') {
                    expect('d');
                    mask |= ALL_DIGITS;
                } else if (c >= '0' && c <= '9') {
                    if (peek() == '-' && position + 1 < text.length() && text.charAt(position + 1) != ']') {
                        char end = text.charAt(position + 1);
                        if (end < c || end > '9') {
                            throw new IllegalArgumentException("Bad range in " + text);
                        }
                        position += 2;
                        for (char d = c; d <= end; d++) {
                            mask |= 1 << (d - '0');
                        }
                    } else {
                        mask |= 1 << (c - '0');
                    }
                } else {
                    throw new IllegalArgumentException("Unsupported '" + c + "' in class of " + text);
                }
            }
            position++;
            return new Chars(mask);
        }

        private Node quantified(Node atom) {
            Node result = atom;
            while (position < text.length()) {
                char c = peek();
                if (c == '?') {
                    result = new Repeat(result, 0, 1);
                } else if (c == '*') {
                    result = new Repeat(result, 0, -1);
                } else if (c == '+') {
                    result = new Repeat(result, 1, -1);
                } else if (c == '{') {
                    position++;
                    int min = number();
                    int max = min;
                    if (peek() == ',') {
                        position++;
                        max = peek() == '}' ? -1 : number();
                    }
                    if (peek() != '}') {
                        throw new IllegalArgumentException("Bad repeat in " + text);
                    }
                    result = new Repeat(result, min, max);
                } else {
                    return result;
                }
                position++;
                if (position < text.length() && (peek() == '?' || peek() == '+')) {
                    throw new IllegalArgumentException("Lazy or possessive quantifier in " + text);
                }
            }
            return result;
        }

        private int number() {
            int start = position;
            while (position < text.length() && Character.isDigit(text.charAt(position))) {
                position++;
            }
            if (start == position) {
                throw new IllegalArgumentException("Missing number in " + text);
            }
            return Integer.parseInt(text.substring(start, position));
        }

        private char peek() {
            if (position >= text.length()) {
                throw new IllegalArgumentException("Unexpected end of " + text);
            }
            return text.charAt(position);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("Expected '" + c + "' in " + text);
            }
            position++;
        }
    }

    // ---- Thompson NFA ----

    private static final class Nfa {
        final List<Integer> masks = new ArrayList<>();   // digit mask of a node's single digit edge, 0 for none
        final List<Integer> targets = new ArrayList<>(); // where that edge goes
        final List<List<Integer>> empties = new ArrayList<>();

        int node() {
            masks.add(0);
            targets.add(-1);
            empties.add(new ArrayList<>(2));
            return masks.size() - 1;
        }

        void empty(int from, int to) {
            empties.get(from).add(to);
        }

        /** {start, end} of the fragment for the tree. */
        int[] build(Node tree) {
            if (tree instanceof Chars) {
                int start = node();
                int end = node();
                masks.set(start, ((Chars) tree).mask());
                targets.set(start, end);
                return new int[] {start, end};
            } else if (tree instanceof Sequence) {
                int start = node();
                int end = start;
                for (Node item : ((Sequence) tree).items()) {
                    int[] part = build(item);
                    empty(end, part[0]);
                    end = part[1];
                }
                return new int[] {start, end};
            } else if (tree instanceof Choice) {
                int start = node();
                int end = node();
                for (Node option : ((Choice) tree).options()) {
                    int[] part = build(option);
                    empty(start, part[0]);
                    empty(part[1], end);
                }
                return new int[] {start, end};
            }
            Repeat repeat = (Repeat) tree;
            int start = node();
            int end = start;
            for (int i = 0; i < repeat.min(); i++) {
                int[] part = build(repeat.item());
                empty(end, part[0]);
                end = part[1];
            }
            if (repeat.max() < 0) {
                int[] part = build(repeat.item());
                int loopEnd = node();
                empty(end, part[0]);
                empty(end, loopEnd);
                empty(part[1], part[0]);
                empty(part[1], loopEnd);
                return new int[] {start, loopEnd};
            }
            int finalEnd = node();
            for (int i = repeat.min(); i < repeat.max(); i++) {
                int[] part = build(repeat.item());
                empty(end, part[0]);
                empty(end, finalEnd);
                end = part[1];
            }
            empty(end, finalEnd);
            return new int[] {start, finalEnd};
        }

        BitSet closure(BitSet states) {
            BitSet closed = (BitSet) states.clone();
            ArrayDeque<Integer> work = new ArrayDeque<>();
            states.stream().forEach(work::add);
            while (!work.isEmpty()) {
                for (int next : empties.get(work.pop())) {
                    if (!closed.get(next)) {
                        closed.set(next);
                        work.push(next);
                    }
                }
            }
            return closed;
        }
    }

    private static DigitAutomaton determinize(Nfa nfa, int start, int end) {
        Map<BitSet, Integer> ids = new HashMap<>();
        List<BitSet> sets = new ArrayList<>();
        BitSet first = new BitSet();
        first.set(start);
        first = nfa.closure(first);
        ids.put(first, 0);
        sets.add(first);
        int[] table = new int[1024];
        for (int current = 0; current < sets.size(); current++) {
            BitSet set = sets.get(current);
            for (int digit = 0; digit < 10; digit++) {
                BitSet moved = new BitSet();
                for (int s = set.nextSetBit(0); s >= 0; s = set.nextSetBit(s + 1)) {
                    if ((nfa.masks.get(s) & (1 << digit)) != 0) {
                        moved.set(nfa.targets.get(s));
                    }
                }
                int id = -1;
                if (!moved.isEmpty()) {
                    BitSet closed = nfa.closure(moved);
                    Integer known = ids.get(closed);
                    if (known == null) {
                        if (sets.size() >= MAX_STATES) {
                            throw new IllegalArgumentException("Pattern too large for an automaton");
                        }
                        known = sets.size();
                        ids.put(closed, known);
                        sets.add(closed);
                    }
                    id = known;
                }
                if (current * 10 + digit >= table.length) {
                    table = Arrays.copyOf(table, table.length * 2);
                }
                table[current * 10 + digit] = id;
            }
        }
        boolean[] accepting = new boolean[sets.size()];
        for (int i = 0; i < accepting.length; i++) {
            accepting[i] = sets.get(i).get(end);
        }
        return new DigitAutomaton(Arrays.copyOf(table, sets.size() * 10), accepting);
    }
}
