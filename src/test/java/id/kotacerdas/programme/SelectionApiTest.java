package id.kotacerdas.programme;

import static id.kotacerdas.programme.Selection.CSV;
import static id.kotacerdas.programme.Selection.HEADER;
import static id.kotacerdas.programme.Selection.admin;
import static id.kotacerdas.programme.Selection.json;
import static id.kotacerdas.programme.Selection.line;
import static id.kotacerdas.programme.Selection.load;
import static id.kotacerdas.programme.Selection.open;
import static id.kotacerdas.programme.Selection.ranking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.region.RegionApi;
import id.kotacerdas.region.RegionView;
import id.kotacerdas.support.IntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Candidate selection through the API (docs/api.md, section 14c): opening, loading with refusals, the ranking,
 * confirming with overrides, the frozen selection, MoUs and the programme's participants.
 */
@IntegrationTest
class SelectionApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegionApi regions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void of_165_candidates_loaded_as_csv_a_quota_of_50_selects_the_50_highest_composites() throws Exception {
        List<String> codes =
                regions.all().stream().map(RegionView::code).sorted().limit(165).toList();
        StringBuilder csv = new StringBuilder(HEADER);
        Map<String, BigDecimal[]> values = new HashMap<>();
        String[] kkd = {"RENDAH", "SEDANG", "TINGGI"};
        for (int i = 0; i < codes.size(); i++) {
            // distinct, scattered values: i × a prime modulo another, so no two composites meet at the cut-off
            BigDecimal ikbt = BigDecimal.valueOf(20 + (i * 37L) % 163 * 0.43).setScale(2, RoundingMode.HALF_UP);
            BigDecimal ikb = BigDecimal.valueOf(10 + (i * 53L) % 167 * 0.5).setScale(2, RoundingMode.HALF_UP);
            BigDecimal ikh = BigDecimal.valueOf((i * 71L) % 173 * 0.55).setScale(2, RoundingMode.HALF_UP);
            int category = (i * 7) % 3;
            values.put(codes.get(i), new BigDecimal[] {ikbt, ikb, ikh, BigDecimal.valueOf(category + 1)});
            csv.append(codes.get(i))
                    .append(',')
                    .append(ikbt)
                    .append(',')
                    .append(ikb)
                    .append(',')
                    .append(ikh)
                    .append(',')
                    .append(kkd[category])
                    .append('\n');
        }
        long id = open(mvc, 2018, "Gerakan Menuju 100 Smart City 2018", 50);

        JsonNode report = load(mvc, id, csv.toString());
        assertThat(report.get("stored").asBoolean()).isTrue();
        assertThat(report.get("loaded").asInt()).isEqualTo(165);

