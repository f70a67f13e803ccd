package id.kotacerdas.programme;

import static id.kotacerdas.programme.Selection.HEADER;
import static id.kotacerdas.programme.Selection.admin;
import static id.kotacerdas.programme.Selection.load;
import static id.kotacerdas.programme.Selection.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.ParticipantView;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestYears;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Nusa Tenggara Timur's cohort of the year before takes part in the next evaluation period: the administrator adds
 * the programme's regions to the period in one step, through the API or the programme's page; a region already
 * taking part keeps its track, a candidate not selected is not added. In order: the page adds nothing more after the
 * API.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgrammeEnrolmentTest {

    private static final int YEAR = TestYears.PROGRAMME_ENROLMENT;

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentApi instruments;

    @BeforeAll
    void aCohortOfTheYearBeforeAndThePeriod(@Autowired CreatePeriod periods, @Autowired ManageParticipants participants)
            throws Exception {
        // confirms a cohort: Nusa Tenggara Timur's regions, the year before the period (see Selection)
        long cohort = open(mvc, YEAR - 1, "Angkatan NTT", 2);
        load(mvc, cohort, HEADER + "53.01,90,90,90,TINGGI\n53.02,80,80,80,TINGGI\n53.03,10,10,10,RENDAH\n");
        mvc.perform(post("/api/v1/selections/{id}/confirmation", cohort)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk());
        periods.create(YEAR, 2024, "test");
        participants.set(YEAR, "53.02", "KPPN_IKN", "test");
    }

    @Test
    @Order(1)
    void the_cohorts_regions_are_added_to_the_period_and_one_taking_part_keeps_its_track() throws Exception {
        mvc.perform(post("/api/v1/periods/{year}/participants/from-programme", YEAR)
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added[?(@.regionCode == '53.01')].track").value("REGULER"))
                .andExpect(jsonPath("$.alreadyIn[?(@ == '53.02')]").exists());

        Map<String, String> tracks = instruments.participants(YEAR).stream()
                .collect(Collectors.toMap(ParticipantView::regionCode, ParticipantView::track));
        assertThat(tracks).containsEntry("53.01", "REGULER").containsEntry("53.02", "KPPN_IKN");
        assertThat(tracks).doesNotContainKey("53.03");

        mvc.perform(post("/api/v1/periods/{year}/participants/from-programme", YEAR)
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added[?(@.regionCode == '53.01')]").doesNotExist())
                .andExpect(jsonPath("$.alreadyIn[?(@ == '53.01')]").exists());
    }

    @Test
    void an_unknown_period_is_not_found() throws Exception {
        mvc.perform(post("/api/v1/periods/{year}/participants/from-programme", 1999)
                        .with(admin()))
                .andExpect(status().isNotFound());
    }

    @Test
    @Order(2)
    void the_page_form_says_what_it_did_or_why_not() throws Exception {
        MvcResult refused = mvc.perform(post("/admin/seleksi/peserta-periode")
                        .param("year", "dua ribu")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        Map<String, Object> flash = refused.getFlashMap();
        assertThat(flash).containsEntry("enrolmentError", "Tulis tahun periode evaluasi (empat angka).");

        MvcResult done = mvc.perform(post("/admin/seleksi/peserta-periode")
                        .param("year", String.valueOf(YEAR))
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        Map<String, Object> notice = done.getFlashMap();
        assertThat((String) notice.get("enrolled")).startsWith("Periode " + YEAR + ":");
    }
}
