package id.kotacerdas.region.domain;

import java.util.Objects;

/**
 * One entry of the region registry ({@code wilayah/regencies.csv}): its code, its kind and its official
 * name, e.g. {@code ("51.03", KABUPATEN, "Kabupaten Badung")}.
 *
 * @param code the Kemendagri region code, e.g. {@code 51.03}
 * @param kind kabupaten or kota
 * @param name the official name including its kind prefix, e.g. {@code Kabupaten Badung}
 */
public record RegionName(String code, RegionKind kind, String name) {

    public RegionName {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (code.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("region code and name must not be blank");
        }
    }

    /**
     * Creates a registry entry, deriving the kind from the name's prefix ({@code Kabupaten ...} or {@code Kota
     * ...}, including the {@code Administrasi} forms of DKI Jakarta).
     *
     * @throws IllegalArgumentException when the name carries no recognisable kind prefix
     */
    public static RegionName of(String code, String name) {
        Objects.requireNonNull(name, "name");
        RegionKind kind = RegionNameNormaliser.normalise(name).kind();
        if (kind == null) {
            throw new IllegalArgumentException(
                    "region name '" + name + "' (" + code + ") starts with neither 'Kabupaten' nor 'Kota'");
        }
        return new RegionName(code, kind, name.strip());
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
