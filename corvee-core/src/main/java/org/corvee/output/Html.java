package org.corvee.output;

/**
 * The one escaper for text put into HTML and SVG/XML (the report, its charts, the sensitivity
 * chart and the evidence trail under each target): the five characters with meaning in markup
 * become entities, which is valid in element content and in quoted attribute values of both
 * HTML and XML. It lives in corvee-core so that every module that writes markup
 * (corvee-evidence as well as the report in corvee-app) can use the same one.
 */
public final class Html {
    private Html() {
    }

    /** Escapes text for element content and attribute values. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
