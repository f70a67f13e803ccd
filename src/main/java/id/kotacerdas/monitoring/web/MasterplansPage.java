package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.FieldEvaluationPhotos;
import id.kotacerdas.monitoring.FieldEvaluationView;
import id.kotacerdas.monitoring.FieldEvaluations;
import id.kotacerdas.monitoring.Masterplans;
import id.kotacerdas.monitoring.domain.FollowUp;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A region's masterplans page, shown by more than one controller (again with a refusal): its masterplans and its
 * field evaluations, newest first, with their follow-ups and photos.
 */
@Component
class MasterplansPage {

    private final Masterplans masterplans;
    private final FieldEvaluations evaluations;
    private final FieldEvaluationPhotos photos;
    private final RegionApi regions;
    private final Clock clock;

    MasterplansPage(
            Masterplans masterplans,
            FieldEvaluations evaluations,
            FieldEvaluationPhotos photos,
            RegionApi regions,
            Clock clock) {
        this.masterplans = masterplans;
        this.evaluations = evaluations;
        this.photos = photos;
        this.regions = regions;
        this.clock = clock;
    }

    String show(String code, Actor actor, Model model) {
        model.addAttribute("plans", masterplans.ofRegion(code, actor));
        model.addAttribute("region", regions.get(code));
        List<FieldEvaluationView> fieldEvaluations = new ArrayList<>(evaluations.ofRegion(code, null, actor));
        Collections.reverse(fieldEvaluations);
        model.addAttribute("fieldEvaluations", fieldEvaluations);
        model.addAttribute("photos", photos.ofRegion(code, actor));
        model.addAttribute("followUps", FollowUp.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "monitoring/masterplans";
    }
}
