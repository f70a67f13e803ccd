package id.kotacerdas.monitoring.domain;

/** An indicator of SNI ISO 37122:2019: its code (5.1), its theme (the clause) and the project's short title. */
public record Iso37122Indicator(String code, String theme, String title) {}
