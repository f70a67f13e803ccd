package id.kotacerdas.monitoring.domain;

/** Whether an item's indicator is better higher (a coverage, a count of services) or lower (a waiting time). */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
