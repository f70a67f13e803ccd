package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.MasterplanRules;
import id.kotacerdas.monitoring.domain.MonitoringSummary;
import id.kotacerdas.security.Actor;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A masterplan's monitoring for a year or a semester: statuses, counts and achievement per category, the
 * implementation rate per smart dimension (docs/method.md), and conclusions drafted from them.
 */
@Service
public class MasterplanMonitoring {

    /**
     * The monitoring: each item with its achievement, the summary, the conclusions (as saved, else as drafted),
     * the draft, and the saved report (null before the first save).
     */
    public record Report(
            MasterplanView masterplan,
            int year,
            Integer semester,
            List<MasterplanItemView> items,
            MonitoringSummary summary,
            List<String> conclusions,
            List<String> drafted,
            SavedReport saved) {}

    private final Masterplans masterplans;
    private final MasterplanRepository repository;
    private final MonitoringConclusions conclusions;
    private final MonitoringReportRepository reports;

    MasterplanMonitoring(
            Masterplans masterplans,
            MasterplanRepository repository,
            MonitoringConclusions conclusions,
            MonitoringReportRepository reports) {
        this.masterplans = masterplans;
        this.repository = repository;
        this.conclusions = conclusions;
        this.reports = reports;
    }

    public Report of(long plan, int year, Integer semester, Actor actor) {
        MasterplanView masterplan = masterplans.get(plan, actor);
        MasterplanRules.realisation(year, semester, BigDecimal.ZERO, masterplan.startYear(), masterplan.endYear());
        List<MasterplanItemView> items = repository.details(plan).stream()
                .map(d -> new MasterplanItemView(
                        d.id(),
                        d.code(),
                        d.name(),
                        d.unit(),
                        d.responsibleAgency(),
                        d.item(),
                        d.item().achievement(year, semester),
                        d.stopReason()))
                .toList();
        MonitoringSummary summary = MonitoringSummary.of(
                items.stream().map(MasterplanItemView::item).toList(), year, semester);
        List<String> drafted = conclusions.draft(summary);
        SavedReport saved = reports.latest(plan, year, semester).orElse(null);
        return new Report(
                masterplan,
                year,
                semester,
                items,
                summary,
                saved == null ? drafted : saved.conclusions(),
                drafted,
                saved);
    }
}
