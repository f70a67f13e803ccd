package id.kotacerdas.programme.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of the programme's regions an evaluation period takes in (docs/method.md 8.3): a region joins the
 * evaluations that follow its cohort, so a region whose cohort's year is before the period's is added, unless it
 * takes part already (its track then stays as set); a region of the period's year or later is not yet due. An added
 * region keeps the track it had in its latest earlier period, when the period's instrument has that track, and is
 * otherwise on the default track.
 *
 * @param added the regions to add, each with its track and the year the track was taken from (null: the default)
 * @param alreadyIn the programme's regions that take part already
 * @param notYet the regions whose cohort is of the period's year or later
 */
public record EnrolmentPlan(List<Enrolled> added, List<String> alreadyIn, List<String> notYet) {

    /** A region of the programme and the year of the cohort it joined. */
    public record Member(String regionCode, int joined) {}

    /** A track a region had in an earlier period. */
    public record PastTrack(int year, String track) {}

    /** A region to add, on its track, taken from a past period's year (null: the default track). */
    public record Enrolled(String regionCode, String track, Integer trackFrom) {}

    public EnrolmentPlan {
        added = List.copyOf(added);
        alreadyIn = List.copyOf(alreadyIn);
        notYet = List.copyOf(notYet);
    }

    /**
     * @param latestTrack each region's track in its latest period before {@code year}
     * @param tracks the tracks of the period's instrument
     */
    public static EnrolmentPlan of(
            int year,
            List<Member> programme,
            Set<String> participants,
            Map<String, PastTrack> latestTrack,
            String defaultTrack,
            Set<String> tracks) {
        List<Enrolled> added = new ArrayList<>();
        List<String> alreadyIn = new ArrayList<>();
        List<String> notYet = new ArrayList<>();
        for (Member member : programme) {
            if (member.joined() >= year) {
                notYet.add(member.regionCode());
            } else if (participants.contains(member.regionCode())) {
                alreadyIn.add(member.regionCode());
            } else {
                PastTrack past = latestTrack.get(member.regionCode());
                added.add(
                        past != null && tracks.contains(past.track())
                                ? new Enrolled(member.regionCode(), past.track(), past.year())
                                : new Enrolled(member.regionCode(), defaultTrack, null));
            }
        }
        return new EnrolmentPlan(added, alreadyIn, notYet);
    }
}
