package id.kotacerdas.monitoring.domain;

import java.math.BigDecimal;

/**
 * What was realised of an item: for a whole year ({@code semester} null) or a semester (1: January to June,
 * reported in June; 2: to November), with a note.
 */
public record Realisation(int year, Integer semester, BigDecimal value, String note) {

    public boolean ofYear() {
        return semester == null;
    }
}
