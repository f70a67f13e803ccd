package id.kotacerdas.survey.web;

import id.kotacerdas.shared.domain.Conflict;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The addresses printed for citizens: a short link per region ({@code /s/51.03}) that leads to the region's
 * open survey, and the survey page of a period. They are built on {@code kc.public-base-url}. Without it, on the
 * request's address only when {@code server.forward-headers-strategy} is configured (a proxy in front sets the
 * host); otherwise the Host header is whatever the client sent, and a poster must not print that: refused (409
 * {@code survey.publicBaseUrl.missing}).
 */
@Component
class SurveyLinks {

    private final String baseUrl;
    private final boolean behindProxy;

    SurveyLinks(
            @Value("${kc.public-base-url:}") String baseUrl,
            @Value("${server.forward-headers-strategy:none}") String forwardHeaders) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.behindProxy = !"none".equalsIgnoreCase(forwardHeaders.strip());
    }

    String shortLink(String region) {
        return base() + "/s/" + region;
    }

    String surveyPage(int year, String region) {
        return base() + "/survei/" + year + "/" + region;
    }

    /** For pages that show the link when it can be printed, and a hint otherwise. */
    Optional<String> shortLinkIfKnown(String region) {
        return baseUrl.isEmpty() && !behindProxy ? Optional.empty() : Optional.of(shortLink(region));
    }

    private String base() {
        if (!baseUrl.isEmpty()) {
            return baseUrl;
        }
        if (behindProxy) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        }
        throw new Conflict(
                "survey.publicBaseUrl.missing",
                "Set kc.public-base-url (KC_PUBLIC_BASE_URL): addresses for posters are not taken from the Host header");
    }
}
