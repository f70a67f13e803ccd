package id.kotacerdas.award.domain;

/** A region with a result in the period: who it is, its kind (KABUPATEN, KOTA) and its track. */
public record Entrant(String regionCode, String regionName, String kind, String track) {}
