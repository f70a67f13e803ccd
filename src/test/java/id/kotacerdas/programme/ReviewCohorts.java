package id.kotacerdas.programme;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Confirmed cohorts and accounts for the masterplan review tests. The tests share one database, and a region of a
 * confirmed cohort is marked in every later selection (see {@link Selection}): the review tests confirm cohorts of
 * Sulawesi Selatan's regions (province 73) in years 2030 to 2039 the selection tests leave free (2030, 2031, 2034, 2035,
 * 2038, 2039), each cohort with regions no other uses; 73.26 is a candidate every cohort leaves out.
 */
public final class ReviewCohorts {

    public static final String PASSWORD = "Sawah-hijau-di-Tabanan-1983!";

    private ReviewCohorts() {}

    public static RequestPostProcessor admin() {
        return httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
    }

    public static RequestPostProcessor as(String username) {
        return httpBasic(username, PASSWORD);
    }

    /** Opens a selection of the regions, quota all of them, loads them and confirms the cohort; its id. */
    public static long confirmed(MockMvc mvc, int year, List<String> regions) throws Exception {
        long id = json(mvc.perform(post("/api/v1/selections")
                                .with(admin())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"year\":" + year + ",\"name\":\"Angkatan masterplan " + year
                                        + "\",\"quota\":" + regions.size() + "}"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        StringBuilder csv = new StringBuilder("region_code,IKBT,IKB,IKH,KKD\n");
        for (int i = 0; i < regions.size(); i++) {
            int v = 90 - i;
            csv.append(regions.get(i))
                    .append(',')
                    .append(v)
                    .append(',')
                    .append(v)
                    .append(',')
                    .append(v)
                    .append(",TINGGI\n");
        }
        csv.append("73.26,1,1,1,RENDAH\n"); // never selected: a candidate that stays below the quota
        mvc.perform(put("/api/v1/selections/{id}/candidates", id)
                        .with(admin())
                        .contentType(MediaType.parseMediaType("text/csv"))
                        .content(csv.toString().getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/selections/{id}/confirmation", id).with(admin()))
                .andExpect(status().isOk());
        return id;
    }

    /** Creates the account unless it exists. */
    public static void account(ManageAccounts accounts, String username, String role, String region) {
        if (accounts.list().stream().noneMatch(a -> a.username().equals(username))) {
            accounts.create(new NewAccount(
                    username,
                    PASSWORD,
                    "Nama " + username,
                    role,
                    region,
                    role.equals("ASSESSOR") ? "Universitas Hasanuddin" : null));
        }
    }

    public static ResultActions upload(
            MockMvc mvc, long id, String region, String kind, String name, byte[] content, RequestPostProcessor who)
            throws Exception {
        return mvc.perform(multipart("/api/v1/selections/{id}/regions/{code}/masterplan-documents", id, region)
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("kind", kind)
                .with(who));
    }

    /** The six criteria of the default rubric scored in their order, each with a comment. */
    public static String scores(int... scores) {
        String[] codes = {"RPJMD", "ANALISIS", "DIMENSI", "ROADMAP", "QUICK_WIN", "TATA_KELOLA"};
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < scores.length; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"')
                    .append(codes[i])
                    .append("\":{\"score\":")
                    .append(scores[i])
                    .append(",\"comment\":\"Komentar ")
                    .append(codes[i])
                    .append(' ')
                    .append(scores[i])
                    .append("\"}");
        }
        return json.append('}').toString();
    }

    public static JsonNode json(ResultActions result) throws Exception {
        return JsonMapper.shared()
                .readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
