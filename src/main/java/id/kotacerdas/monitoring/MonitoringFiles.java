package id.kotacerdas.monitoring;

import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.Actor;
import org.springframework.stereotype.Service;

/**
 * What a monitoring file is written from: the monitoring of a masterplan for a year or semester, as
 * {@link MasterplanMonitoring} gives it to an administrator or the region's own operator, the region, and the
 * number of evidence files per item. A
 * refusal (another region's masterplan, a year outside it) comes from here, before any byte of the file.
 */
@Service
public class MonitoringFiles {

    private final MasterplanMonitoring monitoring;
    private final RegionApi regions;
    private final RealisationEvidenceFiles evidence;

    MonitoringFiles(MasterplanMonitoring monitoring, RegionApi regions, RealisationEvidenceFiles evidence) {
        this.monitoring = monitoring;
        this.regions = regions;
        this.evidence = evidence;
    }

    public MonitoringFile of(long plan, int year, Integer semester, Actor actor) {
        MasterplanMonitoring.Report report = monitoring.of(plan, year, semester, actor);
        return new MonitoringFile(
                report, regions.get(report.masterplan().regionCode()), evidence.counts(plan, year, semester));
    }
}
