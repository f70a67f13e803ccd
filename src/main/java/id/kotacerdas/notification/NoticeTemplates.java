package id.kotacerdas.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a notice in its recipient's language: the subject is the message {@code mail.<template>.subject}, the body
 * the text template {@code templates/mail/<template>.txt}, whose words are messages too ({@code mail.<template>.*}).
 * Dates are days in Bahasa Indonesia or English, times Western Indonesian Time.
 */
@Component
class NoticeTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;

    NoticeTemplates(MessageSource messages) {
        this.messages = messages;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
    }

    String subject(NoticeKind kind, Locale locale, Object... args) {
        return messages.getMessage("mail." + kind.template() + ".subject", args, locale);
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String body(NoticeKind kind, Locale locale, Map<String, Object> model) {
        Context context = new Context(locale, model);
        context.setVariable("fmt", new Formats(locale));
        return engine.process(kind.template(), context).strip() + "\n";
    }

    /** Dates and times for a template: {@code ${fmt.day(deadline)}}, {@code ${fmt.time(at)}}. */
    record Formats(Locale locale) {

        private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

        /** A day ({@code 3 Desember 2100}); anything else (no date) as nothing. */
        public String day(Object day) {
            return day instanceof LocalDate d ? d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)) : "";
        }

        /** A moment as Western Indonesian Time: {@code 10 Maret 2100, 09.30 WIB}. */
        public String time(Object at) {
            String pattern =
                    "id".equals(locale.getLanguage()) ? "d MMMM yyyy, HH.mm 'WIB'" : "d MMMM yyyy, HH:mm 'WIB'";
            return at instanceof OffsetDateTime t
                    ? t.atZoneSameInstant(JAKARTA).format(DateTimeFormatter.ofPattern(pattern, locale))
                    : "";
        }
    }
}
