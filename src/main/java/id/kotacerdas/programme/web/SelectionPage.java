package id.kotacerdas.programme.web;

import id.kotacerdas.programme.LoadReport;
import id.kotacerdas.programme.domain.Distribution;
import id.kotacerdas.programme.domain.Parameter;
import id.kotacerdas.programme.domain.SelectionRanking;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

/** What the selection page shows beside the ranking: the distributions' chart data and the refused rows. */
final class SelectionPage {

    /** A refused row of a load, its reason in the reader's language. */
    record RefusedRow(int line, String column, String input, String message) {}

    private SelectionPage() {}

    static List<RefusedRow> refused(LoadReport report, MessageSource messages, Locale locale) {
        return report.refused().stream()
                .map(r -> new RefusedRow(
                        r.line(),
                        r.column(),
                        r.input(),
                        messages.getMessage(r.code(), r.arguments().toArray(), r.reason(), locale)))
                .toList();
    }

    /**
     * The histogram of each parameter's normalised values (ten bins of 0.1) as the chart's data attributes: the
     * bins' labels and one series per parameter.
     */
    static void chart(SelectionRanking ranking, Model model) {
        List<String> labels = new ArrayList<>();
        for (int b = 0; b < Distribution.BINS; b++) {
            labels.add(String.format(Locale.ROOT, "%.1f–%.1f", b / 10.0, (b + 1) / 10.0));
        }
        JsonMapper json = JsonMapper.shared();
        model.addAttribute("chartBins", json.writeValueAsString(labels));
        Map<Parameter, Distribution> d = ranking.distributions();
        for (Parameter p : Parameter.values()) {
            model.addAttribute(
                    "chart" + p.name(), json.writeValueAsString(d.get(p).bins()));
        }
    }
}
