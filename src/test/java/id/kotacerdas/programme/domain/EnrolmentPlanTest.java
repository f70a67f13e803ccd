package id.kotacerdas.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.programme.domain.EnrolmentPlan.Enrolled;
import id.kotacerdas.programme.domain.EnrolmentPlan.Member;
import id.kotacerdas.programme.domain.EnrolmentPlan.PastTrack;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which of the programme's regions a period takes in, and on which track. */
class EnrolmentPlanTest {

    private static final Set<String> TRACKS = Set.of("REGULER", "KPPN_IKN");

    @Test
    void a_region_joins_the_evaluations_after_its_cohorts_year_and_keeps_its_last_track() {
        List<Member> programme = List.of(
                new Member("33.75", 2018),
                new Member("33.05", 2019),
                new Member("64.72", 2019),
                new Member("51.03", 2020));
        Map<String, PastTrack> latest =
                Map.of("64.72", new PastTrack(2019, "KPPN_IKN"), "33.05", new PastTrack(2019, "REGULER"));

        EnrolmentPlan plan = EnrolmentPlan.of(2020, programme, Set.of("33.05"), latest, "REGULER", TRACKS);

        assertThat(plan.added())
                .containsExactly(new Enrolled("33.75", "REGULER", null), new Enrolled("64.72", "KPPN_IKN", 2019));
        assertThat(plan.alreadyIn()).containsExactly("33.05");
        assertThat(plan.notYet()).containsExactly("51.03");
    }

    @Test
    void a_past_track_the_periods_instrument_no_longer_has_gives_way_to_the_default() {
        EnrolmentPlan plan = EnrolmentPlan.of(
                2025,
                List.of(new Member("64.72", 2019)),
                Set.of(),
                Map.of("64.72", new PastTrack(2021, "KHUSUS")),
                "REGULER",
                TRACKS);

        assertThat(plan.added()).containsExactly(new Enrolled("64.72", "REGULER", null));
    }
}
