package id.kotacerdas.scoring.domain;

import java.util.Random;

/**
 * How far the weights may move when a rank's robustness is measured (docs/method.md 10.3): every weighted dimension
 * may move by up to ± {@code percentagePoints} percentage points, the same move for a dimension in every track that
 * weighs it; {@link RankRanges} then renormalises each track's weights to 100%.
 *
 * <p>The moves tried are fixed, so every range can be computed again: the zero move, and for each level k = 1, 2,
 * …, p the 2<sup>D</sup> corners of the box [−k, +k]<sup>D</sup> (D dimensions) and k × {@value #DRAWS_PER_POINT}
 * moves (more for a larger box) drawn by {@code new java.util.Random(SEED + k)}, each dimension in turn: {@code nextInt(3)} puts it at −k
 * (0) or +k (1), or (2) anywhere on the box's lattice of whole basis points, {@code nextInt(2k·100 + 1) − k·100}.
 * The draws lean to the box's edges and faces, where a rank is most often at its best or worst. The moves at p are
 * thus also among the moves at every larger p, so a range can only widen as the perturbation grows.
 *
 * @param percentagePoints the largest move of a weight, in whole percentage points, 0 to {@value
 *     #MAX_PERCENTAGE_POINTS}
 */
public record WeightPerturbation(int percentagePoints) {

    /** The largest perturbation offered, in percentage points. */
    public static final int MAX_PERCENTAGE_POINTS = 10;

    /** The perturbation of the published ranges, in percentage points (issue 13: ±5). */
    public static final int STANDARD_PERCENTAGE_POINTS = 5;

    /** Level k draws k times this many moves inside its box, besides its corners. */
    public static final int DRAWS_PER_POINT = 4_000;

    /** Seed of level k's draws: {@code SEED + k}. */
    public static final long SEED = 20_241_203L;

    /** A weight and a move are counted in basis points: 1 percentage point = 100 basis points. */
    static final int BASIS_POINTS_PER_PERCENTAGE_POINT = 100;

    /** More dimensions would make the corners too many to try. */
    static final int MAX_DIMENSIONS = 12;

    public WeightPerturbation {
        if (percentagePoints < 0 || percentagePoints > MAX_PERCENTAGE_POINTS) {
            throw new IllegalArgumentException("a perturbation of " + percentagePoints
                    + " percentage points is outside 0 to " + MAX_PERCENTAGE_POINTS);
        }
    }

    /** The perturbation of the published ranges: ± 5 percentage points. */
    public static WeightPerturbation standard() {
        return new WeightPerturbation(STANDARD_PERCENTAGE_POINTS);
    }

    /**
     * How many weight vectors are tried for {@code dimensions} dimensions: 1 + p × 2<sup>D</sup> + (1 + … + p) ×
     * draws per point.
     */
    public int size(int dimensions) {
        return 1 + percentagePoints * corners(dimensions) + draws(percentagePoints);
    }

    /** The moves drawn at levels 1 to p together. */
    private static int draws(int percentagePoints) {
        return DRAWS_PER_POINT * percentagePoints * (percentagePoints + 1) / 2;
    }

    /**
     * Every move tried, in basis points, {@code [move][dimension]}: the zero move first, then level 1's corners and
     * draws, then level 2's, and so on up to {@code percentagePoints}.
     */
    int[][] moves(int dimensions) {
        int[][] moves = new int[size(dimensions)][];
        moves[0] = new int[dimensions];
        int next = 1;
        for (int level = 1; level <= percentagePoints; level++) {
            int reach = level * BASIS_POINTS_PER_PERCENTAGE_POINT;
            for (int corner = 0; corner < 1 << dimensions; corner++) {
                int[] move = new int[dimensions];
                for (int d = 0; d < dimensions; d++) {
                    move[d] = (corner >> d & 1) == 0 ? -reach : reach;
                }
                moves[next++] = move;
            }
            Random random = new Random(SEED + level);
            for (int i = 0; i < level * DRAWS_PER_POINT; i++) {
                moves[next++] = draw(random, reach, dimensions);
            }
        }
        return moves;
    }

    /** One drawn move: each dimension at −reach, at +reach, or anywhere on the lattice between, a third each. */
    private static int[] draw(Random random, int reach, int dimensions) {
        int[] move = new int[dimensions];
        for (int d = 0; d < dimensions; d++) {
            int where = random.nextInt(3);
            move[d] = where == 0 ? -reach : where == 1 ? reach : random.nextInt(2 * reach + 1) - reach;
        }
        return move;
    }

    private static int corners(int dimensions) {
        if (dimensions < 1 || dimensions > MAX_DIMENSIONS) {
            throw new IllegalArgumentException(dimensions + " dimensions to perturb, must be 1 to " + MAX_DIMENSIONS);
        }
        return 1 << dimensions;
    }
}
