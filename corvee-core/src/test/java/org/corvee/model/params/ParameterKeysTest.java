package org.corvee.model.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The typed keys generated from {@code parameters.yaml} at build time cover the catalogue
 * exactly, each with the type of its default, and reject ids that the catalogue lacks.
 */
class ParameterKeysTest {
    private final ParameterCatalog catalog = ParameterCatalog.load();

    @Test
    void everyCatalogueKeyHasOneTypedKeyOfItsType() throws ReflectiveOperationException {
        Map<String, ParameterKey> generated = generatedKeys();
        Map<String, ParameterType> expected = new LinkedHashMap<>();
        for (ParameterSpec s : catalog.all()) {
            expected.put(s.key(), s.type());
        }
        assertThat(generated.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Map.Entry<String, ParameterKey> e : generated.entrySet()) {
            ParameterType type = expected.get(e.getKey());
            Class<?> want = switch (type) {
                case BOOLEAN -> SwitchKey.class;
                case INTEGER -> IntegerKey.class;
                case NUMBER -> NumberKey.class;
            };
            assertThat(e.getValue()).as(e.getKey()).isInstanceOf(want);
        }
    }

    @Test
    void typedAndStringLookupsAgree() {
        Parameters p = catalog.defaults().with(DispatchKeys.CONTRACT_MONTHS, 7);
        assertThat(p.get("dispatch.contract_months")).isEqualTo(7.0);
        assertThat(p.getInt(DispatchKeys.CONTRACT_MONTHS)).isEqualTo(7);
        assertThat(p.get(DestinationKeys.of("russia").slots)).isEqualTo(p.get("destination.russia.slots"));
        assertThat(p.on(MechanismKeys.OD2_PROMISE)).isEqualTo(p.on("mechanism.od2_promise"));
    }

    @Test
    void idsTheCatalogueLacksAreRejected() {
        assertThatThrownBy(() -> DestinationKeys.of("atlantis")).hasMessageContaining("destination.atlantis");
        assertThatThrownBy(() -> EconomyKeys.marketAccess("atlantis")).hasMessageContaining("market_access.atlantis");
    }

    /** Every key reachable through the generated classes: constants, tables by id, family members. */
    private Map<String, ParameterKey> generatedKeys() throws ReflectiveOperationException {
        Map<String, ParameterKey> out = new LinkedHashMap<>();
        for (String section : sections()) {
            Class<?> cls = Class.forName("org.corvee.model.params." + camel(section) + "Keys");
            for (Field f : cls.getFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                if (f.get(null) instanceof ParameterKey k) {
                    out.put(k.name(), k);
                } else if (f.getName().endsWith("_IDS")) {
                    String table = f.getName().substring(0, f.getName().length() - 4);
                    Method lookup = cls.getMethod(camel(table.toLowerCase()).substring(0, 1).toLowerCase()
                            + camel(table.toLowerCase()).substring(1), String.class);
                    for (Object id : (List<?>) f.get(null)) {
                        ParameterKey k = (ParameterKey) lookup.invoke(null, id);
                        out.put(k.name(), k);
                    }
                } else if (f.getName().equals("IDS")) {
                    for (Object id : (List<?>) f.get(null)) {
                        Object member = cls.getMethod("of", String.class).invoke(null, id);
                        for (Object k : (List<?>) cls.getMethod("all").invoke(member)) {
                            out.put(((ParameterKey) k).name(), (ParameterKey) k);
                        }
                    }
                }
            }
        }
        return out;
    }

    private List<String> sections() {
        return catalog.all().stream().map(s -> s.key().substring(0, s.key().indexOf('.'))).distinct().toList();
    }

    private static String camel(String s) {
        StringBuilder sb = new StringBuilder();
        boolean up = true;
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
}
