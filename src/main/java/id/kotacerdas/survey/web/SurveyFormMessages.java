package id.kotacerdas.survey.web;

import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.web.UiErrors;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts a refused survey submission's messages next to the statements and fields they concern. */
@Component
class SurveyFormMessages {

    private final MessageSource messages;
    private final UiErrors errors;

    SurveyFormMessages(MessageSource messages, UiErrors errors) {
        this.messages = messages;
        this.errors = errors;
    }

    /** The form's radio groups are named q50, q51, …; anything else that is not a number is ignored. */
    static Map<String, Integer> answers(Map<String, String> params) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.matches("q\\d{1,4}")) {
                try {
                    answers.put(name.substring(1), Integer.valueOf(value.trim()));
                } catch (NumberFormatException e) {
                    answers.put(name.substring(1), 0);
                }
            }
        });
        return answers;
    }

    /** {@code errors}: question number → message; {@code commentError}; {@code message} for the whole form. */
    void describe(DomainException e, Locale locale, Model model) {
        Map<String, String> byQuestion = new LinkedHashMap<>();
        if (e.properties().get("errors") instanceof Map<?, ?> perQuestion) {
            perQuestion.forEach((no, key) ->
                    byQuestion.put(String.valueOf(no), messages.getMessage(String.valueOf(key), null, locale)));
        }
        model.addAttribute("errors", byQuestion);
        String message = errors.of(e, locale).message();
        if (e instanceof InvalidInput invalid && "comment".equals(invalid.field())) {
            model.addAttribute("commentError", message);
        }
        model.addAttribute("message", message);
    }
}
