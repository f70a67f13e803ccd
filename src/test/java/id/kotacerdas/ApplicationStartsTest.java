package id.kotacerdas;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ApplicationStartsTest {

    @Autowired
    RegionApi regions;

    @Autowired
    InstrumentApi instruments;

    @Test
    void a_fresh_database_holds_the_registry_and_the_2024_instrument() {
        assertThat(regions.all()).hasSize(514);
        assertThat(regions.provinces()).hasSize(38);
        assertThat(instruments.instrument(2024).questions()).hasSize(115);
        assertThat(instruments.instrument(2024).weightsOf("KPPN_IKN")).containsKey("COLLABORATION");
    }
}
