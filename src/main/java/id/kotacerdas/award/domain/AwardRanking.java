package id.kotacerdas.award.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks an award's competitors by their number, higher first, with standard competition ranks (1, 2, 2, 4), and
 * proposes those ranked within the places. Ties are never broken: a tie at the cut-off proposes every region in it
 * and is reported, for the jury to decide.
 */
public final class AwardRanking {

    private static final Comparator<Competitor> HIGHER_FIRST = Comparator.comparing(Competitor::value)
            .reversed()
            .thenComparing(Competitor::regionName)
            .thenComparing(Competitor::regionCode);

    private AwardRanking() {}

    public static Proposal propose(List<Competitor> competitors, int places) {
        List<Competitor> withNumber =
                new ArrayList<>(competitors.stream().filter(Competitor::ranked).toList());
        withNumber.sort(HIGHER_FIRST);
        List<Competitor> unranked = competitors.stream()
                .filter(c -> !c.ranked())
                .sorted(Comparator.comparing(Competitor::regionName))
                .toList();
        int[] ranks = new int[withNumber.size()];
        for (int i = 0; i < ranks.length; i++) {
            boolean tied = i > 0
                    && withNumber.get(i).value().compareTo(withNumber.get(i - 1).value()) == 0;
            ranks[i] = tied ? ranks[i - 1] : i + 1;
        }
        Cutoff cutoff = cutoff(ranks, places);
        List<Standing> ranked = new ArrayList<>();
        for (int i = 0; i < ranks.length; i++) {
            boolean atCutoff = cutoff != null && ranks[i] == cutoff.rank();
            ranked.add(new Standing(ranks[i], withNumber.get(i), ranks[i] <= places, atCutoff));
        }
        return new Proposal(places, ranked, unranked, cutoff);
    }

    /** The rank straddling the last place: within the places, but shared by more regions than places left. */
    private static Cutoff cutoff(int[] ranks, int places) {
        for (int i = 0; i < ranks.length; i++) {
            int rank = ranks[i];
            int tied = 0;
            for (int r : ranks) {
                tied += r == rank ? 1 : 0;
            }
            if (rank <= places && rank + tied - 1 > places) {
                return new Cutoff(rank, tied, places - rank + 1);
            }
        }
        return null;
    }
}
