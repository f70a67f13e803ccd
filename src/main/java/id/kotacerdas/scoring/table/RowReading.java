package id.kotacerdas.scoring.table;

/** What reading one published row gave: its values, or why it was refused. */
public sealed interface RowReading permits PublishedResult, RowRefusal {
    int line();
}
