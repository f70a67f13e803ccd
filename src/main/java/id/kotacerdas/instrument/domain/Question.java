package id.kotacerdas.instrument.domain;

import id.kotacerdas.shared.domain.InvalidInput;

/** One question of an instrument, scored 1 to 4, under an indicator and a sub-indicator. */
public record Question(int no, String dimension, String indicator, String subIndicator, String text) {

    public Question {
        require("dimension", dimension);
        require("indicator", indicator);
        require("subIndicator", subIndicator);
        require("text", text);
        indicator = indicator.strip();
        subIndicator = subIndicator.strip();
        text = text.strip();
    }

    public Question renumbered(int newNo) {
        return new Question(newNo, dimension, indicator, subIndicator, text);
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "question.field.required", field + " is required", field);
        }
    }
}
