package id.kotacerdas.analytics.domain;

/** The panel's agreement over the questions of one dimension: how many were pairable, and alpha. */
public record DimensionAgreement(String dimension, int items, Alpha krippendorffAlpha) {}
