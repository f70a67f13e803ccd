package id.kotacerdas.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Small helpers shared by the page tests: the administrator, a form post with its CSRF token, and a
 * little reading of the rendered HTML (which is HTML, not XML, so XPath cannot parse it).
 */
final class Pages {

    private Pages() {}

    static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    /** A form post as the administrator would send it from the page: logged in, with the CSRF token. */
    static MockHttpServletRequestBuilder submit(String url, Object... vars) {
        return post(url, vars).with(admin()).with(csrf());
    }

    /** Creates a draft period through the periods page, with a copy of the 2024 instrument. */
    static void createPeriod(MockMvc mvc, int year) throws Exception {
        mvc.perform(submit("/admin/periode").param("year", String.valueOf(year)).param("copyFrom", "2024"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/periode/" + year));
    }

    /** Creates the period unless an earlier test of the same class already did. */
    static void ensurePeriod(MockMvc mvc, int year) throws Exception {
        int status = mvc.perform(get("/admin/periode/{year}", year).with(admin()))
                .andReturn()
                .getResponse()
                .getStatus();
        if (status == 404) {
            createPeriod(mvc, year);
        }
    }

    static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The text inside the element with this id, tags removed; fails if there is no such element. */
    static String textOf(String html, String id) {
        Matcher m = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
                .matcher(html);
        if (!m.find()) {
            throw new AssertionError("no element with id " + id + " in the page");
        }
        return m.group(2).replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip();
    }

    static boolean hasElement(String html, String id) {
        return Pattern.compile("\\bid=\"" + Pattern.quote(id) + "\"")
                .matcher(html)
                .find();
    }

    /** How many rows the body of the table with this id has. */
    static int rowsOf(String html, String tableId) {
        int table = html.indexOf("id=\"" + tableId + "\"");
        if (table < 0) {
            throw new AssertionError("no table with id " + tableId + " in the page");
        }
        int start = html.indexOf("<tbody", table);
        int end = html.indexOf("</tbody>", start);
        if (start < 0 || end < 0) {
            throw new AssertionError("table " + tableId + " has no tbody");
        }
        return Pattern.compile("<tr[\\s>]")
                .matcher(html.substring(start, end))
                .results()
                .mapToInt(r -> 1)
                .sum();
    }

    /** The first group of {@code regex} in the page; fails if it does not occur. */
    static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        if (!m.find()) {
            throw new AssertionError("the page has nothing matching " + regex);
        }
        return m.group(1);
    }
}
