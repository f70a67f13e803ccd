package id.kotacerdas.instrument.domain;

/** A track of a period (REGULER, KPPN_IKN), each with its own dimension weights. */
public record Track(String code, String name) {}
