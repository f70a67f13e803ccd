package id.kotacerdas.survey.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The addresses printed for citizens: a short link per region ({@code /s/51.03}) that leads to the region's
 * open survey, and the survey page of a period. On {@code kc.public-base-url}, else the request's own address.
 */
@Component
class SurveyLinks {

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

    private String base() {
        return baseUrl.isEmpty()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : baseUrl;
    }
}
