package id.kotacerdas.demo;

import java.util.Arrays;

/**
 * A region of the demo period: its code, a short name for its accounts, its track, where it stands, and the level
 * it reached in 2024 per dimension (Baseline, Output, Outcome, Impact, Quick Wins) around which its answers and
 * scores are drawn.
 */
public record DemoRegion(String code, String slug, String track, Stage stage, double[] levels2024) {

    /** Where a demo region stands in the period. */
    public enum Stage {
        ANSWERING,
        SUBMITTED,
        SCORING,
        SCORED,
        SURVEY
    }

    private static final String[] DIMENSIONS = {"BASELINE", "OUTPUT", "OUTCOME", "IMPACT", "QUICK_WIN"};

    public DemoRegion {
        levels2024 = levels2024.clone();
    }

    /** The 2024 level of a dimension; 3 for one the 2024 table has no column of. */
    public double level(String dimension) {
        for (int i = 0; i < DIMENSIONS.length; i++) {
            if (DIMENSIONS[i].equals(dimension)) {
                return levels2024[i];
            }
        }
        return 3.0;
    }

    public boolean submits() {
        return stage != Stage.ANSWERING;
    }

    @Override
    public double[] levels2024() {
        return levels2024.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DemoRegion r && r.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code + " " + slug + " " + stage + " " + Arrays.toString(levels2024);
    }
}
