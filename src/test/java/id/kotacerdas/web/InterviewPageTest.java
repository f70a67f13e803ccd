package id.kotacerdas.web;

import static id.kotacerdas.web.Pages.admin;
import static id.kotacerdas.web.Pages.html;
import static id.kotacerdas.web.Pages.submit;
import static id.kotacerdas.web.Pages.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The ministry records stage I notes, schedules the interview and records that it was held. */
@IntegrationTest
class InterviewPageTest {

    private static final int YEAR = TestYears.INTERVIEW_PAGE;

    private static final String PAGE = "/admin/periode/" + YEAR + "/wawancara/51.03";

    @Autowired
    MockMvc mvc;

    @Test
    void an_admin_notes_stage_one_and_schedules_and_holds_the_interview(
            @Autowired CreatePeriod periods, @Autowired ManageParticipants participants) throws Exception {
        periods.create(YEAR, 2024, "test");
        participants.set(YEAR, "51.03", "REGULER", "test");

        mvc.perform(submit(PAGE + "/catatan").param("note", "Dewan smart city belum rapat tahun ini"))
                .andExpect(redirectedUrl(PAGE));
        String refused = html(mvc.perform(submit(PAGE + "/jadwal")
                        .param("at", YEAR + "-11-05T09:00")
                        .param("meetingLink", "ftp://rapat"))
                .andExpect(status().isBadRequest()));
        assertThat(textOf(refused, "error-meetingLink")).isEqualTo("Tautan rapat harus diawali https://.");
        mvc.perform(submit(PAGE + "/jadwal")
                        .param("at", YEAR + "-11-05T09:00")
                        .param("meetingLink", "https://meet.go.id/x"))
                .andExpect(redirectedUrl(PAGE));
        mvc.perform(submit(PAGE + "/kehadiran").param("regionAttended", "true")).andExpect(redirectedUrl(PAGE));

        String page = html(mvc.perform(get(PAGE).with(admin())).andExpect(status().isOk()));
        assertThat(textOf(page, "consultation-notes")).contains("Dewan smart city belum rapat tahun ini");
        assertThat(textOf(page, "interview-current"))
                .contains("05-11-" + YEAR + " 09:00")
                .contains("https://meet.go.id/x");
        assertThat(page).contains("id=\"interview-held\"");
        mvc.perform(get(PAGE).with(user("op").roles("OPERATOR"))).andExpect(status().isForbidden());
    }
}
