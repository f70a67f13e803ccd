package id.kotacerdas.award;

import static id.kotacerdas.award.AwardPeriods.ASSESSED;
import static id.kotacerdas.award.AwardPeriods.BADUNG;
import static id.kotacerdas.award.AwardPeriods.DENPASAR;
import static id.kotacerdas.award.AwardPeriods.DRAFT;
import static id.kotacerdas.award.AwardPeriods.IMPORTED;
import static id.kotacerdas.award.AwardPeriods.KARO;
import static id.kotacerdas.award.AwardPeriods.KEBUMEN;
import static id.kotacerdas.award.AwardPeriods.SURAKARTA;
import static id.kotacerdas.award.AwardPeriods.TABANAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.scoring.NationalResultView;
import id.kotacerdas.scoring.NationalResultsApi;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The system's proposal, computed from a period's results (see {@link AwardPeriods}): each measure ranks the
 * regions the award admits, higher first, with the number and its working; ties share a rank and a tie at the
 * cut-off is reported, never broken.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwardProposalTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    NationalResultsApi results;

    @BeforeAll
    void periods(@Autowired ApplicationContext context) {
        AwardPeriods.ensure(context);
    }

    @Test
    void an_award_for_the_highest_smart_governance_outcome_among_kabupaten_picks_the_right_region() throws Exception {
        create(ASSESSED, """
                {"name":"Kabupaten dengan Smart Governance terbaik","slug":"governance-kabupaten",
                 "measure":"SMART_DIMENSION_OUTCOME","subject":"GOVERNANCE","kind":"KABUPATEN","places":1}""");

        JsonNode proposal = proposal(ASSESSED, "governance-kabupaten");

        JsonNode first = proposal.get("ranked").get(0);
        assertThat(first.get("regionCode").asString()).isEqualTo(KEBUMEN);
        assertThat(first.get("value").decimalValue()).isEqualByComparingTo("3.83");
        assertThat(first.get("working").asString()).isEqualTo("(4 + 4 + 4 + 4 + 4 + 3) / 6 = 23 / 6 = 3.83");
        assertThat(first.get("proposed").asBoolean()).isTrue();
        assertThat(codes(proposal))
                .as("kabupaten only, by the mean of questions 17-22")
                .containsExactly(KEBUMEN, KARO, TABANAN, BADUNG);
        assertThat(proposal.get("ranked").get(1).get("value").decimalValue()).isEqualByComparingTo("3.67");
        assertThat(proposal.get("tieAtCutoff").isNull()).isTrue();
        assertThat(proposal.get("award").get("subjectName").asString()).isEqualTo("Smart Governance");

        // not the highest final among kabupaten, and not the highest Smart Governance outcome of all (a kota)
        NationalResultView bestFinal = results.table(ASSESSED).lines().stream()
                .filter(l -> l.kind().equals("KABUPATEN"))
                .max(Comparator.comparing(NationalResultView::finalScore))
                .orElseThrow();
        assertThat(bestFinal.regionCode()).isEqualTo(BADUNG);
        assertThat(results.questionScores(ASSESSED, true).get(DENPASAR).get(17)).isEqualByComparingTo("4");
    }

    @Test
    void the_final_among_a_track_reports_a_tie_at_the_cut_off_and_proposes_every_tied_region() throws Exception {
        create(IMPORTED, """
                {"name":"Kabupaten/kota reguler terbaik","slug":"reguler-terbaik","measure":"final",
                 "track":"REGULER","places":2}""");

        JsonNode proposal = proposal(IMPORTED, "reguler-terbaik");

        assertThat(codes(proposal))
                .as("KPPN_IKN Karo (3.24) does not compete")
                .containsExactly(DENPASAR, BADUNG, SURAKARTA, TABANAN, KEBUMEN);
        assertThat(proposal.get("ranked").valueStream().map(l -> l.get("rank").asInt()))
                .containsExactly(1, 2, 2, 4, 5);
        assertThat(proposal.get("ranked")
                        .valueStream()
                        .filter(l -> l.get("proposed").asBoolean())
                        .map(l -> l.get("regionCode").asString()))
                .containsExactly(DENPASAR, BADUNG, SURAKARTA);
        assertThat(proposal.get("ranked")
                        .valueStream()
                        .filter(l -> l.get("tiedAtCutoff").asBoolean())
                        .map(l -> l.get("regionCode").asString()))
                .containsExactly(BADUNG, SURAKARTA);
        assertThat(proposal.get("tieAtCutoff")).isEqualTo(JsonMapper.shared().readTree("""
                {"rank":2,"tied":2,"placesLeft":1}"""));
        assertThat(proposal.get("ranked").get(0).get("working").asString()).endsWith("= 3.50");
    }

    @Test
    void an_improvement_award_ranks_this_years_final_minus_last_years() throws Exception {
        create(ASSESSED, """
                {"name":"Kabupaten dengan peningkatan tertinggi","slug":"peningkatan-kabupaten",
                 "measure":"IMPROVEMENT","kind":"KABUPATEN","places":1}""");

        JsonNode proposal = proposal(ASSESSED, "peningkatan-kabupaten");

        assertThat(codes(proposal)).containsExactly(BADUNG, KEBUMEN, TABANAN, KARO);
        JsonNode first = proposal.get("ranked").get(0);
        assertThat(first.get("value").decimalValue()).isEqualByComparingTo("0.69");
        assertThat(first.get("working").asString()).isEqualTo("3.89 \u2212 3.20 = 0.69");
        assertThat(first.get("source").asString()).isEqualTo("COMPUTED");
        assertThat(proposal.get("ranked").get(3).get("value").decimalValue()).isEqualByComparingTo("-0.52");
    }

    @Test
    void a_dimension_award_ranks_the_dimension_as_the_table_shows_it() throws Exception {
        create(ASSESSED, """
                {"name":"Kota dengan Outcome terbaik","slug":"outcome-kota","measure":"DIMENSION",
                 "subject":"outcome","kind":"KOTA","places":1}""");

        JsonNode proposal = proposal(ASSESSED, "outcome-kota");

        assertThat(codes(proposal)).containsExactly(DENPASAR);
        assertThat(proposal.get("ranked").get(0).get("working").asString()).isEqualTo("OUTCOME = 4.00");
    }

    @Test
    void a_table_imported_as_published_has_no_question_scores_and_its_regions_are_listed_unranked() throws Exception {
        create(IMPORTED, """
                {"name":"Smart Governance terbaik","slug":"governance-impor","measure":"SMART_DIMENSION_OUTCOME",
                 "subject":"Smart Governance","places":3}""");

        JsonNode proposal = proposal(IMPORTED, "governance-impor");

        assertThat(proposal.get("ranked")).isEmpty();
        assertThat(proposal.get("unranked")).hasSize(6);
        assertThat(proposal.get("unranked")
                        .valueStream()
                        .map(u -> u.get("reason").asString()))
                .containsOnly("NO_QUESTION_SCORES");
    }

    @Test
    void nothing_is_proposed_before_the_periods_results_are_final() throws Exception {
        create(DRAFT, """
                {"name":"Terbaik","slug":"terbaik","measure":"FINAL","places":3}""");

        mvc.perform(get("/api/v1/periods/{y}/awards/terbaik/proposal", DRAFT).with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("award.resultsNotFinal"));
    }

    private void create(int year, String body) throws Exception {
        mvc.perform(post("/api/v1/periods/{y}/awards", year)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated());
    }

    private JsonNode proposal(int year, String award) throws Exception {
        return json(mvc.perform(get("/api/v1/periods/{y}/awards/{a}/proposal", year, award)
                        .with(admin()))
                .andExpect(status().isOk()));
    }

    private static List<String> codes(JsonNode proposal) {
        return proposal.get("ranked")
                .valueStream()
                .map(l -> l.get("regionCode").asString())
                .toList();
    }

    static JsonNode json(ResultActions result) throws Exception {
        return JsonMapper.shared()
                .readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static RequestPostProcessor admin() {
        return httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
    }
}
