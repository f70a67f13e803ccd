package id.kotacerdas.monitoring;

import id.kotacerdas.region.RegionView;
import java.util.Map;

/**
 * A masterplan's monitoring about to be written as a file (PDF or XLSX), once the caller may see it: the
 * monitoring, the region the masterplan belongs to, and how many evidence files each item has in the period.
 */
public record MonitoringFile(MasterplanMonitoring.Report report, RegionView region, Map<Long, Integer> evidence) {

    public MonitoringFile {
        evidence = Map.copyOf(evidence);
    }

    /** The item's evidence files in the period (all of the year's for a year, else the semester's). */
    public int evidenceOf(long item) {
        return evidence.getOrDefault(item, 0);
    }

    /** {@code monitoring-33.05-2022.pdf}, {@code monitoring-33.05-2022-s1.xlsx} for a semester. */
    public String name(String extension) {
        return "monitoring-" + region.code() + "-" + report.year()
                + (report.semester() == null ? "" : "-s" + report.semester()) + "." + extension;
    }
}
