package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.Category;
import id.kotacerdas.monitoring.domain.CategorySummary;
import id.kotacerdas.monitoring.domain.SmartDimension;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Every region's masterplan monitoring of a year or semester, for the ministry: each region with a masterplan
 * covering the year and its counts, the nation's counts per category, the mean implementation rate per smart
 * dimension over the regions that planned programmes in it, and the regions whose latest masterplan has ended.
 */
public record NationalMonitoringView(
        int year,
        Integer semester,
        List<RegionLine> regions,
        int reporting,
        Map<Category, CategorySummary> categories,
        Map<SmartDimension, BigDecimal> meanImplementationRate,
        List<Expired> expired) {

    /**
     * A region's line: its masterplan, items planned for the year, their statuses, the share met of those with a
     * status ({@code metPercent}), whether it reported any figure.
     */
    public record RegionLine(
            String regionCode,
            String regionName,
            long masterplan,
            String title,
            int planned,
            int met,
            int notMet,
            int unknown,
            BigDecimal metPercent,
            boolean reported) {}

    /** A region whose latest masterplan ended before this year. */
    public record Expired(String regionCode, String regionName, String title, int endYear) {}
}
