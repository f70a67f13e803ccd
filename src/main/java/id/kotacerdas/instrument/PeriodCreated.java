package id.kotacerdas.instrument;

/** Published in the transaction that created a period whose instrument was copied from {@code copiedFrom}. */
public record PeriodCreated(int year, int copiedFrom) {}
