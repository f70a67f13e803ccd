package id.kotacerdas.web;

import static id.kotacerdas.web.Pages.admin;
import static id.kotacerdas.web.Pages.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.shared.db.EmbeddedDatabase;
import id.kotacerdas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators read the audit trail by region; nobody can change or delete it. */
@IntegrationTest
class AuditPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedDatabase database;

    @Test
    void an_admin_filters_the_audit_trail_by_region() throws Exception {
        audit.record(AuditEvent.by("op-audit", "ANSWER_SAVED")
                .in(2024, "73.71")
                .about("question 9")
                .from("level 2")
                .to("level 3"));
        audit.record(AuditEvent.by("op-audit", "ANSWER_SAVED")
                .in(2024, "73.72")
                .about("question 9")
                .from("level 1")
                .to("level 4"));
        String page =
                html(mvc.perform(get("/admin/audit").param("region", "73.71").with(admin()))
                        .andExpect(status().isOk()));
        assertThat(page).contains("level 2").contains("level 3").doesNotContain("level 4");
        mvc.perform(get("/admin/audit").with(user("op").roles("OPERATOR"))).andExpect(status().isForbidden());
    }

    @Test
    void an_admin_reads_each_change_in_their_own_language_not_as_a_code() throws Exception {
        audit.record(AuditEvent.by("op-audit", "ANSWER_SAVED").in(2024, "73.73").about("question 9"));
        audit.record(AuditEvent.by("admin", "TRANSITION DRAFT -> SELF_ASSESSMENT")
                .in(2024, "73.73")
                .to("dibuka"));

        String indonesian =
                html(mvc.perform(get("/admin/audit").param("region", "73.73").with(admin()))
                        .andExpect(status().isOk()));
        String english = html(mvc.perform(get("/admin/audit")
                        .param("region", "73.73")
                        .param("lang", "en")
                        .with(admin()))
                .andExpect(status().isOk()));

        assertThat(indonesian)
                .contains(">Jawaban penilaian mandiri disimpan<")
                .contains(">Tahap periode: Draf → Penilaian mandiri<");
        assertThat(english)
                .contains(">Self-assessment answer saved<")
                .contains(">Period stage: Draft → Self-assessment<");
    }

    @Test
    void the_audit_trail_cannot_be_changed_or_deleted() {
        audit.record(AuditEvent.by("admin", "TEST").to("kept"));
        // the application's role has no UPDATE or DELETE on it (ops, issue 9) ...
        assertThatThrownBy(() ->
                        jdbc.sql("update audit_event set new_value = 'changed'").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        // ... and even the owner of the table meets the append-only trigger
        JdbcClient owner = JdbcClient.create(database.ownerDataSource());
        assertThatThrownBy(() -> owner.sql("update audit_event set new_value = 'changed'")
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("delete from audit_event").update()).hasMessageContaining("append-only");
    }
}
