package id.kotacerdas.assessment.web;

import id.kotacerdas.monitoring.MasterplanEvidence;
import id.kotacerdas.monitoring.MonitoringApi;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The region's masterplan figures that answer a question (Baseline 4–5, Outcome 46–49), written for the
 * self-assessment and the scoring page as suggested evidence. The pages have checked who may see the region.
 */
@Component
class MasterplanSuggestions {

    private final MonitoringApi monitoring;
    private final MessageSource messages;

    MasterplanSuggestions(MonitoringApi monitoring, MessageSource messages) {
        this.monitoring = monitoring;
        this.messages = messages;
    }

    /** By question number, one sentence each, in the request's language. */
    Map<Integer, String> of(int year, String region) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Integer, String> sentences = new LinkedHashMap<>();
        for (MasterplanEvidence e : monitoring.evidence(region, year).values()) {
            String category = e.category() == null
                    ? ""
                    : messages.getMessage("monitoring.category." + e.category(), null, locale);
            sentences.put(
                    e.questionNo(),
                    messages.getMessage(
                            e.what(),
                            new Object[] {e.masterplanTitle(), e.year(), e.planned(), e.met(), e.unknown(), category},
                            locale));
        }
        return sentences;
    }
}
