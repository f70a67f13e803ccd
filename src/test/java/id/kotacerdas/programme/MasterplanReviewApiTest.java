package id.kotacerdas.programme;

import static id.kotacerdas.programme.ReviewCohorts.admin;
import static id.kotacerdas.programme.ReviewCohorts.as;
import static id.kotacerdas.programme.ReviewCohorts.json;
import static id.kotacerdas.programme.ReviewCohorts.scores;
import static id.kotacerdas.programme.ReviewCohorts.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.SampleFiles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * The masterplan review through the API (docs/api.md, section 14f): a cohort's rubric, the region's documents and
 * their revisions, reviewers scoring and submitting, the score computed from submitted sheets only, reopening,
 * publication and what each caller sees.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MasterplanReviewApiTest {

    /** Kota Palopo, the Pekalongan of these tests, and a kabupaten of the same cohort. */
    static final String PALOPO = "73.73";

    static final String SELAYAR = "73.01";
    static final String OPERATOR = "op-mr-7373";
    static final String OTHER_OPERATOR = "op-mr-7301";
    static final List<String> REVIEWERS = List.of("rev-mr-1", "rev-mr-2", "rev-mr-3", "rev-mr-4");
    static final String NOT_A_REVIEWER = "rev-mr-out";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ManageAccounts accountsForTest;

    @BeforeAll
    void accounts(@Autowired ManageAccounts accounts) {
        ReviewCohorts.account(accounts, OPERATOR, "OPERATOR", PALOPO);
        ReviewCohorts.account(accounts, OTHER_OPERATOR, "OPERATOR", SELAYAR);
        REVIEWERS.forEach(r -> ReviewCohorts.account(accounts, r, "ASSESSOR", null));
        ReviewCohorts.account(accounts, NOT_A_REVIEWER, "ASSESSOR", null);
    }

    private static String region(long id, String code, String path) {
        return "/api/v1/selections/" + id + "/regions/" + code + path;
    }

    private ResultActions score(long id, String code, String reviewer, String body) throws Exception {
        return mvc.perform(put(region(id, code, "/review/scores"))
                .with(as(reviewer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions submit(long id, String code, String reviewer) throws Exception {
        return mvc.perform(post(region(id, code, "/review/submission")).with(as(reviewer)));
    }

    private JsonNode review(long id, String code, RequestPostProcessor who) throws Exception {
        return json(mvc.perform(get(region(id, code, "/review")).with(who)).andExpect(status().isOk()));
    }

    private void assign(long id, String code, List<String> reviewers) throws Exception {
        mvc.perform(put(region(id, code, "/reviewers"))
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JsonBody.array(reviewers)))
                .andExpect(status().isOk());
    }

    @Test
    void a_masterplan_scored_by_three_reviewers_on_a_rubric_gives_the_weighted_mean_rounded_half_up() throws Exception {
        long id = ReviewCohorts.confirmed(mvc, 2034, List.of(PALOPO, SELAYAR));
        // the rubric: the six default criteria weighted in percent (normalised: they need not sum to 1)
        JsonNode rubric = json(mvc.perform(put("/api/v1/selections/{id}/rubric", id)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"criteria\":["
                                + "{\"code\":\"RPJMD\",\"name\":\"Keselarasan dengan RPJMD\",\"weight\":12},"
                                + "{\"code\":\"ANALISIS\",\"name\":\"Analisis kondisi daerah\",\"weight\":18},"
                                + "{\"code\":\"DIMENSI\",\"name\":\"Enam dimensi smart city\",\"weight\":25},"
                                + "{\"code\":\"ROADMAP\",\"name\":\"Roadmap dan rencana aksi\",\"weight\":20},"
                                + "{\"code\":\"QUICK_WIN\",\"name\":\"Program quick win\",\"weight\":15},"
                                + "{\"code\":\"TATA_KELOLA\",\"name\":\"Tata kelola implementasi\",\"weight\":10}]}"))
                .andExpect(status().isOk()));
        assertThat(rubric.get("totalWeight").decimalValue()).isEqualByComparingTo("100");
        assertThat(rubric.get("criteria").get(2).get("share").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(rubric.get("frozen").asBoolean()).isFalse();

        upload(mvc, id, PALOPO, "MASTERPLAN", "masterplan-palopo.pdf", SampleFiles.PDF, as(OPERATOR))
                .andExpect(status().isCreated());
        assign(id, PALOPO, REVIEWERS);

        //               RPJMD ANALISIS DIMENSI ROADMAP QUICK_WIN TATA_KELOLA
        //   rev-mr-1      3      4        4       4        3         4
        //   rev-mr-2      3      3        4       3        4         4
        //   rev-mr-3      2      3        3       4        3         3
        //   rev-mr-4      1      1        1       1        1         1   (a draft, never counted)
        score(id, PALOPO, "rev-mr-1", scores(3, 4, 4, 4, 3, 4)).andExpect(status().isOk());
        score(id, PALOPO, "rev-mr-2", scores(3, 3, 4, 3, 4, 4)).andExpect(status().isOk());
        score(id, PALOPO, "rev-mr-3", scores(2, 3, 3, 4, 3, 3)).andExpect(status().isOk());
        score(id, PALOPO, "rev-mr-4", scores(1, 1, 1, 1, 1, 1)).andExpect(status().isOk());
        submit(id, PALOPO, "rev-mr-1").andExpect(status().isOk());
        submit(id, PALOPO, "rev-mr-2").andExpect(status().isOk());

        // two submitted: sums 6, 7, 8, 7, 7, 8 → 72 + 126 + 200 + 140 + 105 + 80 = 723; 723 / (2 × 100) = 3.615 → 3.62
        JsonNode two = review(id, PALOPO, admin());
        assertThat(two.get("score").decimalValue()).isEqualByComparingTo("3.62");
        assertThat(two.get("submitted").asInt()).isEqualTo(2);
        assertThat(two.get("assigned").asInt()).isEqualTo(4);

        submit(id, PALOPO, "rev-mr-3").andExpect(status().isOk());
        // three submitted: sums 8, 10, 11, 11, 10, 11 → 96 + 180 + 275 + 220 + 150 + 110 = 1031;
        // 1031 / (3 × 100) = 3.436666… → 3.44, as Kota Pekalongan's 2018 masterplan
        BigDecimal byHand = new BigDecimal(96 + 180 + 275 + 220 + 150 + 110)
                .divide(new BigDecimal(3 * 100), 2, RoundingMode.HALF_UP);
        assertThat(byHand).isEqualByComparingTo("3.44");
        JsonNode three = review(id, PALOPO, admin());
        assertThat(three.get("score").decimalValue()).isEqualByComparingTo(byHand);
        JsonNode explanation = three.get("explanation");
        assertThat(explanation.get("reviewers").asInt()).isEqualTo(3);
        assertThat(explanation.get("numerator").decimalValue()).isEqualByComparingTo("1031");
        assertThat(explanation.get("denominator").decimalValue()).isEqualByComparingTo("300");
        assertThat(explanation.get("unrounded").decimalValue()).isEqualByComparingTo("3.436667");
        JsonNode rpjmd = explanation.get("criteria").get(0);
        assertThat(rpjmd.get("code").asString()).isEqualTo("RPJMD");
        assertThat(rpjmd.get("scores")).extracting(JsonNode::asInt).containsExactly(3, 3, 2);
        assertThat(rpjmd.get("mean").decimalValue()).isEqualByComparingTo("2.666667");
        assertThat(rpjmd.get("weight").decimalValue()).isEqualByComparingTo("12");
        assertThat(rpjmd.get("product").decimalValue()).isEqualByComparingTo("32");
        // the administrator sees every sheet, the draft too (it does not count)
        assertThat(three.get("reviewers")).hasSize(4);
        JsonNode draft = StreamSupport.stream(three.get("reviewers").spliterator(), false)
                .filter(s -> s.get("username").asString().equals("rev-mr-4"))
                .findFirst()
                .orElseThrow();
        assertThat(draft.get("submitted").asBoolean()).isFalse();
        assertThat(three.get("reviewers").get(0).get("reviewedRevision").asInt())
                .isEqualTo(1);
        assertThat(three.get("reviewers").get(0).get("name").asString()).isEqualTo("Nama rev-mr-1");

        // reopened with a reason, a sheet no longer counts until submitted again
        mvc.perform(post(region(id, PALOPO, "/review/reviewers/rev-mr-3/reopen"))
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("review.reason"));
        mvc.perform(post(region(id, PALOPO, "/review/reviewers/rev-mr-3/reopen"))
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Skor roadmap tertukar dengan analisis\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(3.62));
        submit(id, PALOPO, "rev-mr-3")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(3.44));
        assertThat(jdbc.sql("select subject from audit_event where action = 'MASTERPLAN_REVIEW_REOPENED'"
                                + " and region_code = ?")
                        .param(PALOPO)
                        .query(String.class)
                        .single())
                .endsWith("rev-mr-3: Skor roadmap tertukar dengan analisis");

        mvc.perform(post(region(id, PALOPO, "/review/publication")).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.score").value(3.44));
        JsonNode published = review(id, PALOPO, as(OPERATOR));
        assertThat(published.get("score").decimalValue()).isEqualByComparingTo("3.44");
        assertThat(published.get("explanation").get("criteria")).hasSize(6);
        // the region sees the three submitted sheets with their comments, the reviewers known only by number
        assertThat(published.get("reviewers")).hasSize(3);
        assertThat(published.get("reviewers"))
                .extracting(s -> s.get("number").asInt())
                .containsExactly(1, 2, 3);
        assertThat(published.get("reviewers")).allSatisfy(s -> {
            assertThat(s.get("username").isNull()).isTrue();
            assertThat(s.get("name").isNull()).isTrue();
            assertThat(s.get("affiliation").isNull()).isTrue();
        });
        assertThat(published
                        .get("reviewers")
                        .get(0)
                        .get("entries")
                        .get(0)
                        .get("comment")
                        .asString())
                .isEqualTo("Komentar RPJMD 3");
        assertThat(published.toString()).doesNotContain("rev-mr", "Nama rev");

        // published: nothing of the review changes any more
        upload(mvc, id, PALOPO, "MASTERPLAN", "revisi.pdf", SampleFiles.PDF, as(OPERATOR))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("review.published"));
        score(id, PALOPO, "rev-mr-4", scores(2, 2, 2, 2, 2, 2))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("review.published"));
        mvc.perform(post(region(id, PALOPO, "/review/publication")).with(admin()))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select new_value from audit_event where action = 'MASTERPLAN_REVIEW_PUBLISHED'"
                                + " and region_code = ?")
                        .param(PALOPO)
                        .query(String.class)
                        .single())
                .isEqualTo("3.44 (3 of 4 reviews submitted)");

        // the region's list and the reviewer's list
        JsonNode mine = json(mvc.perform(
                        get("/api/v1/regions/{code}/masterplan-reviews", PALOPO).with(as(OPERATOR)))
                .andExpect(status().isOk()));
        JsonNode line = StreamSupport.stream(mine.spliterator(), false)
                .filter(l -> l.get("selectionId").asLong() == id)
                .findFirst()
                .orElseThrow();
        assertThat(line.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(line.get("score").decimalValue()).isEqualByComparingTo("3.44");
        assertThat(line.get("masterplanRevision").asInt()).isEqualTo(1);
        JsonNode assigned = json(mvc.perform(get("/api/v1/masterplan-reviews").with(as("rev-mr-1")))
                .andExpect(status().isOk()));
        assertThat(StreamSupport.stream(assigned.spliterator(), false)
                        .filter(a -> a.get("selectionId").asLong() == id)
                        .map(a -> a.get("regionCode").asString()))
                .containsExactly(PALOPO);
    }

    @Test
    void the_operator_sees_only_that_the_masterplan_is_under_review_before_publication_and_a_reviewer_is_blind()
            throws Exception {
        long id = ReviewCohorts.confirmed(mvc, 2035, List.of("73.02"));
        String operator = "op-mr-7302";
        ReviewCohorts.account(accountsForTest, operator, "OPERATOR", "73.02");
        upload(mvc, id, "73.02", "MASTERPLAN", "mp.pdf", SampleFiles.PDF, as(operator))
                .andExpect(status().isCreated());
        assign(id, "73.02", List.of("rev-mr-1", "rev-mr-2"));
        score(id, "73.02", "rev-mr-1", scores(4, 4, 4, 4, 4, 4)).andExpect(status().isOk());
        submit(id, "73.02", "rev-mr-1").andExpect(status().isOk());
        score(id, "73.02", "rev-mr-2", scores(3, 3, 3, 3, 3, 3)).andExpect(status().isOk());

        JsonNode underReview = review(id, "73.02", as(operator));
        assertThat(underReview.get("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(underReview.get("score").isNull()).isTrue();
        assertThat(underReview.get("explanation").isNull()).isTrue();
        assertThat(underReview.get("criteria")).isEmpty();
        assertThat(underReview.get("reviewers")).isEmpty();
        assertThat(underReview.get("assigned").isNull()).isTrue();
        assertThat(underReview.get("submitted").isNull()).isTrue();
        assertThat(underReview.toString()).doesNotContain("Komentar", "rev-mr");
        JsonNode list = json(mvc.perform(
                get("/api/v1/regions/{code}/masterplan-reviews", "73.02").with(as(operator))));
        assertThat(list.get(0).get("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(list.get(0).get("score").isNull()).isTrue();

        // a reviewer who has not submitted sees only their own sheet: blind to the others and the score
        JsonNode blind = review(id, "73.02", as("rev-mr-2"));
        assertThat(blind.get("score").isNull()).isTrue();
        assertThat(blind.get("reviewers")).hasSize(1);
        assertThat(blind.get("mine").get("username").asString()).isEqualTo("rev-mr-2");
        assertThat(blind.get("mine").get("entries")).hasSize(6);
        // once submitted, the reviewer sees the submitted sheets and the score: (24 + 18) / (2 × 6) = 3.5
        submit(id, "73.02", "rev-mr-2")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(3.5))
                .andExpect(jsonPath("$.reviewers.length()").value(2));
        // only the administrator publishes
        mvc.perform(post(region(id, "73.02", "/review/publication")).with(as(operator)))
                .andExpect(status().isForbidden());
        mvc.perform(post(region(id, "73.02", "/review/publication")).with(as("rev-mr-1")))
                .andExpect(status().isForbidden());
        assertThat(review(id, "73.02", as(operator)).get("status").asString()).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void the_rubric_is_seeded_at_confirmation_editable_until_the_first_score_then_frozen() throws Exception {
        long id = ReviewCohorts.confirmed(mvc, 2031, List.of("73.03"));
        JsonNode standard =
                json(mvc.perform(get("/api/v1/selections/{id}/rubric", id).with(admin()))
                        .andExpect(status().isOk()));
        assertThat(standard.get("criteria"))
                .extracting(c -> c.get("code").asString())
                .containsExactly("RPJMD", "ANALISIS", "DIMENSI", "ROADMAP", "QUICK_WIN", "TATA_KELOLA");
        assertThat(standard.get("criteria"))
                .allSatisfy(c -> assertThat(c.get("weight").decimalValue()).isEqualByComparingTo("1"));
        assertThat(standard.get("totalWeight").decimalValue()).isEqualByComparingTo("6");

        mvc.perform(put("/api/v1/selections/{id}/rubric", id)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"criteria\":[{\"code\":\"RPJMD\",\"name\":\"RPJMD\",\"weight\":0}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("review.rubric.weight"));
        mvc.perform(put("/api/v1/selections/{id}/rubric", id)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"criteria\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("review.rubric.empty"));
        String twoCriteria = "{\"criteria\":[{\"code\":\"rpjmd\",\"name\":\"Keselarasan dengan RPJMD\",\"weight\":0.6},"
                + "{\"code\":\"QUICK_WIN\",\"name\":\"Program quick win\",\"weight\":0.4}]}";
        mvc.perform(put("/api/v1/selections/{id}/rubric", id)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(twoCriteria))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.criteria[0].code").value("RPJMD"))
                .andExpect(jsonPath("$.criteria[1].share").value(0.4));

        assign(id, "73.03", List.of("rev-mr-1"));
        score(id, "73.03", "rev-mr-1", "{\"RPJMD\":{\"score\":5}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("review.score.range"));
        score(id, "73.03", "rev-mr-1", "{\"DIMENSI\":{\"score\":3}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("review.criterion.unknown"));
        // nothing refused froze it
        mvc.perform(get("/api/v1/selections/{id}/rubric", id).with(admin()))
                .andExpect(jsonPath("$.frozen").value(false));

        score(id, "73.03", "rev-mr-1", "{\"RPJMD\":{\"score\":3,\"comment\":\"Selaras\"}}")
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/selections/{id}/rubric", id).with(admin()))
                .andExpect(jsonPath("$.frozen").value(true));
        mvc.perform(put("/api/v1/selections/{id}/rubric", id)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(twoCriteria))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("review.rubric.frozen"));

        // submitting needs every criterion scored and a masterplan document
        submit(id, "73.03", "rev-mr-1")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("review.incomplete"));
        score(id, "73.03", "rev-mr-1", "{\"QUICK_WIN\":{\"score\":2}}").andExpect(status().isOk());
        submit(id, "73.03", "rev-mr-1")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("review.noDocument"));
        // a submitted reviewer cannot be left out
        upload(mvc, id, "73.03", "MASTERPLAN", "mp.pdf", SampleFiles.PDF, admin())
                .andExpect(status().isCreated());
        submit(id, "73.03", "rev-mr-1").andExpect(status().isOk());
        score(id, "73.03", "rev-mr-1", "{\"QUICK_WIN\":{\"score\":4}}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("review.submitted"));
        mvc.perform(put(region(id, "73.03", "/reviewers"))
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[\"rev-mr-2\"]"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("review.reviewer.submitted"));
        mvc.perform(put(region(id, "73.03", "/reviewers"))
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[\"rev-mr-1\", \"" + OPERATOR + "\"]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("review.reviewer.notAssessor"));
        // 0.6 × 3 + 0.4 × 2 = 2.6
        assertThat(review(id, "73.03", admin()).get("score").decimalValue()).isEqualByComparingTo("2.60");
    }

    @Test
    void the_masterplan_document_is_checked_by_content_as_a_pdf_and_every_revision_is_kept() throws Exception {
        long id = ReviewCohorts.confirmed(mvc, 2038, List.of("73.04"));
        String operator = "op-mr-7304";
        ReviewCohorts.account(accountsForTest, operator, "OPERATOR", "73.04");

        upload(mvc, id, "73.04", "MASTERPLAN", "masterplan.pdf", SampleFiles.TEXT, as(operator))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("evidence.type"));
        upload(
                        mvc,
                        id,
                        "73.04",
                        "MASTERPLAN",
                        "masterplan.pdf",
                        SampleFiles.office(SampleFiles.WORD_MAIN, false),
                        as(operator))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("review.document.notPdf"))
                .andExpect(jsonPath("$.field").value("file"));
        upload(mvc, id, "73.04", "QUICK_WIN", "quick-win.png", SampleFiles.PNG, as(operator))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("review.document.quickWinType"));
        upload(mvc, id, "73.04", "RENCANA", "x.pdf", SampleFiles.PDF, as(operator))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("review.document.kind"));
        upload(mvc, id, "73.04", "QUICK_WIN", "macro.docm", SampleFiles.docm(), as(operator))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("evidence.macros"));
        assertThat(jdbc.sql("select count(*) from programme_masterplan_document where selection_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();

        byte[] first = SampleFiles.PDF;
        byte[] second = SampleFiles.pdfOfSize(3000);
        JsonNode one = json(upload(mvc, id, "73.04", "MASTERPLAN", "masterplan-v1.pdf", first, as(operator))
                .andExpect(status().isCreated())
                .andExpect(
                        header().string("Location", org.hamcrest.Matchers.containsString("/masterplan-documents/"))));
        assertThat(one.get("revision").asInt()).isEqualTo(1);
        assertThat(one.get("contentType").asString()).isEqualTo("application/pdf");
        JsonNode two = json(upload(mvc, id, "73.04", "masterplan", "masterplan-v2.pdf", second, as(operator))
                .andExpect(status().isCreated()));
        assertThat(two.get("revision").asInt()).isEqualTo(2);
        upload(
                        mvc,
                        id,
                        "73.04",
                        "QUICK_WIN",
                        "quick-win.docx",
                        SampleFiles.office(SampleFiles.WORD_MAIN, false),
                        as(operator))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.revision").value(1));

        JsonNode history = json(
                mvc.perform(get(region(id, "73.04", "/masterplan-documents")).with(as(operator)))
                        .andExpect(status().isOk()));
        assertThat(history)
                .extracting(d -> d.get("kind").asString() + " "
                        + d.get("revision").asInt() + " " + d.get("latest").asBoolean())
                .containsExactly("MASTERPLAN 2 true", "MASTERPLAN 1 false", "QUICK_WIN 1 true");
        assertThat(history.get(1).get("name").asString()).isEqualTo("masterplan-v1.pdf");
        assertThat(history.get(1).get("size").asLong()).isEqualTo(first.length);
        assertThat(history.get(1).get("uploadedBy").asString()).isEqualTo(operator);
        assertThat(history.get(1).get("sha256").asString())
                .isEqualTo(java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(first)));
        assertThat(history.get(0).get("size").asLong()).isEqualTo(3000);

        // the first revision is still there, byte for byte
        byte[] downloaded = mvc.perform(get(region(
                                id,
                                "73.04",
                                "/masterplan-documents/" + one.get("id").asString()))
                        .with(as(operator)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(first);
        mvc.perform(get(region(id, "73.04", "/masterplan-documents/00000000-0000-0000-0000-000000000009"))
                        .with(as(operator)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("review.document.notFound"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'MASTERPLAN_DOCUMENT_UPLOADED'"
                                + " and region_code = '73.04'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);

        // the reviewer reviews the latest revision
        assign(id, "73.04", List.of("rev-mr-1"));
        score(id, "73.04", "rev-mr-1", scores(3, 3, 3, 3, 3, 3)).andExpect(status().isOk());
        submit(id, "73.04", "rev-mr-1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mine.reviewedRevision").value(2));

        // a region outside the cohort has nothing to upload to; neither has a selection without a cohort
        upload(mvc, id, "73.26", "MASTERPLAN", "mp.pdf", SampleFiles.PDF, admin())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("selection.notSelected"));
        long open = json(mvc.perform(post("/api/v1/selections")
                                .with(admin())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"year\":2038,\"name\":\"Belum dikonfirmasi\",\"quota\":1}"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        upload(mvc, open, "73.04", "MASTERPLAN", "mp.pdf", SampleFiles.PDF, admin())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("selection.notConfirmed"));
        mvc.perform(get("/api/v1/selections/{id}/rubric", open).with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("selection.notConfirmed"));
    }

    @Test
    void a_reviewer_not_assigned_and_the_operator_of_another_region_are_refused() throws Exception {
        long id = ReviewCohorts.confirmed(mvc, 2039, List.of("73.05", "73.06"));
        String operator = "op-mr-7305";
        String otherOperator = "op-mr-7306";
        ReviewCohorts.account(accountsForTest, operator, "OPERATOR", "73.05");
        ReviewCohorts.account(accountsForTest, otherOperator, "OPERATOR", "73.06");
        JsonNode document = json(upload(mvc, id, "73.05", "MASTERPLAN", "mp.pdf", SampleFiles.PDF, as(operator))
                .andExpect(status().isCreated()));
        assign(id, "73.05", List.of("rev-mr-1"));
        assign(id, "73.06", List.of("rev-mr-2"));
        String file = region(
                id, "73.05", "/masterplan-documents/" + document.get("id").asString());

        // the region's reviewer reads and downloads
        mvc.perform(get(file).with(as("rev-mr-1"))).andExpect(status().isOk());
        mvc.perform(get(region(id, "73.05", "/masterplan-documents")).with(as("rev-mr-1")))
                .andExpect(status().isOk());

        for (String refused : List.of(NOT_A_REVIEWER, "rev-mr-2", otherOperator)) {
            for (String path :
                    List.of(file, region(id, "73.05", "/masterplan-documents"), region(id, "73.05", "/review"))) {
                mvc.perform(get(path).with(as(refused)))
                        .andExpect(status().isForbidden())
                        .andExpect(jsonPath("$.code").value("region.forbidden"));
            }
            score(id, "73.05", refused, scores(3)).andExpect(status().isForbidden());
            submit(id, "73.05", refused).andExpect(status().isForbidden());
        }
        upload(mvc, id, "73.05", "MASTERPLAN", "mp.pdf", SampleFiles.PDF, as(otherOperator))
                .andExpect(status().isForbidden());
        upload(mvc, id, "73.05", "MASTERPLAN", "mp.pdf", SampleFiles.PDF, as("rev-mr-1"))
                .andExpect(status().isForbidden());
        // the region's operator neither scores nor is told the assignments of other regions
        score(id, "73.05", operator, scores(3)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/regions/{code}/masterplan-reviews", "73.05").with(as(otherOperator)))
                .andExpect(status().isForbidden());
        // an administrator does not score in a reviewer's stead
        mvc.perform(put(region(id, "73.05", "/review/scores"))
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(scores(3)))
                .andExpect(status().isForbidden());
        assertThat(json(mvc.perform(get("/api/v1/masterplan-reviews").with(as(NOT_A_REVIEWER))))
                        .toString())
                .doesNotContain("73.05");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED' and actor = ?")
                        .param(NOT_A_REVIEWER)
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    /** A JSON array of strings. */
    static final class JsonBody {
        static String array(List<String> values) {
            return values.stream()
                    .map(v -> "\"" + v + "\"")
                    .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        }
    }
}
