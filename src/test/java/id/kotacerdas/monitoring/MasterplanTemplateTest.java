package id.kotacerdas.monitoring;

import static id.kotacerdas.monitoring.MasterplanImportTest.REGION;
import static id.kotacerdas.monitoring.MasterplanImportTest.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.support.DownloadedFiles;
import id.kotacerdas.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The template a region downloads: its masterplan's columns and items, and the values each column allows. */
@IntegrationTest
class MasterplanTemplateTest {

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void banjarmasinsOperator(@Autowired ManageAccounts accounts) {
        MasterplanImportTest.account(accounts, MasterplanImportTest.OPERATOR, REGION);
    }

    @Test
    void the_template_opens_with_the_masterplans_columns_its_items_and_the_allowed_values() throws Exception {
        long plan = masterplan();
        item(plan, """
                {"code":"TK-01","category":"POLICY","smartDimension":"GOVERNANCE","name":"Perwali SPBE",
                 "unit":"dokumen","direction":"HIGHER_IS_BETTER","targets":{"2019":1,"2020":2},
                 "responsibleAgency":"Diskominfo"}""");

        byte[] xlsx = mvc.perform(
                        get("/api/v1/masterplans/" + plan + "/template.xlsx").with(operator()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MasterplanImportTest.XLSX))
                .andExpect(header().string(
                                "Content-Disposition", "attachment; filename=\"masterplan-63-71-2019-2023.xlsx\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        Map<String, Map<Integer, Row>> sheets = DownloadedFiles.sheets(xlsx);
        List<String> expected = new ArrayList<>(List.of(
                "code", "category", "smart dimension", "level", "name", "unit", "direction", "responsible agency"));
        IntStream.rangeClosed(2019, 2023).forEach(y -> expected.add("target " + y));
        IntStream.rangeClosed(2019, 2023)
                .forEach(y -> expected.addAll(List.of("realisation " + y, "S1 " + y, "S2 " + y)));
        assertThat(texts(sheets.get("Butir").get(1))).isEqualTo(expected);
        assertThat(texts(sheets.get("Butir").get(2)).subList(0, 10))
                .containsExactly(
                        "TK-01",
                        "POLICY",
                        "GOVERNANCE",
                        "",
                        "Perwali SPBE",
                        "dokumen",
                        "HIGHER_IS_BETTER",
                        "Diskominfo",
                        "1",
                        "2");
        List<String> allowed = sheets.get("Nilai yang diizinkan").values().stream()
                .map(row -> row.getCellText(0) + " " + row.getCellText(1))
                .toList();
        assertThat(allowed)
                .contains(
                        "category ISO_37122",
                        "smart dimension BRANDING",
                        "level SUB_KEGIATAN",
                        "direction LOWER_IS_BETTER",
                        "code 5.1",
                        "code 23.4");
    }

    private long masterplan() throws Exception {
        String body = mvc.perform(post("/api/v1/regions/" + REGION + "/masterplans")
                        .with(operator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Masterplan Banjarmasin\",\"startYear\":2019,\"endYear\":2023}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonMapper.shared().readTree(body).get("id").asLong();
    }

    private void item(long plan, String json) throws Exception {
        mvc.perform(post("/api/v1/masterplans/" + plan + "/items")
                        .with(operator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated());
    }

    private static List<String> texts(Row row) {
        return IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).toList();
    }
}
