package id.kotacerdas.analytics;

import id.kotacerdas.analytics.AgreementOverview.PanelLine;
import id.kotacerdas.analytics.domain.Alpha;
import id.kotacerdas.analytics.domain.AlphaDistribution;
import id.kotacerdas.analytics.domain.PanelAgreement;
import id.kotacerdas.analytics.domain.PanelSheet;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.ParticipantView;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.region.RegionView;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.NotFound;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The agreement between the assessors of a period's panels (docs/method.md 10.1), for administrators: a region's
 * panel in detail, and every participating region's panel with the distribution of their alphas. In any stage: an
 * empty panel has no alpha.
 */
@Service
public class PanelAgreements {

    private final PeriodAnalyses analyses;
    private final InstrumentApi instruments;
    private final RegionApi regions;
    private final RegionAccess access;

    PanelAgreements(PeriodAnalyses analyses, InstrumentApi instruments, RegionApi regions, RegionAccess access) {
        this.analyses = analyses;
        this.instruments = instruments;
        this.regions = regions;
        this.access = access;
    }

    public PanelAgreementView region(int year, String region, Actor reader) {
        access.ensureAdmin(reader);
        if (instruments.participants(year).stream()
                .noneMatch(p -> p.regionCode().equals(region))) {
            throw new NotFound(
                    "selfAssessment.notParticipant", region + " does not take part in " + year, region, year);
        }
        PeriodAnalysis analysis = analyses.of(year);
        PanelSheet sheet = analysis.sheets().getOrDefault(region, empty(region));
        PanelAgreement agreement = PanelAgreement.of(sheet);
        return PanelAgreementView.of(year, region, name(region), sheet.assessors(), agreement);
    }

    public AgreementOverview period(int year, Actor reader) {
        access.ensureAdmin(reader);
        instruments.period(year);
        PeriodAnalysis analysis = analyses.of(year);
        List<PanelLine> lines = new ArrayList<>();
        List<Alpha> alphas = new ArrayList<>();
        for (ParticipantView p : instruments.participants(year)) {
            PanelSheet sheet = analysis.sheets().getOrDefault(p.regionCode(), empty(p.regionCode()));
            Alpha alpha = analysis.alphas().getOrDefault(p.regionCode(), PanelAgreement.overall(sheet));
            int raters = sheet.assessors().size();
            alphas.add(alpha);
            lines.add(new PanelLine(
                    p.regionCode(),
                    name(p.regionCode()),
                    raters,
                    PanelAgreement.pairable(sheet),
                    alpha,
                    PanelAgreementView.undefinedBecause(raters, alpha),
                    alpha.belowFloor()));
        }
        lines.sort(Comparator.comparing(
                        (PanelLine l) -> l.krippendorffAlpha().interval(),
                        Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
                .thenComparing(PanelLine::regionCode));
        return new AgreementOverview(year, Alpha.FLOOR, AlphaDistribution.of(alphas), List.copyOf(lines));
    }

    /** The sheet of a panel nobody has submitted to yet. */
    private static PanelSheet empty(String region) {
        return new PanelSheet(region, List.of(), List.of());
    }

    private String name(String code) {
        return regions.find(code).map(RegionView::name).orElse(code);
    }
}
