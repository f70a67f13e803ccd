package id.kotacerdas.monitoring;

import static id.kotacerdas.monitoring.MasterplanImportTest.REGION;
import static id.kotacerdas.monitoring.MasterplanImportTest.header;
import static id.kotacerdas.monitoring.MasterplanImportTest.operator;
import static id.kotacerdas.monitoring.MasterplanWorkbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operator's import page, and who may not use it: Kota Banjarbaru's operator is refused Banjarmasin's
 * masterplan on the page and on the API, as an anonymous caller is. The ISO 37122 catalogue is open to any account.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MasterplanImportPageTest {

    private static final String OTHER_OPERATOR = "op-import-6372";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long plan;

    @BeforeAll
    void banjarmasinsMasterplanAndBanjarbarusOperator(@Autowired ManageAccounts accounts) throws Exception {
        MasterplanImportTest.account(accounts, MasterplanImportTest.OPERATOR, REGION);
        MasterplanImportTest.account(accounts, OTHER_OPERATOR, "63.72");
        String body = mvc.perform(post("/api/v1/regions/" + REGION + "/masterplans")
                        .with(operator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Masterplan Banjarmasin\",\"startYear\":2001,\"endYear\":2005}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        plan = JsonMapper.shared().readTree(body).get("id").asLong();
    }

    @Test
    void the_operator_uploads_on_the_page_and_sees_each_refused_row_in_bahasa_indonesia() throws Exception {
        assertThat(html(mvc.perform(get(page()).with(operator())).andExpect(status().isOk())))
                .contains("Impor butir masterplan", "/api/v1/masterplans/" + plan + "/template.xlsx", "name=\"_csrf\"");

        byte[] file = xlsx(
                header(2001),
                List.of("B-1", "POLICY", "", "", "Perwali", "", "HIGHER_IS_BETTER", "", 1),
                List.of("B-2", "POLICY", "SPACE", "", "Perwali", "", "HIGHER_IS_BETTER", "", 1));
        assertThat(html(mvc.perform(upload(file)).andExpect(status().isOk())))
                .contains("Tidak ada yang diimpor: 1 penolakan", "smart dimension", "Nilai tidak dikenal: SPACE");
        assertThat(html(mvc.perform(upload(file).param("validRowsOnly", "true")).andExpect(status().isOk())))
                .contains("Baris yang sah diimpor: 1 butir ditambahkan atau diperbarui");
        assertThat(html(mvc.perform(upload("bukan xlsx".getBytes(StandardCharsets.UTF_8)))
                        .andExpect(status().isBadRequest())))
                .contains("Berkas bukan buku kerja Excel (XLSX)");
    }

    Stream<AbstractMockHttpServletRequestBuilder<?>> everyWayIn() {
        byte[] file = xlsx(header(2001), List.of("X-1", "POLICY", "", "", "x", "", "HIGHER_IS_BETTER"));
        return Stream.<AbstractMockHttpServletRequestBuilder<?>>of(
                get("/api/v1/masterplans/" + plan + "/template.xlsx"),
                multipart("/api/v1/masterplans/" + plan + "/import")
                        .file(new MockMultipartFile("file", "b.xlsx", MasterplanImportTest.XLSX, file)),
                get(page()),
                multipart(page())
                        .file(new MockMultipartFile("file", "b.xlsx", MasterplanImportTest.XLSX, file))
                        .with(csrf()));
    }

    @ParameterizedTest
    @MethodSource("everyWayIn")
    void another_regions_operator_is_refused_on_the_api_and_the_page(AbstractMockHttpServletRequestBuilder<?> call)
            throws Exception {
        int status = mvc.perform(call.with(user(OTHER_OPERATOR).roles("OPERATOR")))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isIn(403, 404);
        assertThat(jdbc.sql("select count(*) from masterplan_item where masterplan_id = ? and code = 'X-1'")
                        .param(plan)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void another_regions_operator_gets_problem_json_on_the_api_and_anonymous_callers_are_sent_away() throws Exception {
        mvc.perform(get("/api/v1/masterplans/" + plan + "/template.xlsx")
                        .with(user(OTHER_OPERATOR).roles("OPERATOR")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/masterplans/" + plan + "/template.xlsx")).andExpect(status().isUnauthorized());
        mvc.perform(get(page()))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/masuk")));
    }

    @Test
    void the_iso_37122_catalogue_is_open_to_any_account_and_to_no_anonymous_caller() throws Exception {
        mvc.perform(get("/api/v1/iso37122-indicators").with(user(OTHER_OPERATOR).roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(80))
                .andExpect(jsonPath("$[0].code").value("5.1"))
                .andExpect(jsonPath("$[0].theme").value("Ekonomi"))
                .andExpect(jsonPath("$[0].title").isNotEmpty())
                .andExpect(jsonPath("$[?(@.code == '18.1')].theme").value("Telekomunikasi"));
        mvc.perform(get("/api/v1/iso37122-indicators")).andExpect(status().isUnauthorized());
    }

    private String page() {
        return "/wilayah/masterplan/" + plan + "/impor";
    }

    private AbstractMockHttpServletRequestBuilder<?> upload(byte[] content) {
        return multipart(page())
                .file(new MockMultipartFile("file", "butir.xlsx", MasterplanImportTest.XLSX, content))
                .with(csrf())
                .with(operator());
    }

    private static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
