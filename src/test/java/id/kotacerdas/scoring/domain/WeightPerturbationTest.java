package id.kotacerdas.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixed weight moves the rank ranges are taken over (docs/method.md 10.3). */
class WeightPerturbationTest {

    private static final int DIMENSIONS = 6;

    @Test
    void the_moves_at_a_smaller_perturbation_are_among_those_at_every_larger_one() {
        for (int smaller = 0; smaller < WeightPerturbation.MAX_PERCENTAGE_POINTS; smaller++) {
            List<int[]> narrow = Arrays.asList(new WeightPerturbation(smaller).moves(DIMENSIONS));
            List<int[]> wide = Arrays.asList(new WeightPerturbation(smaller + 1).moves(DIMENSIONS));

            assertThat(wide.subList(0, narrow.size()))
                    .as("moves at %d within those at %d", smaller, smaller + 1)
                    .usingElementComparator(Arrays::compare)
                    .containsExactlyElementsOf(narrow);
        }
    }

    @Test
    void every_move_stays_within_the_perturbation_and_the_first_is_none() {
        int[][] moves = WeightPerturbation.standard().moves(DIMENSIONS);

        assertThat(moves.length).isEqualTo(1 + 5 * 64 + 15 * WeightPerturbation.DRAWS_PER_POINT);
        assertThat(moves[0]).containsOnly(0);
        assertThat(Arrays.stream(moves).flatMapToInt(Arrays::stream))
                .allSatisfy(move -> assertThat(move).isBetween(-500, 500));
        // level 5's corners are all there: every weight 5 points down, and every weight 5 points up
        assertThat(Arrays.asList(moves))
                .anySatisfy(move -> assertThat(move).containsOnly(-500))
                .anySatisfy(move -> assertThat(move).containsOnly(500));
    }

    @Test
    void the_drawn_moves_are_the_same_on_every_run_and_lean_to_the_edges() {
        int[][] moves = new WeightPerturbation(1).moves(DIMENSIONS);
        int[][] again = new WeightPerturbation(1).moves(DIMENSIONS);

        assertThat(moves).isDeepEqualTo(again);
        long atAnEdge = Arrays.stream(moves)
                .skip(1 + 64)
                .flatMapToInt(Arrays::stream)
                .filter(move -> Math.abs(move) == 100)
                .count();
        // each coordinate is at −1 or +1 point with probability 2/3 (and rarely drawn there from the lattice)
        assertThat((double) atAnEdge / (DIMENSIONS * WeightPerturbation.DRAWS_PER_POINT))
                .isBetween(0.65, 0.68);
    }

    @Test
    void a_perturbation_outside_0_to_10_points_is_refused() {
        assertThatThrownBy(() -> new WeightPerturbation(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeightPerturbation(11)).isInstanceOf(IllegalArgumentException.class);
    }
}
