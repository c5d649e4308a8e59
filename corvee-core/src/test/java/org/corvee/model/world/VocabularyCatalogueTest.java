package org.corvee.model.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.corvee.model.params.DestinationKeys;
import org.corvee.model.params.EconomyKeys;
import org.corvee.model.params.SectorKeys;
import org.corvee.model.params.SiteKeys;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary enums and the parameter catalogue name the same members in the same order:
 * adding a destination, sector, site or province means adding it in both places
 * (CONTRIBUTING.md), and this test says which one is missing.
 */
class VocabularyCatalogueTest {
    @Test
    void destinationsMatchTheCatalogue() {
        assertThat(Arrays.stream(Destination.values()).map(Destination::id).toList())
                .as("Destination ids vs destination.<id> in parameters.yaml").isEqualTo(DestinationKeys.IDS);
    }

    @Test
    void sectorsMatchTheCatalogue() {
        assertThat(Arrays.stream(Sector.values()).map(Sector::id).toList())
                .as("Sector ids vs sector.<id> in parameters.yaml").isEqualTo(SectorKeys.IDS);
    }

    @Test
    void sitesMatchTheCatalogue() {
        assertThat(Arrays.stream(Site.values()).map(Site::id).toList())
                .as("Site ids vs site.<id> in parameters.yaml").isEqualTo(SiteKeys.IDS);
    }

    @Test
    void provincesMatchTheCatalogue() {
        assertThat(Arrays.stream(Province.values()).map(Province::id).toList())
                .as("Province ids vs economy.market_access.<id> in parameters.yaml")
                .isEqualTo(EconomyKeys.MARKET_ACCESS_IDS);
    }
}
