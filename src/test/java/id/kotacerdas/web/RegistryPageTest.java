package id.kotacerdas.web;

import static id.kotacerdas.web.Pages.admin;
import static id.kotacerdas.web.Pages.html;
import static id.kotacerdas.web.Pages.rowsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The registry page: all 514 kabupaten/kota, filtered by province, kind and part of the name. */
@IntegrationTest
class RegistryPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void the_registry_lists_all_514_regions_of_38_provinces() throws Exception {
        String page = registry("");

        assertThat(rowsOf(page, "regions")).isEqualTo(514);
        assertThat(page).contains("514 kabupaten/kota di 38 provinsi").contains("514 wilayah ditampilkan");
    }

    @Test
    void filtering_by_province_shows_only_the_regions_of_bali() throws Exception {
        long bali =
                regenciesCsv().lines().filter(line -> line.startsWith("51.")).count();

        String page = registry("?province=51");

        assertThat(rowsOf(page, "regions")).isEqualTo(bali).isEqualTo(9);
        assertThat(page).contains("Kabupaten Badung").doesNotContain("Kota Bandung");
    }

    @Test
    void filtering_by_kind_and_name_finds_kota_bandung_only() throws Exception {
        String page = registry("?kind=KOTA&q=bandung");

        assertThat(rowsOf(page, "regions")).isEqualTo(1);
        String body = Pages.find(page, "id=\"regions\".*?(<tbody>.*?</tbody>)");
        assertThat(body).contains("32.73", "Kota Bandung").doesNotContain("Kabupaten Bandung");
    }

    private String registry(String query) throws Exception {
        return html(mvc.perform(get("/admin/wilayah" + query).with(admin())).andExpect(status().isOk()));
    }

    private static String regenciesCsv() throws IOException {
        try (InputStream in = RegistryPageTest.class.getResourceAsStream("/data/wilayah/regencies.csv")) {
            assertThat(in).as("the registry data on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
