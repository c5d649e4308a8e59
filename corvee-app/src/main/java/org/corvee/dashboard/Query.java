package org.corvee.dashboard;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reading path and query parameters: anything malformed is a 400 with the parameter named. */
final class Query {
    private Query() {
    }

    /** A numeric path parameter such as a run id. */
    static long id(Context ctx, String name) {
        String v = ctx.pathParam(name);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + ": expected a number, found \"" + ProblemText.clip(v) + "\"");
        }
    }

    /** A required query parameter that is a number. */
    static long requiredId(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw ApiError.badRequest("missing query parameter " + name);
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + ": expected a run id, found \"" + ProblemText.clip(v) + "\"");
        }
    }

    /** A required text query parameter. */
    static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw ApiError.badRequest("missing query parameter " + name);
        }
        return v.strip();
    }

    /** An optional whole number in [min, max]. */
    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiError.badRequest(name + ": expected a whole number from " + min + " to " + max + ", found \""
                + ProblemText.clip(v) + "\"");
    }

    /** A cell filter "dim=value;dim=value" (empty for the total). */
    static Map<String, String> where(Context ctx, String name) {
        String v = ctx.queryParam(name);
        Map<String, String> out = new TreeMap<>();
        if (v == null || v.isBlank()) {
            return out;
        }
        for (String part : v.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw ApiError.badRequest(name + ": expected dimension=value pairs separated by ';', found \""
                        + ProblemText.clip(v) + "\"");
            }
            out.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        return out;
    }

    /** Values for JSON: NaN (a month a ratio is undefined) becomes null, which charts draw as a gap. */
    static List<Double> column(double[] v) {
        List<Double> out = new ArrayList<>(v.length);
        for (double x : v) {
            out.add(Double.isNaN(x) || Double.isInfinite(x) ? null : x);
        }
        return out;
    }

    /** A single value for JSON (null for NaN). */
    static Double value(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }
}
