package id.kotacerdas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.shared.domain.Forbidden;
import id.kotacerdas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** 403s, from the URL rules and from the region checks of the use cases, are in the audit trail. */
@IntegrationTest
class RefusalsAuditedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ManageAccounts accounts;

    @Autowired
    RegionAccess access;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_refusal_by_the_url_rules_is_recorded() throws Exception {
        operator("op-denied-5103");
        mvc.perform(get("/api/v1/users").with(httpBasic("op-denied-5103", AccountsApiTest.STRONG)))
                .andExpect(status().isForbidden());

        assertThat(denied("op-denied-5103")).containsExactly("GET /api/v1/users (security.forbidden)");
    }

    @Test
    void a_refusal_for_another_region_is_recorded_even_as_its_transaction_rolls_back() {
        operator("op-region-5103");
        Actor actor = access.actor("op-region-5103");

        assertThatThrownBy(() -> access.ensureOperatorOf(actor, "51.71")).isInstanceOf(Forbidden.class);

        assertThat(denied("op-region-5103")).containsExactly("region 51.71");
    }

    private java.util.List<String> denied(String actor) {
        return jdbc.sql("select subject from audit_event where action = 'ACCESS_DENIED' and actor = ? order by id")
                .param(actor)
                .query(String.class)
                .list();
    }

    private void operator(String username) {
        accounts.create(new NewAccount(username, AccountsApiTest.STRONG, "Made Operator", "OPERATOR", "51.03", null));
    }
}
