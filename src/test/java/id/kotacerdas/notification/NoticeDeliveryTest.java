package id.kotacerdas.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.assessment.AssignPanel;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.TestActors;
import id.kotacerdas.support.TestYears;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery: a notice is written with the action that causes it (a rolled-back action sends nothing), an account that
 * switched a kind off gets it in the application only, and a mail server that fails makes the dispatcher try again
 * after 1, 5, 30 minutes and 2 hours, then give up: the notice is FAILED with its last error for administrators, who
 * send it again.
 */
@MailTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoticeDeliveryTest {

    private static final int YEAR = TestYears.NOTICES_DELIVERY;
    private static final String REGION = "51.71";
    private static final String PASSWORD = "Pantai-Sanur-pagi-hari-1983!";
    private static final String WANTS_ALL = "op-nd-5171";
    private static final String SWITCHED_OFF = "op-nd-5171-b";
    private static final String ASSESSOR = "asr-nd-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    MovePeriod move;

    @Autowired
    DispatchNotices dispatch;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void a_period_with_denpasar_taking_part(
            @Autowired CreatePeriod periods,
            @Autowired ManageParticipants participants,
            @Autowired ManageAccounts accounts) {
        accounts.create(account(WANTS_ALL, "OPERATOR", REGION, null));
        accounts.create(account(SWITCHED_OFF, "OPERATOR", REGION, null));
        accounts.create(account(ASSESSOR, "ASSESSOR", null, "Universitas Udayana"));
        periods.create(YEAR, 2024, "test");
        participants.set(YEAR, REGION, "REGULER", "test");
    }

    @AfterAll
    void theServerRunsAgain() {
        MailServer.start();
    }

    @Test
    @Order(1)
    void a_rolled_back_action_leaves_no_notice(@Autowired PlatformTransactionManager transactions) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            move.transition(YEAR, "SELF_ASSESSMENT", "dibuka", "admin");
            assertThat(notices()).as("written in the action's transaction").isEqualTo(2);
            tx.setRollbackOnly();
        });

        assertThat(notices()).isZero();
        send(Instant.now());
        assertThat(MailServer.to(address(WANTS_ALL))).isEmpty();
    }

    @Test
    @Order(2)
    void an_account_that_switched_a_kind_off_sees_it_in_the_application_only() throws Exception {
        mvc.perform(get("/api/v1/users/me/notice-preferences")
                        .with(user(SWITCHED_OFF).roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(6))
                .andExpect(jsonPath("$[?(@.kind == 'SELF_ASSESSMENT_OPENED')].byEmail")
                        .value(true));
        mvc.perform(put("/api/v1/users/me/notice-preferences")
                        .with(user(SWITCHED_OFF).roles("OPERATOR"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"kind\":\"SELF_ASSESSMENT_OPENED\",\"byEmail\":false}]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'SELF_ASSESSMENT_OPENED')].byEmail")
                        .value(false))
                .andExpect(jsonPath("$[?(@.kind == 'SUBMISSION_RECEIVED')].byEmail")
                        .value(true));
        mvc.perform(put("/api/v1/users/me/notice-preferences")
                        .with(user(SWITCHED_OFF).roles("OPERATOR"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"kind\":\"PANEL_ASSIGNED\",\"byEmail\":false}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("notice.kind.notOffered"));

        move.transition(YEAR, "SELF_ASSESSMENT", "dibuka", "admin");
        send(Instant.now());

        assertThat(MailServer.to(address(WANTS_ALL))).hasSize(1);
        assertThat(MailServer.to(address(SWITCHED_OFF))).isEmpty();
        mvc.perform(get("/api/v1/users/me/notices").with(user(SWITCHED_OFF).roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].kind").value("SELF_ASSESSMENT_OPENED"))
                .andExpect(jsonPath("$[0].status").value("UI_ONLY"))
                .andExpect(jsonPath("$[0].email").doesNotExist())
                .andExpect(jsonPath("$[0].readAt").doesNotExist());
        mvc.perform(get("/pemberitahuan").with(user(SWITCHED_OFF).roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Penilaian mandiri Kota Cerdas " + YEAR + " dibuka: Kota Denpasar")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("1 belum dibaca")));
        mvc.perform(post("/api/v1/users/me/notices/read")
                        .with(user(SWITCHED_OFF).roles("OPERATOR"))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/users/me/notices").with(user(SWITCHED_OFF).roles("OPERATOR")))
                .andExpect(jsonPath("$[0].readAt").exists());
    }

    @Test
    @Order(3)
    void a_failing_mail_server_is_tried_again_with_backoff_then_the_notice_fails_and_is_sent_again(
            @Autowired AssignPanel panels, @Autowired AuditTrail audit) throws Exception {
        panels.assign(YEAR, REGION, List.of(ASSESSOR), TestActors.admin());
        UUID id = jdbc.sql("select id from notice where recipient = ? and kind = 'PANEL_ASSIGNED'")
                .param(ASSESSOR)
                .query(UUID.class)
                .single();
        MailServer.stop();
        Instant start = Instant.now();

        send(start);
        assertThat(attempts(id)).isEqualTo(1);
        assertThat(statusOf(id)).isEqualTo("QUEUED");
        send(start.plusSeconds(59));
        assertThat(attempts(id)).as("not before a minute has passed").isEqualTo(1);
        Instant at = start;
        for (Duration wait :
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2))) {
            at = at.plus(wait);
            send(at.minusSeconds(1));
            send(at);
        }
        assertThat(attempts(id)).isEqualTo(5);
        assertThat(statusOf(id)).isEqualTo("FAILED");
        send(at.plus(Duration.ofDays(1)));
        assertThat(attempts(id))
                .as("a failed notice waits for an administrator")
                .isEqualTo(5);

        mvc.perform(get("/api/v1/notices")
                        .param("status", "FAILED")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].lastError")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Connect"))));
        mvc.perform(get("/admin/pemberitahuan")
                        .param("status", "FAILED")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("notice-" + id)))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("/admin/pemberitahuan/" + id + "/kirim-ulang")));
        assertThat(audit.find(REGION, YEAR))
                .filteredOn(e -> e.action().equals("NOTICE_FAILED"))
                .hasSize(1);

        MailServer.start();
        mvc.perform(post("/api/v1/notices/" + id + "/resend")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("QUEUED"))
                .andExpect(jsonPath("$.attempts").value(0));
        send(Instant.now());
        assertThat(statusOf(id)).isEqualTo("SENT");
        assertThat(MailServer.to(address(ASSESSOR))).hasSize(1);
        mvc.perform(post("/api/v1/notices/" + id + "/resend")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("notice.notFailed"));
        assertThat(audit.find(REGION, YEAR)).extracting(e -> e.action()).contains("NOTICE_RESENT", "NOTICE_SENT");
    }

    private void send(Instant now) {
        while (dispatch.dispatchDue(now) > 0) {
            // a batch at a time, until nothing is due
        }
    }

    private int notices() {
        return jdbc.sql("select count(*) from notice where year = ?")
                .param(YEAR)
                .query(Integer.class)
                .single();
    }

    private int attempts(UUID id) {
        return jdbc.sql("select attempts from notice where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private String statusOf(UUID id) {
        return jdbc.sql("select status from notice where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private static String address(String account) {
        return account + "@denpasar.test";
    }

    private static NewAccount account(String username, String role, String region, String affiliation) {
        return new NewAccount(
                username, PASSWORD, "Wayan " + username, role, region, affiliation, address(username), "id");
    }
}
