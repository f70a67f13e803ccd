package id.kotacerdas.survey;

import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.survey.SurveyIntegrityRepository.Quarantine;
import id.kotacerdas.survey.SurveyIntegrityRepository.Totals;
import java.util.List;
import org.springframework.stereotype.Service;

/** The ministry's integrity view of the survey: a period's overview per region, and one region in detail. */
@Service
public class SurveyIntegrity {

    private static final int TOP = 10;

    private final SurveyIntegrityRepository repository;
    private final SurveyForms forms;
    private final RegionApi regions;
    private final RegionAccess access;

    SurveyIntegrity(SurveyIntegrityRepository repository, SurveyForms forms, RegionApi regions, RegionAccess access) {
        this.repository = repository;
        this.forms = forms;
        this.regions = regions;
        this.access = access;
    }

    /** Every region with responses, administrators only. */
    public List<IntegrityRow> nation(int year, Actor reader) {
        access.ensureAdmin(reader);
        forms.of(year);
        return repository.nation(year);
    }

    public RegionIntegrity region(int year, String region, Actor reader) {
        access.ensureAdmin(reader);
        forms.of(year);
        String name = regions.get(region).name();
        Totals t = repository.totals(year, region);
        return new RegionIntegrity(
                year,
                region,
                name,
                t.total(),
                t.flagged(),
                t.quarantined(),
                SurveyIntegrityRepository.share(t.flagged(), t.total()),
                repository.groups(year, region, t.online(), 1).stream()
                        .findFirst()
                        .map(RegionIntegrity.Group::share)
                        .orElse(0.0),
                SurveyIntegrityRepository.share(t.duplicates(), t.total()),
                repository.bySource(year, region),
                repository.groups(year, region, t.online(), TOP),
                repository.patterns(year, region, TOP),
                repository.perHour(year, region),
                repository.seconds(year, region));
    }

    public List<Quarantine> quarantines(int year, String region, Actor reader) {
        access.ensureAdmin(reader);
        return repository.quarantines(year, region);
    }
}
