package id.kotacerdas.programme;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.TestAccounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Helpers for the selection tests. The tests share one database, and a region in a confirmed cohort is marked in
 * every later selection (of a later year, or the same year): tests that confirm a cohort use a year from 2030 on
 * and regions of a province no other such test uses; tests that only rank use years before 2030. The masterplan
 * review's tests ({@link ReviewCohorts}) confirm Sulawesi Selatan's regions in 2030, 2031, 2034, 2035, 2038 and 2039.
 */
final class Selection {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    static final String HEADER = "region_code,IKBT,IKB,IKH,KKD\n";

    private Selection() {}

    static RequestPostProcessor admin() {
        return httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
    }

    /** Opens a selection through the API, with equal weights, and answers its id. */
    static long open(MockMvc mvc, int year, String name, int quota) throws Exception {
        return json(mvc.perform(post("/api/v1/selections")
                                .with(admin())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"year\":" + year + ",\"name\":\"" + name + "\",\"quota\":" + quota + "}"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    static JsonNode load(MockMvc mvc, long id, String csv) throws Exception {
        return json(mvc.perform(put("/api/v1/selections/{id}/candidates", id)
                        .with(admin())
                        .contentType(CSV)
                        .content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk()));
    }

    static JsonNode ranking(MockMvc mvc, long id) throws Exception {
        return json(mvc.perform(get("/api/v1/selections/{id}/ranking", id).with(admin()))
                .andExpect(status().isOk()));
    }

    static JsonNode line(JsonNode ranking, String region) {
        return StreamSupport.stream(ranking.spliterator(), false)
                .filter(n -> n.get("regionCode").asString().equals(region))
                .findFirst()
                .orElseThrow(() -> new AssertionError(region + " is not in " + ranking));
    }

    static JsonNode json(ResultActions result) throws Exception {
        return JsonMapper.shared()
                .readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** One sheet: a {@link Number} is a number cell, a {@link String} a text cell, null an empty cell. */
    @SafeVarargs
    static byte[] xlsx(List<Object>... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "KotaCerdasTest", "1.0");
            Worksheet sheet = workbook.newWorksheet("Calon");
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].size(); c++) {
                    Object cell = rows[r].get(c);
                    if (cell instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (cell != null) {
                        sheet.value(r, c, cell.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
