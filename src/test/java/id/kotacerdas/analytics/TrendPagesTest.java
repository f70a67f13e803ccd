package id.kotacerdas.analytics;

import static id.kotacerdas.analytics.TrendPeriods.BADUNG;
import static id.kotacerdas.analytics.TrendPeriods.EARLIER;
import static id.kotacerdas.analytics.TrendPeriods.LATER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.PdfPages;
import id.kotacerdas.support.PdfText;
import id.kotacerdas.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The trend on the region's page (loaded with htmx, or a page of its own) and in the region's report. */
@IntegrationTest
class TrendPagesTest {

    private static final String TREND = "/hasil/" + LATER + "/" + BADUNG + "/tren";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void periods() {
        TrendPeriods.ensure(context);
    }

    @Test
    void the_regions_page_loads_its_trend_and_links_to_it_for_readers_without_javascript() throws Exception {
        String page = html(get("/hasil/{y}/{c}", EARLIER, BADUNG));

        String trend = "/hasil/" + EARLIER + "/" + BADUNG + "/tren";
        assertThat(PageHtml.attribute(page, "trend", "hx-get")).isEqualTo(trend);
        assertThat(PageHtml.attribute(page, "trend", "hx-trigger")).isEqualTo("load");
        assertThat(PageHtml.attribute(page, "trend-link", "href")).isEqualTo(trend);
    }

    @Test
    void the_trend_section_carries_the_charts_data_and_the_same_numbers_in_its_table() throws Exception {
        String section =
                html(get(TREND).header("HX-Request", "true").with(user("admin").roles("ADMIN")));

        assertThat(section).doesNotContain("<nav"); // the section alone, for htmx to swap in
        assertThat(PageHtml.attribute(section, "trend-chart", "data-labels"))
                .isEqualTo("[\"" + EARLIER + "\",\"" + LATER + " (draf)\"]");
        assertThat(PageHtml.attribute(section, "trend-chart", "data-series"))
                .startsWith("[{\"label\":\"Nilai final\",\"data\":[3.08,3.00]}")
                .contains("{\"label\":\"Baseline\",\"data\":[3.56,3.00]}");
        assertThat(PageHtml.has(section, "trend-draft")).isTrue();
        String table = PageHtml.textFrom(section, "trend-table");
        assertThat(table)
                .contains(EARLIER + " Tabel nasional terbitan Reguler 3,08 3 dari 4 0,11 3,56 2,73 3,27 3,18 2,80");
        assertThat(table).contains(LATER + " DRAF Penilaian periode itu Reguler 3,00 2 dari 3 -0,08 3,00");
        assertThat(PageHtml.textFrom(section, "trend-change")).contains("3,00 − 3,08 = -0,08");
    }

    @Test
    void the_national_pages_year_tabs_offer_the_public_no_period_it_may_not_read() throws Exception {
        String publicPage = html(get("/hasil/{y}", EARLIER));
        String adminPage = html(get("/hasil/{y}", EARLIER).with(user("admin").roles("ADMIN")));

        assertThat(publicPage)
                .contains("href=\"/hasil/" + EARLIER + "\"")
                .doesNotContain("href=\"/hasil/" + LATER + "\"");
        assertThat(adminPage).contains("href=\"/hasil/" + LATER + "\"");
    }

    @Test
    void asked_for_by_a_link_the_trend_is_a_page_of_its_own_without_the_unpublished_period() throws Exception {
        String page = html(get("/hasil/{y}/{c}/tren", EARLIER, BADUNG)
                .header("HX-Request", "true")
                .header("HX-Boosted", "true"));

        assertThat(page).contains("<nav class=\"breadcrumb\"", "/static/js/trend-chart.js");
        assertThat(PageHtml.attribute(page, "trend-chart", "data-labels")).isEqualTo("[\"" + EARLIER + "\"]");
        assertThat(PageHtml.has(page, "trend-draft")).isFalse();
        assertThat(PageHtml.has(page, "trend-change")).isFalse();
    }

    @Test
    void the_trend_of_an_unpublished_period_is_not_found_for_the_public() throws Exception {
        mvc.perform(get(TREND)).andExpect(status().isNotFound());
        mvc.perform(get(TREND).with(user(TrendPeriods.OPERATOR).roles("OPERATOR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_regions_report_prints_its_trend() throws Exception {
        byte[] pdf = pdf(
                get("/api/v1/periods/{y}/regions/{c}/report.pdf", LATER, BADUNG).with(admin()));
        PdfPages.keep("laporan-tren-" + LATER + "-" + BADUNG, pdf);
        String text = PdfText.of(pdf).replaceAll("\\s+", " ");

        String trend = text.substring(text.indexOf("Tren antarperiode"));
        assertThat(trend)
                .contains(
                        EARLIER + " 3,08 3 dari 4 0,11 3,56 2,73 3,27 3,18 2,80",
                        LATER + " (draf) 3,00 2 dari 3 -0,08 3,00 3,00 3,00 3,00 3,00");
        assertThat(trend).doesNotContain("Sistem belum menyimpan periode lain");
    }

    @Test
    void a_report_of_a_single_period_says_there_is_no_other() throws Exception {
        String text = PdfText.of(pdf(get("/api/v1/periods/{y}/regions/{c}/report.pdf", EARLIER, BADUNG)));

        assertThat(text).contains("Tren antarperiode", "Sistem belum menyimpan periode lain bagi wilayah ini.");
        assertThat(text).doesNotContain(LATER + " (draf)");
    }

    private byte[] pdf(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static RequestPostProcessor admin() {
        return httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
    }
}
