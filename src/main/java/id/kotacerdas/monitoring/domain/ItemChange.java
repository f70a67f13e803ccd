package id.kotacerdas.monitoring.domain;

/** One thing an import changes on an item: the column, its value before (empty when none) and after. */
public record ItemChange(ImportColumn column, String before, String after) {

    @Override
    public String toString() {
        return column.label() + ": " + before + " → " + after;
    }
}
