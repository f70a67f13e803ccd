package id.kotacerdas.survey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kotacerdas.shared.domain.Conflict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class SurveyLinksTest {

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void posters_print_the_configured_public_address_whatever_host_the_request_names() {
        requestWithHost("evil.example");
        SurveyLinks links = new SurveyLinks("https://survei.kotacerdas.go.id/");

        assertThat(links.shortLink("51.03")).isEqualTo("https://survei.kotacerdas.go.id/s/51.03");
        assertThat(links.surveyPage(1, "51.03")).startsWith("https://survei.kotacerdas.go.id/survei/");
    }

    @Test
    void without_a_public_address_a_host_header_the_client_chose_is_never_printed() {
        requestWithHost("evil.example");
        SurveyLinks links = new SurveyLinks("");

        assertThatThrownBy(() -> links.shortLink("51.03"))
                .isInstanceOf(Conflict.class)
                .hasFieldOrPropertyWithValue("messageKey", "survey.publicBaseUrl.missing");
        assertThat(links.shortLinkIfKnown("51.03")).isEmpty();
    }

    @Test
    void on_the_machine_itself_the_local_address_is_used() {
        requestWithHost("localhost");
        SurveyLinks links = new SurveyLinks("");

        assertThat(links.shortLink("51.03")).isEqualTo("http://localhost/s/51.03");
        assertThat(links.shortLinkIfKnown("51.03")).contains("http://localhost/s/51.03");
    }

    @Test
    void a_forwarded_host_is_not_trusted_either() {
        requestWithHost("survei.daerah.go.id");
        SurveyLinks links = new SurveyLinks("");

        assertThat(links.shortLinkIfKnown("51.03")).isEmpty();
    }

    private static void requestWithHost(String host) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/wilayah");
        request.setServerName(host);
        request.setServerPort(80);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
