package id.kotacerdas.region.domain;

/**
 * A region name reduced to a comparable form by {@link RegionNameNormaliser}.
 *
 * @param kind the kind named by the input's prefix ({@code KAB.}, {@code Bupati}, {@code Kota}, {@code
 *     Walikota}, ...), or {@code null} when the input has no such prefix
 * @param key the rest of the name: lower case ASCII letters and digits only, e.g. {@code kulonprogo}
 */
public record NormalisedName(RegionKind kind, String key) {

    /** Whether the input named its kind. */
    public boolean hasKind() {
        return kind != null;
    }
}
