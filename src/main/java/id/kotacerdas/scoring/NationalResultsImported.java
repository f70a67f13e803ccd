package id.kotacerdas.scoring;

/** Published after a national table was imported into a period. */
public record NationalResultsImported(int year) {}
