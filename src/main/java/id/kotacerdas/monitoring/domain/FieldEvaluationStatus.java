package id.kotacerdas.monitoring.domain;

/** Where a field evaluation stands: planned (a date set), then held (the dates it took place and its findings). */
public enum FieldEvaluationStatus {
    PLANNED,
    HELD
}
