package id.kotacerdas.region;

/** A province of the Kemendagri registry with how many kabupaten/kota it has. */
public record ProvinceView(String code, String name, int regions) {}
