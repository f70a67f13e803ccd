package id.kotacerdas.award;

import static id.kotacerdas.award.AwardPeriods.ASSESSED;
import static id.kotacerdas.award.AwardPeriods.BADUNG;
import static id.kotacerdas.award.AwardPeriods.DENPASAR;
import static id.kotacerdas.award.AwardPeriods.IMPORTED;
import static id.kotacerdas.award.AwardPeriods.KEBUMEN;
import static id.kotacerdas.award.AwardPeriods.SURAKARTA;
import static id.kotacerdas.award.AwardProposalTest.admin;
import static id.kotacerdas.award.AwardProposalTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.audit.AuditEntry;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * An award from definition to publication through the API: refusals name their field, the jury departs from the
 * proposal only with a reason (audited), deciding a tie at the cut-off is no departure, publication needs
 * confirmed winners and published results and freezes the award, and the public reads only what is published.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwardLifecycleTest {

    private static final String AWARDS = "/api/v1/periods/{year}/awards";
    private static final String OPERATOR = "op-award-3305";
    private static final String OPERATOR_PASSWORD = "Operator-Kebumen-kota-cerdas";

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail audit;

    @BeforeAll
    void periods(@Autowired ApplicationContext context, @Autowired ManageAccounts accounts) {
        AwardPeriods.ensure(context);
        accounts.create(new NewAccount(OPERATOR, OPERATOR_PASSWORD, "Operator Kebumen", "OPERATOR", KEBUMEN, null));
    }

    @Test
    void a_category_breaking_a_rule_is_refused_naming_the_field_in_the_callers_language() throws Exception {
        refused(define("{\"name\":\"X\",\"measure\":\"FINAL\",\"kind\":\"DESA\",\"places\":1}"), "award.kind", "kind");
        refused(define("{\"name\":\"X\",\"measure\":\"DIMENSION\",\"places\":1}"), "award.subject.required", "subject");
        refused(
                define("{\"name\":\"X\",\"measure\":\"DIMENSION\",\"subject\":\"PARIWISATA\",\"places\":1}"),
                "award.subject.unknown",
                "subject");
        refused(
                define("{\"name\":\"X\",\"measure\":\"FINAL\",\"track\":\"DESA\",\"places\":1}"),
                "track.unknown",
                "track");
        refused(define("{\"name\":\"X\",\"measure\":\"FINAL\",\"places\":0}"), "award.places", "places");
        mvc.perform(post(AWARDS + "?lang=en", ASSESSED)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" \",\"measure\":\"FINAL\",\"places\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The award needs a name of at most 200 characters."));

        define("{\"name\":\"Sekali saja\",\"slug\":\"sekali\",\"measure\":\"FINAL\",\"places\":1}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/awards/sekali")))
                .andExpect(jsonPath("$.status").value("DRAFT"));
        define("{\"name\":\"Dua kali\",\"slug\":\"sekali\",\"measure\":\"FINAL\",\"places\":1}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("award.slug.taken"));
    }

    @Test
    void the_jury_departs_from_the_proposal_only_with_a_reason_and_the_departures_are_audited() throws Exception {
        define("{\"name\":\"Dua terbaik nasional\",\"slug\":\"dua-terbaik\",\"measure\":\"FINAL\",\"places\":2}")
                .andExpect(status().isCreated());
        String winners = "{\"winners\":[\"" + DENPASAR + "\",\"" + KEBUMEN + "\"],\"note\":\"Keputusan rapat juri.\"";

        confirm("dua-terbaik", winners + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("award.override.reason"))
                .andExpect(jsonPath("$.field").value("reasons"))
                .andExpect(jsonPath("$.region").value(KEBUMEN));
        confirm("dua-terbaik", winners + ",\"reasons\":{\"" + KEBUMEN + "\":\"Inovasi layanan publik\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.region").value(BADUNG));
        confirm("dua-terbaik", "{\"winners\":[\"" + DENPASAR + "\",\"" + BADUNG + "\"],\"note\":\" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("award.note"));
        JsonNode confirmed = json(confirm(
                        "dua-terbaik",
                        winners + ",\"reasons\":{\"" + KEBUMEN + "\":\"Inovasi layanan publik\",\"" + BADUNG
                                + "\":\"Temuan lapangan\"}}")
                .andExpect(status().isOk()));

        assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("competitors").asInt()).isEqualTo(5);
        JsonNode kebumen = confirmed.get("winners").get(1);
        assertThat(kebumen.get("regionCode").asString()).isEqualTo(KEBUMEN);
        assertThat(kebumen.get("rank").asInt()).isEqualTo(3);
        assertThat(kebumen.get("value").decimalValue()).isEqualByComparingTo("3.05");
        assertThat(kebumen.get("proposed").asBoolean()).isFalse();
        assertThat(confirmed
                        .get("overrides")
                        .valueStream()
                        .map(o -> o.get("change").asString() + " "
                                + o.get("regionCode").asString() + " "
                                + o.get("reason").asString()))
                .containsExactlyInAnyOrder(
                        "ADDED " + KEBUMEN + " Inovasi layanan publik", "LEFT_OUT " + BADUNG + " Temuan lapangan");
        assertThat(newest("AWARD_WINNERS_CONFIRMED").newValue())
                .contains("winners: " + DENPASAR + " rank 1 (4.00), " + KEBUMEN + " rank 3 (3.05)")
                .contains("added " + KEBUMEN + " (Inovasi layanan publik)")
                .contains("left out " + BADUNG + " (Temuan lapangan)")
                .contains("note: Keputusan rapat juri.");
    }

    @Test
    void deciding_a_tie_at_the_cut_off_needs_no_reason_and_an_unpublished_periods_award_stays_unpublished()
            throws Exception {
        mvc.perform(post(AWARDS, IMPORTED)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Reguler terbaik\",\"slug\":\"reguler-juri\",\"measure\":\"FINAL\","
                                + "\"track\":\"REGULER\",\"places\":2}"))
                .andExpect(status().isCreated());
        String path = AWARDS + "/reguler-juri";

        mvc.perform(put(path + "/winners", IMPORTED)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"winners\":[\"" + DENPASAR + "\",\"" + SURAKARTA + "\"],\"note\":\"Seri diputus"
                                + " dengan wawancara.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overrides.length()").value(0))
                .andExpect(jsonPath("$.winners[1].rank").value(2));
        mvc.perform(post(path + "/publish", IMPORTED).with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("award.resultsNotPublic"));
    }

    @Test
    void publication_needs_confirmed_winners_and_freezes_the_award() throws Exception {
        define("{\"name\":\"Terbaik nasional\",\"slug\":\"terbit-beku\",\"measure\":\"FINAL\",\"places\":1}")
                .andExpect(status().isCreated());
        mvc.perform(post(AWARDS + "/terbit-beku/publish", ASSESSED).with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("award.notConfirmed"));
        confirm("terbit-beku", "{\"winners\":[\"" + DENPASAR + "\"],\"note\":\"Sesuai usulan.\"}")
                .andExpect(status().isOk());
        mvc.perform(post(AWARDS + "/terbit-beku/publish", ASSESSED).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));

        mvc.perform(put(AWARDS + "/terbit-beku", ASSESSED)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Terbaik\",\"slug\":\"terbit-beku\",\"measure\":\"FINAL\",\"places\":2}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("award.published"));
        confirm(
                        "terbit-beku",
                        "{\"winners\":[\"" + BADUNG + "\"],\"note\":\"Ralat.\",\"reasons\":{\"" + BADUNG + "\":\"x\",\""
                                + DENPASAR + "\":\"y\"}}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("award.published"));
        mvc.perform(post(AWARDS + "/terbit-beku/publish", ASSESSED).with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("award.published"));
        mvc.perform(get(AWARDS + "/terbit-beku", ASSESSED))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.winners[0].regionCode").value(DENPASAR));
        assertThat(newest("AWARD_PUBLISHED").subject()).isEqualTo("award terbit-beku");
    }

    @Test
    void changing_a_confirmed_category_takes_the_confirmation_back() throws Exception {
        define(
                        "{\"name\":\"Kota terbaik\",\"slug\":\"kota-ubah\",\"measure\":\"FINAL\",\"kind\":\"KOTA\",\"places\":1}")
                .andExpect(status().isCreated());
        confirm("kota-ubah", "{\"winners\":[\"" + DENPASAR + "\"],\"note\":\"Sesuai usulan.\"}")
                .andExpect(status().isOk());

        mvc.perform(put(AWARDS + "/kota-ubah", ASSESSED)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Kota terbaik\",\"slug\":\"kota-ubah\",\"measure\":\"IMPROVEMENT\","
                                + "\"kind\":\"KOTA\",\"places\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.measure").value("IMPROVEMENT"))
                .andExpect(jsonPath("$.winners.length()").value(0))
                .andExpect(jsonPath("$.juryNote").doesNotExist());
        assertThat(newest("AWARD_CHANGED").oldValue()).endsWith("[CONFIRMED]");
    }

    @Test
    void the_public_and_operators_read_only_published_awards() throws Exception {
        define("{\"name\":\"Belum terbit\",\"slug\":\"belum-terbit\",\"measure\":\"FINAL\",\"places\":1}")
                .andExpect(status().isCreated());
        confirm("belum-terbit", "{\"winners\":[\"" + DENPASAR + "\"],\"note\":\"Sesuai usulan.\"}")
                .andExpect(status().isOk());
        define("{\"name\":\"Sudah terbit\",\"slug\":\"sudah-terbit\",\"measure\":\"FINAL\",\"places\":1}")
                .andExpect(status().isCreated());
        confirm("sudah-terbit", "{\"winners\":[\"" + DENPASAR + "\"],\"note\":\"Sesuai usulan.\"}")
                .andExpect(status().isOk());
        mvc.perform(post(AWARDS + "/sudah-terbit/publish", ASSESSED).with(admin()))
                .andExpect(status().isOk());

        for (MockHttpServletRequestBuilder reader : new MockHttpServletRequestBuilder[] {
            get(AWARDS, ASSESSED), get(AWARDS, ASSESSED).with(httpBasic(OPERATOR, OPERATOR_PASSWORD))
        }) {
            JsonNode list = json(mvc.perform(reader).andExpect(status().isOk()));
            assertThat(list.valueStream().map(a -> a.get("slug").asString()))
                    .contains("sudah-terbit")
                    .doesNotContain("belum-terbit", "dua-terbaik", "kota-ubah");
            assertThat(list.valueStream().map(a -> a.get("status").asString())).containsOnly("PUBLISHED");
            assertThat(list.valueStream().filter(a -> !a.get("confirmedBy").isNull()))
                    .isEmpty();
        }
        mvc.perform(get(AWARDS + "/belum-terbit", ASSESSED))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("award.notFound"));
        mvc.perform(get(AWARDS + "/belum-terbit/winners/{c}/certificate.pdf", ASSESSED, DENPASAR))
                .andExpect(status().isNotFound());
        mvc.perform(get(AWARDS + "/belum-terbit/winners/{c}/certificate.pdf", ASSESSED, DENPASAR)
                        .with(httpBasic(OPERATOR, OPERATOR_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get(AWARDS + "/belum-terbit/winners/{c}/certificate.pdf", ASSESSED, DENPASAR)
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("-draf.pdf")));
        mvc.perform(get(AWARDS + "/sudah-terbit/winners/{c}/certificate.pdf", ASSESSED, DENPASAR))
                .andExpect(status().isOk());
        mvc.perform(get(AWARDS + "/sudah-terbit/winners/{c}/certificate.pdf", ASSESSED, BADUNG))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("award.winner.notFound"));
        JsonNode all = json(mvc.perform(get(AWARDS, ASSESSED).with(admin())).andExpect(status().isOk()));
        assertThat(all.valueStream().map(a -> a.get("slug").asString())).contains("belum-terbit", "sudah-terbit");
    }

    @Test
    void the_award_endpoints_are_described_in_the_api_documentation() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(docs)
                .contains("/api/v1/periods/{year}/awards/{award}/proposal")
                .contains("/api/v1/periods/{year}/awards/{award}/winners/{code}/certificate.pdf")
                .contains("The jury confirms the winners with a note");
    }

    private ResultActions define(String body) throws Exception {
        return mvc.perform(post(AWARDS, ASSESSED)
                .with(admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions confirm(String award, String body) throws Exception {
        return mvc.perform(put(AWARDS + "/{a}/winners", ASSESSED, award)
                .with(admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static void refused(ResultActions result, String code, String field) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.field").value(field));
    }

    private AuditEntry newest(String action) {
        return audit.find(null, ASSESSED).stream()
                .filter(e -> e.action().equals(action))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no audit entry " + action));
    }
}
