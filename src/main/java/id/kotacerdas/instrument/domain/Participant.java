package id.kotacerdas.instrument.domain;

/** A region taking part in a period, on one of the period's tracks. */
public record Participant(int year, String regionCode, String track) {}
