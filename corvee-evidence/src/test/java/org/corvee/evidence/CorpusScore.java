package org.corvee.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Scores extraction on an annotated corpus: an extracted claim and an expected one match when
 * they are in the same file, of the same kind, the words of one contain the other's
 * (case-insensitive), and both bounds agree within a relative 1e-4 (open bounds must both be
 * open). Each expected claim matches at most one extracted claim. Precision = matched /
 * extracted, recall = matched / expected; quantity accuracy = matched pairs with the expected
 * lexicon quantity / matched pairs.
 */
final class CorpusScore {
    record Expected(String file, String text, ClaimKind kind, double low, double high, String quantity) {
    }

    record Result(int expected, int extracted, int matched, int quantityRight, List<String> misses,
                  List<String> spurious, List<String> wrongQuantity) {
        double precision() {
            return extracted == 0 ? 0 : (double) matched / extracted;
        }

        double recall() {
            return expected == 0 ? 0 : (double) matched / expected;
        }

        double quantityAccuracy() {
            return matched == 0 ? 0 : (double) quantityRight / matched;
        }

        /** Prints the summary and every miss, spurious claim and wrong quantity under {@code label}. */
        void print(String label) {
            System.out.println("[" + label + "] " + summary());
            misses.forEach(m -> System.out.println("  missed:   " + m));
            spurious.forEach(m -> System.out.println("  spurious: " + m));
            wrongQuantity.forEach(m -> System.out.println("  quantity: " + m));
        }

        String summary() {
            return String.format(Locale.ROOT, "expected %d, extracted %d, matched %d: precision %.3f, recall %.3f, "
                    + "quantity accuracy %.3f (%d of %d)", expected, extracted, matched, precision(), recall(),
                    quantityAccuracy(), quantityRight, matched);
        }
    }

    private CorpusScore() {
    }

    @SuppressWarnings("unchecked")
    static List<Expected> expected(Path yaml) throws IOException {
        Map<String, Object> root = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(yaml, StandardCharsets.UTF_8));
        List<Expected> out = new ArrayList<>();
        for (Map.Entry<String, Object> f : ((Map<String, Object>) root.get("files")).entrySet()) {
            for (Map<String, Object> c : (List<Map<String, Object>>) f.getValue()) {
                out.add(new Expected(f.getKey(), String.valueOf(c.get("text")), ClaimKind.of(String.valueOf(c.get("kind"))),
                        number(c.get("low")), number(c.get("high")), String.valueOf(c.get("quantity"))));
            }
        }
        return out;
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : String.valueOf(o).equals("inf") ? Double.POSITIVE_INFINITY
                : Double.parseDouble(String.valueOf(o));
    }

    /** Reads every article file of {@code dir} and scores its claims against {@code expected}. */
    static Result score(Path dir, List<Expected> expected, ClaimExtractor extractor) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        List<Expected> open = new ArrayList<>(expected);
        int extracted = 0;
        int matched = 0;
        int right = 0;
        List<String> spurious = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        ArticleReader reader = new ArticleReader(ArticleMetadata.NONE);
        for (Path f : files) {
            String name = f.getFileName().toString();
            for (Article a : reader.read(f).articles()) {
                for (Claim c : extractor.extract(a)) {
                    extracted++;
                    Expected e = open.stream().filter(x -> x.file().equals(name) && same(x, c)).findFirst().orElse(null);
                    if (e == null) {
                        spurious.add(name + ": " + c.kind().id() + " \"" + c.text() + "\" " + c.intervalText());
                        continue;
                    }
                    open.remove(e);
                    matched++;
                    if (e.quantity().equals(c.quantity())) {
                        right++;
                    } else {
                        wrong.add(name + ": \"" + c.text() + "\" matched '" + c.quantity() + "', expected '"
                                + e.quantity() + "'");
                    }
                }
            }
        }
        List<String> misses = open.stream().map(e -> e.file() + ": " + e.kind().id() + " \"" + e.text() + "\" ["
                + e.low() + ", " + e.high() + "]").toList();
        return new Result(expected.size(), extracted, matched, right, misses, spurious, wrong);
    }

    private static boolean same(Expected e, Claim c) {
        String a = e.text().toLowerCase(Locale.ROOT);
        String b = c.text().toLowerCase(Locale.ROOT);
        return e.kind() == c.kind() && (a.contains(b) || b.contains(a)) && close(e.low(), c.low())
                && close(e.high(), c.high());
    }

    private static boolean close(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return x == y;
        }
        return Math.abs(x - y) <= 1e-4 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
    }
}
