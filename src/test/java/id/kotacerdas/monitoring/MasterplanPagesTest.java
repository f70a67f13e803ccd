package id.kotacerdas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Kota Pekalongan's operator records its masterplan on the pages: a new masterplan, an item with its targets, a
 * realisation, the computed status and the drafted conclusion, then saves the report. Another region's operator
 * sees none of it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MasterplanPagesTest {

    private static final String PEKALONGAN = "33.75";
    private static final String OPERATOR = "op-pages-3375";
    private static final String OTHER = "op-pages-3376";

    @Autowired
    MockMvc mvc;

    String page;

    @BeforeAll
    void accounts(@Autowired ManageAccounts accounts) {
        accounts.create(new NewAccount(OPERATOR, "Batik-Pekalongan-2018!", "Operator", "OPERATOR", PEKALONGAN, null));
        accounts.create(new NewAccount(OTHER, "Batik-Pekalongan-2018!", "Operator lain", "OPERATOR", "33.76", null));
    }

    @Test
    void an_operator_records_items_and_realisations_and_saves_the_drafted_report() throws Exception {
        assertThat(mvc.perform(get("/wilayah/masterplan").with(as(OPERATOR)))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/wilayah/" + PEKALONGAN + "/masterplan");
        String refused = html(mvc.perform(form("/wilayah/" + PEKALONGAN + "/masterplan", OPERATOR)
                        .param("title", "Masterplan Kota Pekalongan")
                        .param("startYear", "2019")
                        .param("endYear", "2015"))
                .andExpect(status().isBadRequest()));
        assertThat(refused).contains("id=\"error-endYear\"").contains("Tahun berakhir harus");
        page = mvc.perform(form("/wilayah/" + PEKALONGAN + "/masterplan", OPERATOR)
                        .param("title", "Masterplan Kota Pekalongan")
                        .param("startYear", "2019")
                        .param("endYear", "2023"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(form(page + "/butir", OPERATOR)
                        .param("tahun", "2022")
                        .param("category", "POLICY")
                        .param("name", "Perwal Satu Data")
                        .param("unit", "dokumen")
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("target-2022", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(page + "/butir", OPERATOR)
                        .param("tahun", "2022")
                        .param("category", "APPLICATION")
                        .param("name", "Waktu layanan izin")
                        .param("unit", "hari")
                        .param("direction", "LOWER_IS_BETTER")
                        .param("target-2022", "3"))
                .andExpect(status().is3xxRedirection());
        String before =
                html(mvc.perform(get(page + "?tahun=2022").with(as(OPERATOR))).andExpect(status().isOk()));
        long item = firstItem(before);
        assertThat(before).contains("Perwal Satu Data").contains("Belum diketahui");

        mvc.perform(form(page + "/butir/" + item + "/realisasi", OPERATOR)
                        .param("tahun", "2022")
                        .param("value", "abc"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(page + "/butir/" + item + "/realisasi", OPERATOR)
                        .param("tahun", "2022")
                        .param("value", "1"))
                .andExpect(status().is3xxRedirection());
        String after =
                html(mvc.perform(get(page + "?tahun=2022").with(as(OPERATOR))).andExpect(status().isOk()));
        assertThat(after)
                .contains("id=\"status-" + item + "\"")
                .contains("Tercapai")
                .contains("Dari sebanyak 1 kebijakan smart city yang direncanakan, sebanyak 1 kebijakan telah tercapai"
                        + " dan sebanyak 0 kebijakan belum tercapai.")
                .contains("id=\"report-draft\"")
                .contains("id=\"compare-chart\"")
                .contains("data-series-before=\"2021\"");

        mvc.perform(form(page + "/laporan", OPERATOR)
                        .param("tahun", "2022")
                        .param(
                                "conclusions",
                                "Perwal Satu Data telah terbit.\r\n\r\nAplikasi perizinan belum dipantau."))
                .andExpect(status().is3xxRedirection());
        String saved =
                html(mvc.perform(get(page + "?tahun=2022").with(as(OPERATOR))).andExpect(status().isOk()));
        assertThat(saved).contains("id=\"report-version\"").contains("Aplikasi perizinan belum dipantau.");

        mvc.perform(form(page + "/butir/" + item, OPERATOR)
                        .param("tahun", "2022")
                        .param("category", "POLICY")
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("name", "Perwal Satu Data Kota Pekalongan")
                        .param("target-2022", "1")
                        .param("reason", "nama resmi"))
                .andExpect(status().is3xxRedirection());
        assertThat(html(mvc.perform(get(page + "?tahun=2022").with(as(OPERATOR)))))
                .contains("Perwal Satu Data Kota Pekalongan");

        mvc.perform(form(page + "/rekomendasi", OPERATOR)
                        .param("tahun", "2022")
                        .param("agency", "Bappeda")
                        .param("text", "Anggarkan pemantauan aplikasi perizinan."))
                .andExpect(status().is3xxRedirection());
        assertThat(html(mvc.perform(get(page + "?tahun=2022").with(as(OPERATOR)))))
                .contains("Anggarkan pemantauan aplikasi perizinan.")
                .contains("Belum ditindaklanjuti");
    }

    @Test
    void another_regions_operator_sees_none_of_it() throws Exception {
        mvc.perform(get("/wilayah/" + PEKALONGAN + "/masterplan").with(as(OTHER)))
                .andExpect(status().isForbidden());
        mvc.perform(form("/wilayah/" + PEKALONGAN + "/masterplan", OTHER)
                        .param("title", "x")
                        .param("startYear", "2019")
                        .param("endYear", "2023"))
                .andExpect(status().isForbidden());
        String own = mvc.perform(form("/wilayah/" + PEKALONGAN + "/masterplan", OPERATOR)
                        .param("title", "Masterplan kedua")
                        .param("startYear", "2024")
                        .param("endYear", "2028"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        int refused =
                mvc.perform(get(own).with(as(OTHER))).andReturn().getResponse().getStatus();
        assertThat(refused).isIn(403, 404);
        int post = mvc.perform(
                        form(own + "/laporan", OTHER).param("tahun", "2024").param("conclusions", "x"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(post).isIn(403, 404);
    }

    private MockHttpServletRequestBuilder form(String path, String user) {
        return post(path).with(as(user)).with(csrf());
    }

    private static RequestPostProcessor as(String user) {
        return user(user).roles("OPERATOR");
    }

    private static long firstItem(String html) {
        Matcher m = Pattern.compile("id=\"item-(\\d+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String html(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
