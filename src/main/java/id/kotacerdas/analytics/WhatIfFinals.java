package id.kotacerdas.analytics;

import id.kotacerdas.analytics.domain.PanelSheet;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.region.RegionView;
import id.kotacerdas.scoring.AssessedResult;
import id.kotacerdas.scoring.ComputeAssessedResult;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.InvalidInput;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What a region's final would be without one of its assessors (docs/method.md 10.2), for administrators while the
 * period is in ASSESSMENT or FINALIZED. Both finals come from the scoring module's computation of the region's
 * result ({@link ComputeAssessedResult}), so the what-if is computed exactly as the result is; it is never stored.
 */
@Service
public class WhatIfFinals {

    private final ComputeAssessedResult results;
    private final PeriodAnalyses analyses;
    private final InstrumentApi instruments;
    private final RegionApi regions;
    private final RegionAccess access;

    WhatIfFinals(
            ComputeAssessedResult results,
            PeriodAnalyses analyses,
            InstrumentApi instruments,
            RegionApi regions,
            RegionAccess access) {
        this.results = results;
        this.analyses = analyses;
        this.instruments = instruments;
        this.regions = regions;
        this.access = access;
    }

    public WhatIfView without(int year, String region, String assessor, Actor reader) {
        access.ensureAdmin(reader);
        if (assessor == null || assessor.isBlank()) {
            throw new InvalidInput("without", "whatIf.without.missing", "Name the assessor to leave out");
        }
        CalibrationStage.ensureOpen(instruments.period(year));
        AssessedResult whatIf = results.without(year, region, assessor.strip(), reader);
        AssessedResult actual = results.result(year, region, reader);
        PanelSheet sheet = analyses.of(year).sheets().get(region);
        List<String> left = sheet == null
                ? List.of()
                : sheet.assessors().stream()
                        .filter(a -> !a.equals(assessor.strip()))
                        .toList();
        return new WhatIfView(
                year,
                region,
                regions.find(region).map(RegionView::name).orElse(region),
                assessor.strip(),
                left,
                whatIf.finalScore(),
                actual.finalScore(),
                whatIf.finalScore().subtract(actual.finalScore()),
                whatIf.dimensions(),
                actual.dimensions(),
                whatIf);
    }
}