        List<String> expected = independentTop(values, 50);
        JsonNode ranking = ranking(mvc, id);
        assertThat(ranking).hasSize(165);
        Set<String> selected = StreamSupport.stream(ranking.spliterator(), false)
                .filter(n -> n.get("selected").asBoolean())
                .map(n -> n.get("regionCode").asString())
                .collect(Collectors.toSet());
        assertThat(selected).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ranking.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(ranking.get(0).get("regionCode").asString()).isEqualTo(expected.get(0));
        assertThat(ranking.get(0).get("composite").decimalValue().scale()).isEqualTo(4);
    }

    /** The 50 highest composites by the documented method, in this test's own arithmetic, highest first. */
    private static List<String> independentTop(Map<String, BigDecimal[]> values, int quota) {
        BigDecimal[] min = new BigDecimal[4];
        BigDecimal[] max = new BigDecimal[4];
        for (BigDecimal[] v : values.values()) {
            for (int p = 0; p < 4; p++) {
                min[p] = min[p] == null ? v[p] : min[p].min(v[p]);
                max[p] = max[p] == null ? v[p] : max[p].max(v[p]);
            }
        }
        Map<String, BigDecimal> composite = new HashMap<>();
        values.forEach((code, v) -> {
            BigDecimal sum = BigDecimal.ZERO;
            for (int p = 0; p < 4; p++) {
                sum = sum.add(new BigDecimal("0.25")
                        .multiply(v[p].subtract(min[p]).divide(max[p].subtract(min[p]), 6, RoundingMode.HALF_UP)));
            }
            composite.put(code, sum);
        });
        List<Map.Entry<String, BigDecimal>> sorted = new ArrayList<>(composite.entrySet());
        sorted.sort(Map.Entry.<String, BigDecimal>comparingByValue().reversed());
        assertThat(sorted.get(quota - 1).getValue())
                .isGreaterThan(sorted.get(quota).getValue());
        return sorted.subList(0, quota).stream().map(Map.Entry::getKey).toList();
    }

    @Test
    void weights_that_do_not_sum_to_1_are_refused_and_nothing_is_opened() throws Exception {
        int before = count();
        mvc.perform(post("/api/v1/selections")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2019,\"name\":\"x\",\"quota\":50,"
                                + "\"weights\":{\"IKBT\":0.3,\"IKB\":0.3,\"IKH\":0.3,\"KKD\":0.3}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("selection.weights.sum"))
                .andExpect(jsonPath("$.field").value("weights"))
                .andExpect(jsonPath("$.detail").value("Bobot berjumlah 1.2, bukan 1."));
        mvc.perform(post("/api/v1/selections")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2019,\"name\":\"x\",\"quota\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("selection.quota.invalid"));
        assertThat(count()).isEqualTo(before);
    }

    private int count() {
        return jdbc.sql("select count(*) from programme_selection")
                .query(Integer.class)
                .single();
    }

    @Test
    void a_load_with_refused_rows_stores_nothing_and_reports_each_row_and_a_clean_load_replaces_the_candidates()
            throws Exception {
        long id = open(mvc, 2005, "Seleksi uji penolakan", 2);
        load(mvc, id, HEADER + "33.75,70,60,50,TINGGI\n33.05,40,40,40,RENDAH\n");

        JsonNode refused = load(
                mvc,
                id,
                HEADER + "33.75,70,60,50,TINGGI\n99.99,1,1,1,SEDANG\n33.75,1,1,1,SEDANG\n33.74,1O1,1,1,SEDANG\n"
                        + "33.01,1,1,250,SEDANG\n");

        assertThat(refused.get("stored").asBoolean()).isFalse();
        assertThat(refused.get("loaded").asInt()).isZero();
        assertThat(refused.get("rows").asInt()).isEqualTo(5);
        assertThat(refused.get("refused"))
                .extracting(r -> r.get("line").asInt() + " " + r.get("column").asString() + " "
                        + r.get("code").asString())
                .containsExactly(
                        "3 region_code selection.load.unknownRegion",
                        "4 region_code selection.load.duplicate",
                        "5 IKBT selection.load.notANumber",
                        "6 IKH selection.load.outOfRange");
        assertThat(refused.get("refused").get(1).get("reason").asString()).isEqualTo("33.75 is already on line 2");
        assertThat(ranking(mvc, id))
                .extracting(n -> n.get("regionCode").asString())
                .containsExactly("33.75", "33.05");

        JsonNode clean = load(mvc, id, HEADER + "33.01,50,50,50,SEDANG\n33.02,60,,60,SEDANG\n33.03,40,40,40,RENDAH\n");
        assertThat(clean.get("stored").asBoolean()).isTrue();
        assertThat(clean.get("loaded").asInt()).isEqualTo(3);
        assertThat(clean.get("incomplete").asInt()).isEqualTo(1);
        JsonNode ranking = ranking(mvc, id);
        assertThat(ranking).extracting(n -> n.get("regionCode").asString()).containsExactly("33.01", "33.03", "33.02");
        JsonNode incomplete = line(ranking, "33.02");
        assertThat(incomplete.get("status").asString()).isEqualTo("INCOMPLETE");
        assertThat(incomplete.get("rank").isNull()).isTrue();
        assertThat(incomplete.get("composite").isNull()).isTrue();
        assertThat(incomplete.get("selected").asBoolean()).isFalse();
        assertThat(incomplete.get("missing")).extracting(JsonNode::asString).containsExactly("IKB");
    }

    @Test
    void a_file_that_is_not_a_table_is_refused_whole() throws Exception {
        long id = open(mvc, 2006, "Seleksi uji berkas", 1);
        mvc.perform(put("/api/v1/selections/{id}/candidates", id)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_PDF)
                        .content("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n".getBytes()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("selection.load.format"));
        mvc.perform(put("/api/v1/selections/{id}/candidates", id)
                        .with(admin())
                        .contentType(CSV)
                        .content("kode,IKBT,IKB,IKH,KKD\n33.75,1,1,1,1\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("selection.load.missingColumns"))
                .andExpect(jsonPath("$.field").value("file"));
    }

    @Test
    void candidates_load_from_an_xlsx_workbook_and_the_ranking_explains_each_composite_and_shows_a_tie()
            throws Exception {
        long id = json(mvc.perform(post("/api/v1/selections")
                                .with(admin())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"year\":2007,\"name\":\"Seleksi uji XLSX\",\"quota\":2,"
                                        + "\"weights\":{\"IKBT\":0.4,\"IKB\":0.3,\"IKH\":0.2,\"KKD\":0.1}}"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        byte[] workbook = Selection.xlsx(
                List.of("region_code", "IKBT", "IKB", "IKH", "KKD"),
                List.of("33.75", 70, 50, 30, "SEDANG"),
                List.of("33.01", 40, 80, 90, "TINGGI"),
                List.of("33.02", 40, 80, 90, "TINGGI"),
                List.of("33.03", 100, 20, 0, "RENDAH"));
        JsonNode report = json(mvc.perform(put("/api/v1/selections/{id}/candidates", id)
                        .with(admin())
                        .contentType(MediaType.parseMediaType(Selection.XLSX))
                        .content(workbook))
                .andExpect(status().isOk()));
        assertThat(report.get("loaded").asInt()).isEqualTo(4);

        JsonNode ranking = ranking(mvc, id);
        // 33.01 and 33.02: IKBT 0, IKB 1, IKH 1, KKD 1 → 0 + 0.3 + 0.2 + 0.1 = 0.6, tied for the 1st and 2nd place
        JsonNode first = line(ranking, "33.01");
        assertThat(first.get("composite").decimalValue()).isEqualByComparingTo("0.6000");
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("selected").asBoolean()).isTrue();
        assertThat(first.get("tiedAtCutoff").asBoolean()).isFalse();
        JsonNode pekalongan = line(ranking, "33.75");
        // IKBT 0.5 × 0.4 + IKB 0.5 × 0.3 + IKH 0.333333 × 0.2 + KKD 0.5 × 0.1 = 0.4666666
        assertThat(pekalongan.get("composite").decimalValue()).isEqualByComparingTo("0.4667");
        assertThat(pekalongan.get("explanation").get("composite").decimalValue())
                .isEqualByComparingTo("0.4666666");
        JsonNode ikh = pekalongan.get("explanation").get("terms").get(2);
        assertThat(ikh.get("parameter").asString()).isEqualTo("IKH");
        assertThat(ikh.get("normalised").decimalValue()).isEqualByComparingTo("0.333333");
        assertThat(ikh.get("weight").decimalValue()).isEqualByComparingTo("0.2");
        assertThat(ikh.get("product").decimalValue()).isEqualByComparingTo("0.0666666");
        assertThat(pekalongan
                        .get("explanation")
                        .get("terms")
                        .get(3)
                        .get("category")
                        .asString())
                .isEqualTo("SEDANG");
        assertThat(pekalongan.get("rank").asInt()).isEqualTo(3);
        assertThat(pekalongan.get("regionName").asString()).isEqualTo("Kota Pekalongan");

        // quota 1: the two at 0.6 straddle the cut-off
        mvc.perform(put("/api/v1/selections/{id}", id)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2007,\"name\":\"Seleksi uji XLSX\",\"quota\":1,"
                                + "\"weights\":{\"IKBT\":0.4,\"IKB\":0.3,\"IKH\":0.2,\"KKD\":0.1}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quota").value(1));
        JsonNode tied = ranking(mvc, id);
        for (String code : List.of("33.01", "33.02")) {
            assertThat(line(tied, code).get("tiedAtCutoff").asBoolean()).isTrue();
            assertThat(line(tied, code).get("selected").asBoolean()).isFalse();
        }
        assertThat(StreamSupport.stream(tied.spliterator(), false)
                        .filter(n -> n.get("selected").asBoolean()))
                .isEmpty();
    }

    @Test
    void the_administrator_confirms_with_overrides_and_reasons_then_the_selection_is_frozen_and_mous_recorded()
            throws Exception {
        // confirms a cohort: Jawa Tengah's regions, in 2031 (see Selection)
        long id = open(mvc, 2031, "Seleksi uji konfirmasi", 2);
        load(
                mvc,
                id,
                HEADER + "33.75,90,90,90,TINGGI\n33.71,80,80,80,TINGGI\n33.72,70,70,70,SEDANG\n"
                        + "33.73,10,10,10,RENDAH\n33.74,50,,50,RENDAH\n");

        mvc.perform(post("/api/v1/selections/{id}/confirmation", id)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"include\":[{\"regionCode\":\"33.72\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("selection.override.reason"))
                .andExpect(jsonPath("$.field").value("reason"));
        mvc.perform(get("/api/v1/selections/{id}", id).with(admin()))
                .andExpect(jsonPath("$.confirmed").value(false));

        mvc.perform(
                        post("/api/v1/selections/{id}/confirmation", id)
                                .with(admin())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"include\":[{\"regionCode\":\"33.72\",\"reason\":\"Komitmen anggaran daerah\"}],"
                                                + "\"drop\":[{\"regionCode\":\"33.71\",\"reason\":\"Tidak bersedia menandatangani MoU\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confirmed").value(true))
                .andExpect(jsonPath("$.confirmedBy").value("admin"));

        JsonNode ranking = ranking(mvc, id);
        assertThat(StreamSupport.stream(ranking.spliterator(), false)
                        .filter(n -> n.get("selected").asBoolean())
                        .map(n -> n.get("regionCode").asString()))
                .containsExactly("33.75", "33.72");
        assertThat(line(ranking, "33.71").get("proposed").asBoolean()).isTrue();
        assertThat(line(ranking, "33.71").get("override").get("kind").asString())
                .isEqualTo("DROP");
        assertThat(line(ranking, "33.72").get("override").get("reason").asString())
                .isEqualTo("Komitmen anggaran daerah");
        assertThat(jdbc.sql("select action from audit_event where subject like ? order by id")
                        .param("selection " + id + ":%")
                        .query(String.class)
                        .list())
                .containsSubsequence(
                        "SELECTION_CREATED",
                        "SELECTION_CANDIDATES_LOADED",
                        "SELECTION_OVERRIDE_INCLUDE",
                        "SELECTION_CONFIRMED");
        assertThat(jdbc.sql("select region_code from audit_event where action = 'SELECTION_OVERRIDE_DROP'"
                                + " and subject like ?")
                        .param("selection " + id + ":%")
                        .query(String.class)
                        .single())
                .isEqualTo("33.71");

        // frozen
        mvc.perform(put("/api/v1/selections/{id}/candidates", id)
                        .with(admin())
                        .contentType(CSV)
                        .content(HEADER + "33.01,1,1,1,1\n"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("selection.confirmed"));
        mvc.perform(put("/api/v1/selections/{id}", id)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2031,\"name\":\"x\",\"quota\":3}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("selection.confirmed"));
        mvc.perform(post("/api/v1/selections/{id}/confirmation", id)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isConflict());

        // MoUs
        mvc.perform(put("/api/v1/selections/{id}/regions/{code}/mou", id, "33.75")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"MoU/031/KOMINFO/2031\",\"signedOn\":\"2031-03-20\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value("MoU/031/KOMINFO/2031"))
                .andExpect(jsonPath("$.signedOn").value("2031-03-20"));
        mvc.perform(put("/api/v1/selections/{id}/regions/{code}/mou", id, "33.71")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\"x\",\"signedOn\":\"2031-03-20\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("selection.notSelected"));
        mvc.perform(put("/api/v1/selections/{id}/regions/{code}/mou", id, "33.72")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\":\" \",\"signedOn\":\"2031-03-20\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("selection.mou.number"));

        JsonNode participants = json(
                mvc.perform(get("/api/v1/programme/participants").with(admin())).andExpect(status().isOk()));
        JsonNode pekalongan = line(participants, "33.75");
        assertThat(pekalongan.get("joined").asInt()).isEqualTo(2031);
        assertThat(pekalongan.get("selectionId").asLong()).isEqualTo(id);
        assertThat(pekalongan.get("mouNumber").asString()).isEqualTo("MoU/031/KOMINFO/2031");
        assertThat(pekalongan.get("regionName").asString()).isEqualTo("Kota Pekalongan");
        assertThat(line(participants, "33.72").get("mouNumber").isNull()).isTrue();
        assertThat(StreamSupport.stream(participants.spliterator(), false)
                        .map(n -> n.get("regionCode").asString()))
                .doesNotContain("33.71", "33.73", "33.74");
    }

    @Test
    void a_region_of_an_earlier_confirmed_cohort_is_marked_and_excluded_unless_the_administrator_includes_it()
            throws Exception {
        // confirms a cohort: Jawa Timur's regions, in 2030 (see Selection)
        long earlier = open(mvc, 2030, "Angkatan uji 2030", 1);
        load(mvc, earlier, HEADER + "35.78,90,90,90,TINGGI\n35.01,10,10,10,RENDAH\n");
        mvc.perform(post("/api/v1/selections/{id}/confirmation", earlier).with(admin()))
                .andExpect(status().isOk());
        String candidates = HEADER + "35.78,90,90,90,TINGGI\n35.02,60,60,60,SEDANG\n35.03,30,30,30,RENDAH\n";

        long later = open(mvc, 2038, "Angkatan uji 2038", 1);
        load(mvc, later, candidates);
        JsonNode ranking = ranking(mvc, later);
        JsonNode surabaya = line(ranking, "35.78");
        assertThat(surabaya.get("status").asString()).isEqualTo("EARLIER_COHORT");
        assertThat(surabaya.get("earlierCohortYear").asInt()).isEqualTo(2030);
        assertThat(surabaya.get("rank").isNull()).isTrue();
        assertThat(surabaya.get("selected").asBoolean()).isFalse();
        assertThat(surabaya.get("composite").decimalValue()).isEqualByComparingTo("1");
        assertThat(line(ranking, "35.02").get("selected").asBoolean()).isTrue();

        // a selection of an earlier year does not know a later cohort
        long before = open(mvc, 2010, "Angkatan uji 2010", 1);
        load(mvc, before, candidates);
        assertThat(line(ranking(mvc, before), "35.78").get("status").asString()).isEqualTo("RANKED");

        mvc.perform(
                        post("/api/v1/selections/{id}/confirmation", later)
                                .with(admin())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"include\":[{\"regionCode\":\"35.78\",\"reason\":\"Masterplan 2030 belum selesai\"}]}"))
                .andExpect(status().isOk());
        JsonNode participants =
                json(mvc.perform(get("/api/v1/programme/participants").with(admin())));
        JsonNode surabayaInProgramme = line(participants, "35.78");
        assertThat(surabayaInProgramme.get("joined").asInt()).isEqualTo(2030);
        assertThat(surabayaInProgramme.get("selectionId").asLong()).isEqualTo(earlier);
        assertThat(surabayaInProgramme.get("cohorts").asInt()).isEqualTo(2);
        assertThat(line(participants, "35.02").get("joined").asInt()).isEqualTo(2038);
    }

    @Test
    void an_unknown_selection_is_not_found() throws Exception {
        mvc.perform(get("/api/v1/selections/{id}/ranking", Long.MAX_VALUE).with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("selection.notFound"));
    }
}
