package id.kotacerdas.monitoring;

import id.kotacerdas.region.RegionView;

/**
 * A masterplan's monitoring about to be written as a file (PDF or XLSX), once the caller may see it: the
 * monitoring and the region the masterplan belongs to.
 */
public record MonitoringFile(MasterplanMonitoring.Report report, RegionView region) {

    /** {@code monitoring-33.05-2022.pdf}, {@code monitoring-33.05-2022-s1.xlsx} for a semester. */
    public String name(String extension) {
        return "monitoring-" + region.code() + "-" + report.year()
                + (report.semester() == null ? "" : "-s" + report.semester()) + "." + extension;
    }
}
