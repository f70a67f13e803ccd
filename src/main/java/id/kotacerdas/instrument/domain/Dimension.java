package id.kotacerdas.instrument.domain;

/** A dimension of an instrument (BASELINE, OUTPUT, ... COLLABORATION), as data of its period. */
public record Dimension(String code, String name) {}
