package id.kotacerdas.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * On the monitoring page Kota Makassar's operator records an institution's stage from a list, stops a quick win
 * with a reason, and removes an item once the confirmation is ticked; refusals are left for the item's row in Bahasa
 * Indonesia. Another region's operator removes nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MasterplanItemPagesTest {

    private static final String MAKASSAR = "73.71";
    private static final String OPERATOR = "op-itempages-7371";
    private static final String OTHER = "op-itempages-7372";

    @Autowired
    MockMvc mvc;

    String page;

    @BeforeAll
    void masterplan(@Autowired ManageAccounts accounts) throws Exception {
        accounts.create(new NewAccount(OPERATOR, "Pantai-Losari-2024!", "Operator", "OPERATOR", MAKASSAR, null));
        accounts.create(new NewAccount(OTHER, "Pantai-Losari-2024!", "Operator lain", "OPERATOR", "73.72", null));
        page = mvc.perform(form("/wilayah/" + MAKASSAR + "/masterplan", OPERATOR)
                        .param("title", "Masterplan Smart City Makassar 2024-2028")
                        .param("startYear", "2024")
                        .param("endYear", "2028"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void an_institutions_stage_is_picked_from_a_list_and_counted_formed() throws Exception {
        long council = add("INSTITUTION", "Dewan Smart City Makassar");
        String before = show();
        assertThat(before).contains("<select name=\"value\" id=\"value-" + council + "\"");

        mvc.perform(form(page + "/butir/" + council + "/realisasi", OPERATOR)
                        .param("tahun", "2024")
                        .param("value", "1"))
                .andExpect(status().is3xxRedirection());

        assertThat(show())
                .contains("id=\"stage-" + council + "\"")
                .contains("Kelembagaan: 1 direncanakan, 1 terbentuk, 0 menjalankan fungsinya.")
                .contains("sebanyak 1 kelembagaan telah terbentuk dan sebanyak 0 kelembagaan telah menjalankan"
                        + " fungsinya.");
    }

    @Test
    void a_quick_win_is_stopped_with_a_reason_shown_next_to_it() throws Exception {
        long quickWin = add("QUICK_WIN", "Sombere and Smart City");
        MvcResult refused = mvc.perform(form(page + "/butir/" + quickWin + "/henti", OPERATOR)
                        .param("tahun", "2024")
                        .param("stoppedYear", "2024"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(flash(refused))
                .containsEntry("errorItem", quickWin)
                .containsEntry("realisationError", "Wajib diisi, paling banyak 1.000 karakter.");

        mvc.perform(form(page + "/butir/" + quickWin + "/henti", OPERATOR)
                        .param("tahun", "2024")
                        .param("stoppedYear", "2024")
                        .param("reason", "Digabung ke aplikasi layanan terpadu"))
                .andExpect(status().is3xxRedirection());

        assertThat(show())
                .contains("id=\"stopped-" + quickWin + "\"")
                .contains("Dihentikan sejak 2024: Digabung ke aplikasi layanan terpadu")
                .contains("id=\"continuity\"")
                .contains("id=\"resume-" + quickWin + "\"");
    }

    @Test
    void an_item_is_removed_only_once_the_confirmation_is_ticked_and_never_by_another_region() throws Exception {
        long mistake = add("POLICY", "Perwal yang salah ketik");
        MvcResult unconfirmed = mvc.perform(
                        form(page + "/butir/" + mistake + "/hapus", OPERATOR).param("tahun", "2024"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(flash(unconfirmed)).containsEntry("realisationError", "Centang konfirmasi sebelum menghapus butir.");
        assertThat(show()).contains("Perwal yang salah ketik");

        int other = mvc.perform(form(page + "/butir/" + mistake + "/hapus", OTHER)
                        .param("tahun", "2024")
                        .param("confirm", "yes"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(other).isIn(403, 404);
        assertThat(show()).contains("Perwal yang salah ketik");

        MvcResult removed = mvc.perform(form(page + "/butir/" + mistake + "/hapus", OPERATOR)
                        .param("tahun", "2024")
                        .param("confirm", "yes"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(flash(removed)).containsEntry("removedItem", true);
        assertThat(show()).doesNotContain("Perwal yang salah ketik");
    }

    private long add(String category, String name) throws Exception {
        mvc.perform(form(page + "/butir", OPERATOR)
                        .param("tahun", "2024")
                        .param("category", category)
                        .param("name", name)
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("target-2024", category.equals("INSTITUTION") ? "2" : "1"))
                .andExpect(status().is3xxRedirection());
        Matcher row = Pattern.compile("id=\"item-(\\d+)\"(?:(?!</tr>).)*?" + Pattern.quote(name), Pattern.DOTALL)
                .matcher(show());
        assertThat(row.find()).as("a row for %s", name).isTrue();
        return Long.parseLong(row.group(1));
    }

    private String show() throws Exception {
        return mvc.perform(get(page + "?tahun=2024").with(user(OPERATOR).roles("OPERATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** What the form left for the page it redirects to: a refusal for an item's row, or a notice. */
    private static Map<String, Object> flash(MvcResult result) {
        return result.getFlashMap();
    }

    private MockHttpServletRequestBuilder form(String path, String user) {
        return post(path).with(user(user).roles("OPERATOR")).with(csrf());
    }
}
