package id.kotacerdas.analytics.web;

import id.kotacerdas.analytics.NationalDistribution;
import id.kotacerdas.analytics.RegionTrend;
import id.kotacerdas.analytics.TrendsApi;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The trends on the public results pages. The region's page and the national table load these sections with htmx
 * (scoring's pages know nothing of analytics); asked for by a link, or without JavaScript, each is a page of its own.
 * Visible as the results are: a period not published yet is an administrator's, marked as a draft.
 */
@Controller
class TrendPageController {

    private final TrendsApi trends;
    private final InstrumentApi instruments;
    private final MessageSource messages;

    TrendPageController(TrendsApi trends, InstrumentApi instruments, MessageSource messages) {
        this.trends = trends;
        this.instruments = instruments;
        this.messages = messages;
    }

    @GetMapping("/hasil/{year}/{code}/tren")
    String trend(
            @PathVariable int year, @PathVariable String code, Model model, Locale locale, HttpServletRequest request) {
        RegionTrend trend = trends.trendUpTo(year, code, request.isUserInRole("ADMIN"));
        model.addAttribute("year", year);
        model.addAttribute("trend", trend);
        model.addAttribute(
                "chartYears",
                ChartJson.years(trend, y -> messages.getMessage("trend.draftYear", new Object[] {y}, locale)));
        model.addAttribute(
                "chartSeries", ChartJson.trendSeries(trend, messages.getMessage("trend.col.final", null, locale)));
        return view("analytics/trend", request);
    }

    @GetMapping("/hasil/{year}/sebaran")
    String distribution(@PathVariable int year, Model model, Locale locale, HttpServletRequest request) {
        NationalDistribution distribution =
                trends.distribution(year, TrendsApi.DEFAULT_TOP, request.isUserInRole("ADMIN"));
        Map<String, String> trackNames = new LinkedHashMap<>();
        InstrumentView instrument = instruments.instrument(year);
        instrument.tracks().forEach(t -> trackNames.put(t.code(), t.name()));
        model.addAttribute("year", year);
        model.addAttribute("d", distribution);
        model.addAttribute("trackNames", trackNames);
        model.addAttribute("chartBins", ChartJson.binLabels(distribution.histogram(), locale));
        model.addAttribute("chartTracks", ChartJson.binSeries(distribution, trackNames));
        return view("analytics/distribution", request);
    }

    /** The section alone for htmx's request from the results page; the whole page for a link or a boosted visit. */
    private static String view(String template, HttpServletRequest request) {
        boolean fragment = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
        return fragment ? template + " :: panel" : template;
    }
}
