package id.kotacerdas.analytics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** What the trend tests read of a page's HTML: an element's attribute by the element's id, unescaped. */
final class PageHtml {

    private PageHtml() {}

    /** The attribute's value; null when there is no element with that id or it has no such attribute. */
    static String attribute(String html, String id, String attribute) {
        Matcher tag = Pattern.compile("<[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        if (!tag.find()) {
            return null;
        }
        Matcher value = Pattern.compile("\\s" + Pattern.quote(attribute) + "=\"([^\"]*)\"")
                .matcher(tag.group());
        return value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : null;
    }

    static boolean has(String html, String id) {
        return html.contains(" id=\"" + id + "\"");
    }

    /** The text from the element with this id to the end of the page, tags removed and spaces collapsed. */
    static String textFrom(String html, String id) {
        int start = html.indexOf(" id=\"" + id + "\"");
        String rest = start < 0 ? "" : html.substring(start);
        return HtmlUtils.htmlUnescape(rest.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " "));
    }
}
