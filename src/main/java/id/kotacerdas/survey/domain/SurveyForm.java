package id.kotacerdas.survey.domain;

import java.util.List;
import java.util.Optional;

/** The survey of one period: its smart dimensions in instrument order and the quota per dimension. */
public record SurveyForm(int year, int quota, List<SmartDimension> dimensions) {

    /** Lowest answer: "Sangat tidak setuju". */
    public static final int LOWEST = 1;

    /** Highest answer: "Sangat setuju". */
    public static final int HIGHEST = 4;

    public SurveyForm {
        dimensions = List.copyOf(dimensions);
    }

    public Optional<SmartDimension> dimension(String code) {
        return dimensions.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** The smart dimension a question belongs to, if it is part of the survey. */
    public Optional<SmartDimension> dimensionOf(int questionNo) {
        return dimensions.stream().filter(d -> d.positionOf(questionNo) >= 0).findFirst();
    }
}
