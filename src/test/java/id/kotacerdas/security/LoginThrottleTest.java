package id.kotacerdas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The sign-in throttle counts in PostgreSQL, atomically, per username and address, with a ceiling per username:
 * parallel guesses never get more password checks than the limit, and the owner signing in from another address
 * is not locked out by a guesser.
 */
@IntegrationTest
class LoginThrottleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ManageAccounts accounts;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    @Test
    void parallel_wrong_guesses_never_get_more_password_checks_than_the_limit() throws Exception {
        operator("op-parallel-5103");
        int guesses = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String guess = "tebakan-paralel-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(get("/api/v1/users/me")
                                    .with(httpBasic("op-parallel-5103", guess))
                                    .with(from("10.9.0.1")))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses.stream().filter(s -> s == 401))
                    .as("password checks (401) among %s", statuses)
                    .hasSize(LoginThrottle.PER_USER_AND_ADDRESS.failures());
            assertThat(statuses.stream().filter(s -> s == 429))
                    .hasSize(guesses - LoginThrottle.PER_USER_AND_ADDRESS.failures());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_owner_signs_in_from_a_clean_address_while_another_address_guesses() throws Exception {
        operator("op-owner-5103");
        for (int i = 0; i < LoginThrottle.PER_USER_AND_ADDRESS.failures(); i++) {
            mvc.perform(get("/api/v1/users/me")
                            .with(httpBasic("op-owner-5103", "tebakan-" + i))
                            .with(from("10.9.1.1")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/users/me")
                        .with(httpBasic("op-owner-5103", AccountsApiTest.STRONG))
                        .with(from("10.9.1.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "900"));

        mvc.perform(get("/api/v1/users/me")
                        .with(httpBasic("op-owner-5103", AccountsApiTest.STRONG))
                        .with(from("10.9.1.2")))
                .andExpect(status().isOk());

        assertThat(audit("SIGN_IN_FAILED", "op-owner-5103")).isEqualTo(5);
        assertThat(audit("SIGN_IN_THROTTLED", "op-owner-5103"))
                .as("the block is recorded once, not every refused attempt")
                .isEqualTo(1);
    }

    @Test
    void the_ceiling_per_username_stops_guessing_from_many_addresses_for_a_day() throws Exception {
        operator("op-ceiling-5103");
        int failures = LoginThrottle.PER_USER.failures();
        for (int i = 0; i < failures; i++) {
            LoginThrottle.Attempt attempt = throttle.begin("op-ceiling-5103", "10.9.2." + (i / 4));
            assertThat(attempt.refused()).as("attempt %d", i).isFalse();
            throttle.failed(attempt);
        }

        mvc.perform(get("/api/v1/users/me")
                        .with(httpBasic("op-ceiling-5103", AccountsApiTest.STRONG))
                        .with(from("10.9.3.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", String.valueOf(24 * 3600)))
                .andExpect(jsonPath("$.code").value("security.throttled"));
    }

    @Test
    void an_address_guessing_many_usernames_is_stopped() {
        int failures = LoginThrottle.PER_ADDRESS.failures();
        for (int i = 0; i < failures; i++) {
            LoginThrottle.Attempt attempt = throttle.begin("spray-" + i, "10.9.4.1");
            assertThat(attempt.refused()).isFalse();
            throttle.failed(attempt);
        }
        LoginThrottle.Attempt next = throttle.begin("spray-next", "10.9.4.1");

        assertThat(next.refused()).isTrue();
        assertThat(next.refusedBy()).isEqualTo(LoginThrottle.PER_ADDRESS);
        assertThat(throttle.begin("spray-next", "10.9.4.2").refused()).isFalse();
    }

    private int audit(String action, String username) {
        return jdbc.sql("select count(*) from audit_event where action = ? and subject = ?")
                .params(action, username)
                .query(Integer.class)
                .single();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private void operator(String username) {
        accounts.create(new NewAccount(username, AccountsApiTest.STRONG, "Made Operator", "OPERATOR", "51.03", null));
    }
}
