package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.Category;
import id.kotacerdas.monitoring.domain.CategorySummary;
import id.kotacerdas.monitoring.domain.Implementation;
import id.kotacerdas.monitoring.domain.InstitutionCount;
import id.kotacerdas.monitoring.domain.MonitoringSummary;
import id.kotacerdas.monitoring.domain.QuickWinCount;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Drafts a monitoring's conclusions in Bahasa Indonesia from its numbers, in the style of Kota Surakarta's report
 * ("Dari sebanyak 15 kebijakan smart city yang direncanakan, sebanyak 9 kebijakan telah tercapai dan sebanyak 6
 * kebijakan belum tercapai."): one sentence per category (for institutions: how many are formed and active; for
 * quick wins, one more on their continuity), then one per smart dimension's implementation. The operator edits them
 * before saving the report.
 */
@Component
class MonitoringConclusions {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final MessageSource messages;

    MonitoringConclusions(MessageSource messages) {
        this.messages = messages;
    }

    List<String> draft(MonitoringSummary summary) {
        List<String> sentences = new ArrayList<>();
        summary.categories().forEach((category, c) -> {
            if (category == Category.INSTITUTION && summary.institutions() != null) {
                InstitutionCount n = summary.institutions();
                sentences.add(text("monitoring.conclusion.institutions", n.planned(), n.formed(), n.active()));
            } else {
                sentences.add(sentence(category.name(), c));
            }
            if (category == Category.QUICK_WIN && summary.quickWins() != null) {
                QuickWinCount q = summary.quickWins();
                sentences.add(text(
                        "monitoring.conclusion.quickWins", q.started(), q.continued(), q.stopped(), q.notReported()));
            }
        });
        summary.smartDimensions().forEach((dimension, i) -> sentences.add(implementation(dimension.name(), i)));
        return sentences;
    }

    private String sentence(String category, CategorySummary c) {
        String noun = text("monitoring.noun." + category);
        String shortNoun = text("monitoring.noun.short." + category);
        String key = c.unknown() == 0 ? "monitoring.conclusion" : "monitoring.conclusion.unknown";
        return text(key, c.total(), noun, c.met(), c.notMet(), c.unknown(), shortNoun);
    }

    private String implementation(String dimension, Implementation i) {
        return text(
                "monitoring.conclusion.implementation",
                text("monitoring.dimension." + dimension),
                percent(i.implementationRate()),
                i.implemented(),
                i.planned());
    }

    private static String percent(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(INDONESIAN));
        return format.format(value);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, INDONESIAN);
    }
}
