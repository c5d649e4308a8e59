package org.corvee.model.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The typed keys generated from {@code parameters.yaml} at build time cover the catalogue
 * exactly, in its order, each with the type of its default, and reject ids the catalogue lacks.
 */
class ParameterKeysTest {
    private final ParameterCatalog catalog = ParameterCatalog.load();

    @Test
    void everyCatalogueKeyHasOneTypedKeyOfItsType() {
        List<ParameterKey> keys = AllKeys.all();
        List<ParameterSpec> specs = catalog.all();
        assertThat(keys.stream().map(ParameterKey::name).toList())
                .isEqualTo(specs.stream().map(ParameterSpec::key).toList());
        for (int k = 0; k < keys.size(); k++) {
            Class<?> want = switch (specs.get(k).type()) {
                case BOOLEAN -> SwitchKey.class;
                case INTEGER -> IntegerKey.class;
                case NUMBER -> NumberKey.class;
            };
            assertThat(keys.get(k)).as(specs.get(k).key()).isInstanceOf(want);
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
}
