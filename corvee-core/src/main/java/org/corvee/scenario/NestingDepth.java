package org.corvee.scenario;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where YAML text nests too deeply: the YAML parser recurses once per level and, on text nested
 * thousands of levels deep, runs out of stack without saying where. This scan counts the levels
 * itself — open flow brackets ({@code [ {}) plus indented block levels — so the message can
 * name the line. It ignores quoted text and comments; it is a locator, not a parser.
 */
final class NestingDepth {
    private NestingDepth() {
    }

    /** The 1-based line where the nesting first exceeds {@code limit}, or the deepest line if it never does. */
    static int lineBeyond(String text, int limit) {
        Deque<Integer> indents = new ArrayDeque<>();
        int flow = 0;
        int deepest = 1;
        int deepestDepth = -1;
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int indent = 0;
            while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '-')) {
                indent++;
            }
            boolean blank = indent >= line.length() || line.charAt(indent) == '#';
            if (!blank && flow == 0) {
                while (!indents.isEmpty() && indents.peek() >= indent) {
                    indents.pop();
                }
                indents.push(indent);
            }
            char quote = 0;
            for (int i = indent; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ')) {
                    break;
                } else if (c == '[' || c == '{') {
                    flow++;
                    if (flow + indents.size() > limit) {
                        return n + 1;
                    }
                } else if ((c == ']' || c == '}') && flow > 0) {
                    flow--;
                }
            }
            int depth = flow + indents.size();
            if (depth > limit) {
                return n + 1;
            }
            if (depth > deepestDepth) {
                deepestDepth = depth;
                deepest = n + 1;
            }
        }
        return deepest;
    }
}
