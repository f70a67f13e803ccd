package id.kotacerdas.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A region's survey as citizens get it: whether it takes responses, its smart dimensions (complete once the
 * quota is reached) and their statements, the answer scale, and a form token for one response (null on the
 * start page).
 */
public record PublicSurvey(
        int year,
        String regionCode,
        String regionName,
        boolean open,
        int quota,
        List<Scale> scale,
        List<Dimension> dimensions,
        String formToken) {

    public record Scale(int value, String label) {}

    public record Dimension(String code, String name, boolean complete, List<Statement> questions) {

        /** The statements grouped by sub-dimension, in order. */
        public List<List<Statement>> groups() {
            List<List<Statement>> groups = new ArrayList<>();
            String current = null;
            for (Statement s : questions) {
                if (!s.subDimension().equals(current)) {
                    groups.add(new ArrayList<>());
                    current = s.subDimension();
                }
                groups.get(groups.size() - 1).add(s);
            }
            return groups;
        }
    }

    public record Statement(int no, String subDimension, String statement) {}

    public Optional<Dimension> dimension(String code) {
        return dimensions.stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
