package id.kotacerdas.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.security.UserAccountsApi;
import id.kotacerdas.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** With {@code kc.demo-data=false} (as every other test runs) the database stays clean and no page says "demo". */
@IntegrationTest
class DemoDataOffTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentApi instruments;

    @Autowired
    UserAccountsApi accounts;

    @Autowired
    DemoAccounts demoAccounts;

    @Test
    void without_demo_data_there_is_no_demo_period_account_or_banner() throws Exception {
        assertThat(instruments.findPeriod(DemoData.YEAR)).isEmpty();
        assertThat(accounts.find(DemoData.operatorOf(DemoData.SCORED))).isEmpty();
        assertThat(accounts.find(DemoData.ASSESSORS.get(0).username())).isEmpty();
        assertThat(Files.exists(demoAccounts.file())).isFalse();
        String page = mvc.perform(get("/hasil/2024"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("demo-banner").doesNotContain("Ini situs demo");
    }
}
