package id.kotacerdas.instrument;

/** A region taking part in a period and its track. */
public record ParticipantView(int year, String regionCode, String track) {}
