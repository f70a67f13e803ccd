package id.kotacerdas.monitoring.domain;

/** The six smart dimensions of a masterplan. */
public enum SmartDimension {
    GOVERNANCE,
    BRANDING,
    ECONOMY,
    LIVING,
    SOCIETY,
    ENVIRONMENT
}
