package id.kotacerdas.region;

/** A kabupaten or kota of the Kemendagri registry, as other modules and the API see it. */
public record RegionView(String code, String name, String kind, String provinceCode, String provinceName) {}
