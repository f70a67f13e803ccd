package id.kotacerdas.survey.web;

import id.kotacerdas.shared.domain.Conflict;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The addresses printed for citizens: a short link per region ({@code /s/51.03}) that leads to the region's
 * open survey, and the survey page of a period. They are built on {@code kc.public-base-url}. Without it, the
 * request's own address is used only when it names this machine ({@code localhost}, a loopback address: someone
 * trying the application on their computer); any other Host header is whatever the client (or a proxy) sent, and
 * a poster must not print that: refused (409 {@code survey.publicBaseUrl.missing}).
 */
@Component
class SurveyLinks {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    private final String baseUrl;

    SurveyLinks(@Value("${kc.public-base-url:}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String shortLink(String region) {
        return base() + "/s/" + region;
    }

    String surveyPage(int year, String region) {
        return base() + "/survei/" + year + "/" + region;
    }

    /** For pages that show the link when it can be printed, and a hint otherwise. */
    Optional<String> shortLinkIfKnown(String region) {
        return baseUrl.isEmpty() && !onThisMachine() ? Optional.empty() : Optional.of(shortLink(region));
    }

    private String base() {
        if (!baseUrl.isEmpty()) {
            return baseUrl;
        }
        if (onThisMachine()) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        }
        throw new Conflict(
                "survey.publicBaseUrl.missing",
                "Set kc.public-base-url (KC_PUBLIC_BASE_URL): addresses for posters are not taken from the Host header");
    }

    private static boolean onThisMachine() {
        String host =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().getHost();
        return host != null && LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
    }
}
