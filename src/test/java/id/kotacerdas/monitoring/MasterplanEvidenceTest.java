package id.kotacerdas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.monitoring.domain.Category;
import id.kotacerdas.monitoring.domain.Direction;
import id.kotacerdas.monitoring.domain.RoadmapLevel;
import id.kotacerdas.monitoring.domain.SmartDimension;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestActors;
import id.kotacerdas.support.TestYears;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The masterplan feeds the evaluation: next to Baseline 4–5 the operator sees last year's roadmap realised, next
 * to Outcome 46–49 this year's action plans, as suggested evidence.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MasterplanEvidenceTest {

    private static final int YEAR = TestYears.MASTERPLAN_EVIDENCE;
    private static final String REGION = "33.05";
    private static final String OPERATOR = "op-evidence-3305";

    @Autowired
    MockMvc mvc;

    @Autowired
    MonitoringApi monitoring;

    @BeforeAll
    void aPeriodAndAMasterplanWithLastYearsRoadmap(
            @Autowired CreatePeriod periods,
            @Autowired ManageParticipants participants,
            @Autowired MovePeriod move,
            @Autowired ManageAccounts accounts,
            @Autowired Masterplans masterplans) {
        periods.create(YEAR, 2024, "test");
        participants.set(YEAR, REGION, "REGULER", "test");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        move.schedule(YEAR, today.minusDays(1), today.plusDays(10), "test");
        move.transition(YEAR, "SELF_ASSESSMENT", "test", "test");
        accounts.create(new NewAccount(OPERATOR, "Kebumen-Beriman-2021!", "Operator", "OPERATOR", REGION, null));
        Actor admin = TestActors.admin();
        long plan = masterplans
                .create(REGION, "Masterplan Smart City Kebumen", YEAR - 3, YEAR + 1, null, null, admin)
                .id();
        for (int i = 0; i < 7; i++) {
            long item = masterplans.addItem(plan, programme(SmartDimension.BRANDING, YEAR - 1), admin);
            masterplans.realise(plan, item, YEAR - 1, null, BigDecimal.valueOf(i < 6 ? 1 : 0), null, null, admin);
        }
        long app = masterplans.addItem(
                plan,
                new NewItem(
                        Category.APPLICATION,
                        null,
                        null,
                        "Aplikasi perizinan",
                        "aplikasi",
                        Direction.HIGHER_IS_BETTER,
                        Map.of(YEAR, BigDecimal.ONE),
                        null),
                admin);
        masterplans.realise(plan, app, YEAR, 1, BigDecimal.ONE, null, null, admin);
    }

    @Test
    void baseline_four_counts_last_years_programmes_and_outcome_48_this_years_applications() {
        Map<Integer, MasterplanEvidence> evidence = monitoring.evidence(REGION, YEAR);

        assertThat(evidence.get(4))
                .extracting(MasterplanEvidence::year, MasterplanEvidence::planned, MasterplanEvidence::met)
                .containsExactly(YEAR - 1, 7, 6);
        assertThat(evidence.get(4).percent()).isEqualByComparingTo("85.71");
        assertThat(evidence.get(48))
                .extracting(MasterplanEvidence::year, MasterplanEvidence::planned, MasterplanEvidence::met)
                .containsExactly(YEAR, 1, 1);
        assertThat(evidence).doesNotContainKeys(5, 46, 47, 49);
    }

    @Test
    void the_operator_sees_them_next_to_the_questions() throws Exception {
        String page = mvc.perform(get("/wilayah/" + YEAR + "/" + REGION + "/penilaian-mandiri")
                        .with(user(OPERATOR).roles("OPERATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("id=\"masterplan-4\"")
                .contains("Masterplan Smart City Kebumen, " + (YEAR - 1) + ": 6 dari 7 program roadmap tercapai")
                .contains("id=\"masterplan-48\"")
                .doesNotContain("id=\"masterplan-5\"");
    }

    private static NewItem programme(SmartDimension dimension, int year) {
        return new NewItem(
                Category.ROADMAP,
                dimension,
                RoadmapLevel.PROGRAM,
                "Program branding",
                "program",
                Direction.HIGHER_IS_BETTER,
                Map.of(year, BigDecimal.ONE),
                null);
    }
}
