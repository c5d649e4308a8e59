import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Build-time generator (run by Maven in generate-sources, see corvee-core/pom.xml): writes one
 * Java class of typed parameter keys per top-level section of the parameter catalogue
 * {@code parameters.yaml}, so that a misspelt key fails at compile time while the catalogue
 * stays the one source of truth for keys, units, ranges and sources.
 *
 * <p>Shapes: a leaf (a mapping with {@code default}) under a section becomes a constant
 * ({@code DispatchKeys.CONTRACT_MONTHS}); a mapping of leaves under a section becomes a table
 * keyed by id ({@code EconomyKeys.marketAccess("pyongyang")}); a section whose children are
 * all mappings of leaves is a family of members with the same attributes
 * ({@code DestinationKeys.of("russia").slots}), and every member must have every attribute.
 *
 * <p>Usage: {@code java -cp snakeyaml-engine.jar ParameterKeysGenerator.java CATALOGUE OUTDIR}.
 * Exits 2 with a one-line message naming the key if the catalogue breaks these rules.
 */
public final class ParameterKeysGenerator {
    private static final String PACKAGE = "org.corvee.model.params";

    private ParameterKeysGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ParameterKeysGenerator CATALOGUE OUTDIR");
            System.exit(2);
        }
        Path yaml = Path.of(args[0]);
        Path out = Path.of(args[1]).resolve(PACKAGE.replace('.', '/'));
        Map<String, Object> root;
        try (InputStream in = Files.newInputStream(yaml)) {
            root = asMap(new Load(LoadSettings.builder().build()).loadFromInputStream(in), "");
        }
        try {
            Files.createDirectories(out);
            Set<String> written = new LinkedHashSet<>();
            StringBuilder all = new StringBuilder();
            for (Map.Entry<String, Object> section : root.entrySet()) {
                String name = camel(section.getKey(), true) + "Keys";
                Map<String, Object> node = asMap(section.getValue(), section.getKey());
                String code = section(section.getKey(), node, name);
                write(out.resolve(name + ".java"), code);
                written.add(name + ".java");
                all.append(listing(section.getKey(), node, name));
            }
            write(out.resolve("AllKeys.java"), header()
                    + "/** Every typed key, in catalogue order (generated from parameters.yaml: do not edit). */\n"
                    + "public final class AllKeys {\n    private AllKeys() {\n    }\n\n"
                    + "    /** Every key of the catalogue, in its order. */\n"
                    + "    public static java.util.List<ParameterKey> all() {\n"
                    + "        java.util.List<ParameterKey> out = new java.util.ArrayList<>();\n"
                    + all + "        return out;\n    }\n}\n");
            written.add("AllKeys.java");
            try (var files = Files.list(out)) {
                for (Path f : files.toList()) {
                    String file = f.getFileName().toString();
                    if (file.endsWith("Keys.java") && !written.contains(file)) {
                        Files.delete(f);
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println(yaml + ": " + e.getMessage());
            System.exit(2);
        }
    }

    /** The statements of {@code AllKeys.all()} that add this section's keys in catalogue order. */
    private static String listing(String section, Map<String, Object> node, String cls) {
        StringBuilder sb = new StringBuilder();
        if (isFamily(section, node)) {
            return "        for (String id : " + cls + ".IDS) {\n            out.addAll(" + cls + ".of(id).all());\n        }\n";
        }
        for (Map.Entry<String, Object> e : node.entrySet()) {
            Map<String, Object> child = asMap(e.getValue(), section + "." + e.getKey());
            if (isLeaf(child)) {
                sb.append("        out.add(").append(cls).append('.').append(e.getKey().toUpperCase()).append(");\n");
            } else {
                sb.append("        for (String id : ").append(cls).append('.').append(e.getKey().toUpperCase())
                        .append("_IDS) {\n            out.add(").append(cls).append('.').append(camel(e.getKey(), false))
                        .append("(id));\n        }\n");
            }
        }
        return sb.toString();
    }

    /** True if every child of the section is a mapping of leaves (members with attributes). */
    private static boolean isFamily(String section, Map<String, Object> node) {
        boolean family = !node.isEmpty();
        for (Map.Entry<String, Object> e : node.entrySet()) {
            Map<String, Object> child = asMap(e.getValue(), section + "." + e.getKey());
            if (isLeaf(child) || !allLeaves(child, section + "." + e.getKey())) {
                family = false;
            }
        }
        return family;
    }

    private static String section(String section, Map<String, Object> node, String cls) {
        StringBuilder body = new StringBuilder();
        boolean family = isFamily(section, node);
        String doc = "/** Typed keys of the {@code " + section + ".*} parameters (generated from parameters.yaml: do not edit). */\n";
        if (family) {
            return header() + doc + family(section, node, cls);
        }
        for (Map.Entry<String, Object> e : node.entrySet()) {
            String key = section + "." + e.getKey();
            Map<String, Object> child = asMap(e.getValue(), key);
            if (isLeaf(child)) {
                body.append(javadoc(child, key, "    "));
                body.append("    public static final ").append(type(child, key)).append(' ')
                        .append(e.getKey().toUpperCase()).append(" = new ").append(type(child, key)).append("(\"")
                        .append(key).append("\");\n\n");
            } else {
                body.append(table(key, e.getKey(), child));
            }
        }
        return header() + doc + "public final class " + cls + " {\n" + body + "    private " + cls + "() {\n    }\n}\n";
    }

    /** A mapping of leaves keyed by id: a list of the ids and a lookup that rejects unknown ids. */
    private static String table(String key, String name, Map<String, Object> node) {
        String type = null;
        for (Map.Entry<String, Object> e : node.entrySet()) {
            String t = type(asMap(e.getValue(), key + "." + e.getKey()), key + "." + e.getKey());
            if (type != null && !type.equals(t)) {
                throw new IllegalArgumentException(key + "." + e.getKey() + ": every entry of " + key + " must have the same type");
            }
            type = t;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("    /** The ids of {@code ").append(key).append(".<id>}, in catalogue order. */\n");
        sb.append("    public static final java.util.List<String> ").append(name.toUpperCase()).append("_IDS = java.util.List.of(")
                .append(quoted(node.keySet())).append(");\n\n");
        sb.append("    /** The key {@code ").append(key).append(".<id>}; an id not in the catalogue is a programming error. */\n");
        sb.append("    public static ").append(type).append(' ').append(camel(name, false)).append("(String id) {\n");
        sb.append("        if (!").append(name.toUpperCase()).append("_IDS.contains(id)) {\n");
        sb.append("            throw new IllegalArgumentException(\"no parameter ").append(key).append(".\" + id);\n        }\n");
        sb.append("        return new ").append(type).append("(\"").append(key).append(".\" + id);\n    }\n\n");
        return sb.toString();
    }

    /** A section of members with identical attributes: one instance per member. */
    private static String family(String section, Map<String, Object> node, String cls) {
        Map<String, String> attrs = new LinkedHashMap<>();
        String first = null;
        for (Map.Entry<String, Object> m : node.entrySet()) {
            Map<String, Object> member = asMap(m.getValue(), section + "." + m.getKey());
            if (first == null) {
                first = m.getKey();
                for (Map.Entry<String, Object> a : member.entrySet()) {
                    attrs.put(a.getKey(), type(asMap(a.getValue(), section + "." + first + "." + a.getKey()),
                            section + "." + first + "." + a.getKey()));
                }
                continue;
            }
            for (String a : attrs.keySet()) {
                if (!member.containsKey(a)) {
                    throw new IllegalArgumentException(section + "." + m.getKey() + "." + a + ": missing (every "
                            + section + " has the attributes of " + section + "." + first + ")");
                }
                String t = type(asMap(member.get(a), section + "." + m.getKey() + "." + a), section + "." + m.getKey() + "." + a);
                if (!t.equals(attrs.get(a))) {
                    throw new IllegalArgumentException(section + "." + m.getKey() + "." + a + ": expected the type of "
                            + section + "." + first + "." + a);
                }
            }
            for (String a : member.keySet()) {
                if (!attrs.containsKey(a)) {
                    throw new IllegalArgumentException(section + "." + m.getKey() + "." + a + ": not an attribute of "
                            + section + "." + first + " (every " + section + " has the same attributes)");
                }
            }
        }
        StringBuilder sb = new StringBuilder("public final class " + cls + " {\n");
        sb.append("    /** The member ids, in catalogue order. */\n");
        sb.append("    public static final java.util.List<String> IDS = java.util.List.of(").append(quoted(node.keySet())).append(");\n\n");
        sb.append("    /** The member id. */\n    public final String id;\n");
        Map<String, Object> firstMember = asMap(node.get(first), section + "." + first);
        for (Map.Entry<String, String> a : attrs.entrySet()) {
            sb.append(javadoc(asMap(firstMember.get(a.getKey()), section + "." + first + "." + a.getKey()),
                    section + ".<id>." + a.getKey(), "    "));
            sb.append("    public final ").append(a.getValue()).append(' ').append(camel(a.getKey(), false)).append(";\n");
        }
        sb.append("\n    private ").append(cls).append("(String id) {\n        this.id = id;\n");
        for (Map.Entry<String, String> a : attrs.entrySet()) {
            sb.append("        this.").append(camel(a.getKey(), false)).append(" = new ").append(a.getValue())
                    .append("(\"").append(section).append(".\" + id + \".").append(a.getKey()).append("\");\n");
        }
        sb.append("    }\n\n");
        // One instance per member, made when the class loads: the terms of every month look a
        // member's keys up, and making them anew built each key's name again (a string
        // concatenation, then its hash in the parameters' map) some thousands of times a month.
        sb.append("    /** Each member's keys, made once (immutable), in catalogue order. */\n");
        sb.append("    private static final java.util.Map<String, ").append(cls).append("> BY_ID = byId();\n\n");
        sb.append("    private static java.util.Map<String, ").append(cls).append("> byId() {\n");
        sb.append("        java.util.Map<String, ").append(cls).append("> m = new java.util.LinkedHashMap<>();\n");
        sb.append("        for (String id : IDS) {\n            m.put(id, new ").append(cls).append("(id));\n        }\n");
        sb.append("        return java.util.Collections.unmodifiableMap(m);\n    }\n\n");
        sb.append("    /** The keys of member {@code id}; an id not in the catalogue is a programming error. */\n");
        sb.append("    public static ").append(cls).append(" of(String id) {\n");
        sb.append("        ").append(cls).append(" keys = BY_ID.get(id);\n");
        sb.append("        if (keys == null) {\n");
        sb.append("            throw new IllegalArgumentException(\"no parameters ").append(section).append(".\" + id + \".*\");\n        }\n");
        sb.append("        return keys;\n    }\n\n");
        sb.append("    /** Every key of this member, in catalogue order. */\n");
        sb.append("    public java.util.List<ParameterKey> all() {\n        return java.util.List.of(");
        List<String> names = new ArrayList<>();
        for (String a : attrs.keySet()) {
            names.add(camel(a, false));
        }
        sb.append(String.join(", ", names)).append(");\n    }\n}\n");
        return sb.toString();
    }

    private static String header() {
        return "// Generated by corvee-core/src/build/ParameterKeysGenerator.java from parameters.yaml. Do not edit.\n"
                + "package " + PACKAGE + ";\n\n";
    }

    private static String javadoc(Map<String, Object> leaf, String key, String indent) {
        String doc = String.valueOf(leaf.getOrDefault("doc", "")).trim().replaceAll("\\s+", " ");
        String unit = String.valueOf(leaf.getOrDefault("unit", ""));
        return indent + "/** {@code " + key + "}" + (unit.isEmpty() ? "" : " [" + escape(unit) + "]") + ": "
                + escape(doc) + " */\n";
    }

    /** Text safe inside a Javadoc comment. */
    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("{", "&#123;").replace("}", "&#125;").replace("*/", "*&#47;");
    }

    private static String type(Map<String, Object> leaf, String key) {
        Object def = leaf.get("default");
        if (def instanceof Boolean) {
            return "SwitchKey";
        }
        if (def instanceof Integer || def instanceof Long) {
            return "IntegerKey";
        }
        if (def instanceof Number) {
            return "NumberKey";
        }
        throw new IllegalArgumentException(key + ": default must be a number or boolean, found " + def);
    }

    private static boolean isLeaf(Map<String, Object> node) {
        return node.containsKey("default");
    }

    private static boolean allLeaves(Map<String, Object> node, String key) {
        for (Map.Entry<String, Object> e : node.entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> m) || !m.containsKey("default")) {
                return false;
            }
        }
        return !node.isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o, String key) {
        if (!(o instanceof Map<?, ?>)) {
            throw new IllegalArgumentException((key.isEmpty() ? "top level" : key) + ": expected a mapping");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
            String k = String.valueOf(e.getKey());
            if (!k.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException((key.isEmpty() ? "" : key + ".") + k
                        + ": expected a key of lower-case letters, digits and underscores");
            }
            out.put(k, e.getValue());
        }
        return out;
    }

    private static String camel(String s, boolean upperFirst) {
        StringBuilder sb = new StringBuilder();
        boolean up = upperFirst;
        for (char c : s.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }

    private static String quoted(Set<String> ids) {
        List<String> q = new ArrayList<>();
        for (String id : ids) {
            q.add("\"" + id + "\"");
        }
        return String.join(", ", q);
    }

    private static void write(Path file, String code) throws IOException {
        byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
        if (Files.exists(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        Files.write(file, bytes);
    }
}
